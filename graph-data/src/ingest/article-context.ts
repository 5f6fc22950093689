/**
 * What every rule reads: the text as given, its simplified view (`match`, same length) and jieba's
 * tokens over that view with an index from character offset to token, built once per article.
 */
import type { PreparedText } from "./prepare-text.ts";
import { tokenize, type Tokens } from "./segmenter.ts";

/** One article ready for the rules. */
export interface ArticleContext {
  text: string;
  match: string;
  tokens: Tokens;
  /** tokenAt[i] is the index of the token covering character i. */
  tokenAt: Int32Array;
}

/** Tokenises a prepared text (gazetteer names are tagged as places, ns). */
export function articleContext(prepared: Pick<PreparedText, "text" | "match">): ArticleContext {
  const tokens = tokenize(prepared.match);
  const tokenAt = new Int32Array(prepared.match.length).fill(-1);
  for (let k = 0; k < tokens.length; k++)
    for (let i = tokens.startOf(k), end = tokens.endOf(k); i < end; i++) tokenAt[i] = k;
  return { text: prepared.text, match: prepared.match, tokens, tokenAt };
}
