/**
 * The Source type (implements Node): an article of the corpus with its metadata and the page
 * text that evidence offsets refer to.
 */
import { builder } from "../builder.ts";
import { NodeRef, SourceRef, ZoneRef } from "./refs.ts";

SourceRef.implement({
  description: "An article of the corpus (来源): its metadata and the page text evidence offsets refer to.",
  interfaces: [NodeRef],
  fields: (t) => ({
    id: t.globalID({
      description: "Global id (Relay): base64 of `Source:rawId`.",
      resolve: (s) => ({ type: "Source", id: s.id }),
    }),
    rawId: t.exposeString("id", { description: 'The plain source id, e.g. "kjrb-yuanqu-2023-baotou".' }),
    title: t.exposeString("title", { description: "Headline of the article." }),
    subtitle: t.string({
      nullable: true,
      description: "Sub-headline, when there is one.",
      resolve: (s) => s.subtitle ?? null,
    }),
    publication: t.string({
      nullable: true,
      description: "The newspaper or outlet, e.g. 科技日报.",
      resolve: (s) => s.publication || null,
    }),
    section: t.string({
      nullable: true,
      description: "The page or section, e.g. 园区.",
      resolve: (s) => s.section ?? null,
    }),
    date: t.string({
      nullable: true,
      description: "Publication date (ISO 8601, as precise as known).",
      resolve: (s) => s.date ?? null,
    }),
    authors: t.exposeStringList("authors", { description: "Reporters and authors (they are not entities)." }),
    text: t.exposeString("text", {
      description:
        "The article's own text (its slice of the normalised page, not the whole page): evidence offsets refer to it, `text.slice(start, end) === quote`.",
    }),
    articleStart: t.exposeInt("start", {
      description: "Offset where the article's own paragraphs start in `text`.",
    }),
    articleEnd: t.exposeInt("end", {
      description: "Offset where the article's own paragraphs end in `text` (exclusive).",
    }),
    zone: t.field({
      type: ZoneRef,
      nullable: true,
      description: "The zone the article is about.",
      resolve: (s, _args, { store }) => {
        const i = store.indexOf(s.zoneId);
        return i >= 0 ? store.entity(i) : null;
      },
    }),
  }),
});

builder.queryField("sources", (t) =>
  t.field({
    type: [SourceRef],
    description: "Every source article of the graph.",
    resolve: (_root, _args, { store }) => [...store.sources],
  }),
);
