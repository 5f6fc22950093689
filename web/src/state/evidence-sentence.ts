/**
 * Places a quote inside its sentence for the details panel: the text before the quote, the quote,
 * and the text after, from the sentence context the server sends (`context` starting at
 * `contextStart` in the source). Long contexts are cut with an ellipsis around the quote.
 */

/** A quote inside its sentence. */
export interface QuoteInSentence {
  before: string;
  quote: string;
  after: string;
}

/** Most characters of context shown on either side of a quote. */
export const MAX_CONTEXT = 160;

/** Splits the context around the quote; falls back to the bare quote when the offsets do not match it. */
export function quoteInSentence(ev: {
  quote: string;
  start: number;
  end: number;
  context: string | null;
  contextStart: number | null;
}): QuoteInSentence {
  const { quote, context, contextStart } = ev;
  if (context === null || contextStart === null) return { before: "", quote, after: "" };
  const from = ev.start - contextStart;
  const to = ev.end - contextStart;
  if (from < 0 || to > context.length || context.slice(from, to) !== quote)
    return { before: "", quote, after: "" };
  let before = context.slice(0, from).trimStart();
  let after = context.slice(to).trimEnd();
  if (before.length > MAX_CONTEXT) before = "…" + before.slice(-MAX_CONTEXT);
  if (after.length > MAX_CONTEXT) after = after.slice(0, MAX_CONTEXT) + "…";
  return { before, quote, after };
}
