/**
 * The Evidence type: a quote from a source with its [start, end) offsets, and the sentence
 * around it so the explorer can show the quote in context.
 */
import { sentenceAround } from "../graph/sentence.ts";
import { EvidenceRef, SourceRef } from "./refs.ts";

EvidenceRef.implement({
  description:
    "A quote from a source that attests a fact (证据): `source.text` sliced at [start, end) is the quote.",
  fields: (t) => ({
    source: t.field({
      type: SourceRef,
      description: "The article the quote comes from.",
      resolve: (ev, _args, { store }) => {
        const source = store.source(ev.sourceId);
        if (!source) throw new Error(`server/src/schema/evidence: unknown source ${ev.sourceId}`);
        return source;
      },
    }),
    quote: t.exposeString("quote", { description: "The quoted text, exactly as in the source." }),
    start: t.exposeInt("start", { description: "Offset of the quote's first character in the source text." }),
    end: t.exposeInt("end", { description: "Offset just past the quote's last character (exclusive)." }),
    context: t.string({
      description:
        "The sentence(s) around the quote, from the previous sentence end (。！？ or line break) to the next.",
      resolve: (ev, _args, { store }) =>
        sentenceAround(store.source(ev.sourceId)?.text ?? "", ev.start, ev.end).text,
    }),
    contextStart: t.int({
      description:
        "Offset of `context` in the source text (the quote starts at `start - contextStart` within it).",
      resolve: (ev, _args, { store }) =>
        sentenceAround(store.source(ev.sourceId)?.text ?? "", ev.start, ev.end).start,
    }),
  }),
});
