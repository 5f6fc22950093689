/**
 * Region mentions from the gazetteer: at each token start, the longest gazetteer form that ends at
 * a token end. Short forms (内蒙古, 包头, 八师) name their full region (内蒙古自治区, 包头市,
 * 第八师石河子市); regions inside other names are dropped later, when overlaps are resolved.
 */
import type { ArticleContext } from "./article-context.ts";
import type { Mention } from "./mention.ts";
import { regionGazetteer, type RegionForm } from "./region-gazetteer.ts";

let byFirstTwo: Map<number, [string, RegionForm][]> | undefined;
/** 1 for every code unit some form begins with: most characters of a text begin none. */
const firstChars = new Uint8Array(0x10000);

/** Forms by their first two characters (the gazetteer has no shorter form), longest first. */
function index(): Map<number, [string, RegionForm][]> {
  if (byFirstTwo) return byFirstTwo;
  const sorted = [...regionGazetteer().forms].sort((a, b) => b[0].length - a[0].length);
  const map = new Map<number, [string, RegionForm][]>();
  for (const entry of sorted) {
    const head = pairAt(entry[0], 0);
    const list = map.get(head);
    if (list) list.push(entry);
    else map.set(head, [entry]);
  }
  for (const [form] of sorted) firstChars[form.charCodeAt(0)] = 1;
  byFirstTwo = map;
  return map;
}

/** The UTF-16 code units at i and i + 1 as one number (a map key that needs no substring). */
function pairAt(text: string, i: number): number {
  return text.charCodeAt(i) * 0x10000 + (text.charCodeAt(i + 1) || 0);
}

/** Finds every region mention. */
export function findRegions(context: ArticleContext): Mention[] {
  const { match, tokens, tokenAt } = context;
  const lists = index();
  const mentions: Mention[] = [];
  for (let i = 0; i < match.length; i++) {
    if (firstChars[match.charCodeAt(i)] !== 1) continue;
    const candidates = lists.get(pairAt(match, i));
    if (!candidates) continue;
    const startsToken = tokens.startOf(tokenAt[i] ?? -1) === i;
    for (const [form, { region, short }] of candidates) {
      if (!match.startsWith(form, i)) continue;
      const end = i + form.length;
      const endsToken = end === match.length || tokens.startOf(tokenAt[end] ?? -1) === end;
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
