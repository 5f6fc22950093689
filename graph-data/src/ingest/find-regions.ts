/**
 * Region mentions from the gazetteer: at each token start, the longest gazetteer form that ends at
 * a token end. Short forms (内蒙古, 包头, 八师) name their full region (内蒙古自治区, 包头市,
 * 第八师石河子市); regions inside other names are dropped later, when overlaps are resolved.
 */
import type { ArticleContext } from "./article-context.ts";
import type { Mention } from "./mention.ts";
import { regionGazetteer, type RegionForm } from "./region-gazetteer.ts";

let byFirstChar: Map<string, [string, RegionForm][]> | undefined;

function index(): Map<string, [string, RegionForm][]> {
  if (byFirstChar) return byFirstChar;
  const map = new Map<string, [string, RegionForm][]>();
  for (const entry of regionGazetteer().forms) {
    const first = entry[0][0] ?? "";
    map.set(first, [...(map.get(first) ?? []), entry]);
  }
  for (const list of map.values()) list.sort((a, b) => b[0].length - a[0].length);
  byFirstChar = map;
  return map;
}

/** Finds every region mention. */
export function findRegions(context: ArticleContext): Mention[] {
  const { match, tokens, tokenAt } = context;
  const lists = index();
  const mentions: Mention[] = [];
  for (let i = 0; i < match.length; i++) {
    const candidates = lists.get(match[i] ?? "");
    if (!candidates) continue;
    const startsToken = tokens[tokenAt[i] ?? -1]?.start === i;
    for (const [form, { region, short }] of candidates) {
      if (!match.startsWith(form, i)) continue;
      const end = i + form.length;
      const endsToken = end === match.length || tokens[tokenAt[end] ?? -1]?.start === end;
      // Short forms are common word parts, so they must be whole words; full names are specific enough.
      if (short && !(startsToken && endsToken)) continue;
      mentions.push({
        type: "REGION",
        name: context.text.slice(i, end),
        key: region.name,
        start: i,
        end,
        rule: short ? "region-gazetteer-short" : "region-gazetteer",
        confidence: short ? 0.8 : 0.95,
        regionKind: region.level,
      });
      i = end - 1;
      break;
    }
  }
  return mentions;
}
