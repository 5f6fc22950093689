/**
 * Evidence from offsets or a quote: a curator selects [start, end) in the article (the quote is
 * re-read from the text, never trusted), or gives a quote that must occur in it exactly once.
 */
import { z } from "zod";
import { badInput } from "./curation-error.ts";

/** A quote with its [start, end) offsets into a text. */
export interface TextSpan {
  quote: string;
  start: number;
  end: number;
}

/** Where a curator's evidence is: offsets, a quote, or both (then they must agree). */
export const SpanInputSchema = z.strictObject({
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
  quote: z.string().min(1).optional(),
});
/** Offsets and/or a quote. */
export type SpanInput = z.infer<typeof SpanInputSchema>;

/** The span of `text` that `input` names; BAD_INPUT naming `field` when it names none. */
export function readSpan(text: string, input: SpanInput, field: string): TextSpan {
  const { start, end, quote } = input;
  if (start === undefined || end === undefined) {
    if (start !== undefined || end !== undefined)
      throw badInput(field, "give both start and end (or only a quote)");
    if (quote === undefined) throw badInput(field, "give start and end offsets or a quote");
    const at = text.indexOf(quote);
    if (at < 0) throw badInput(`${field}.quote`, `"${quote}" is not in the article's text`);
    if (text.indexOf(quote, at + 1) >= 0)
      throw badInput(`${field}.quote`, `"${quote}" occurs more than once in the article: give start and end`);
    return { quote, start: at, end: at + quote.length };
  }
  if (end <= start) throw badInput(`${field}.end`, `end ${end} must be after start ${start}`);
  if (end > text.length)
    throw badInput(`${field}.end`, `end ${end} is past the end of the article (${text.length} characters)`);
  const read = text.slice(start, end);
  if (quote !== undefined && quote !== read)
    throw badInput(
      `${field}.quote`,
      `"${quote}" is not the text at [${start}, ${end}), which reads "${read}"`,
    );
  if (read.trim().length === 0) throw badInput(field, `[${start}, ${end}) holds only white space`);
  return { quote: read, start, end };
}
