/**
 * Loads everything the proposer needs before its first article: jieba's dictionary with the
 * gazetteer's names, the tag table (`word-tags`), opencc's traditional→simplified map and the
 * gazetteer index.
 */
import { regionGazetteer } from "./region-gazetteer.ts";
import { segmenter } from "./segmenter.ts";
import { warmSimplified } from "./simplified-view.ts";
import { wordTags } from "./word-tags.ts";

/** Warms the proposer up (idempotent). */
export function warmUpIngest(): void {
  regionGazetteer();
  segmenter();
  warmSimplified();
  wordTags();
}
