/**
 * ROLE_AT from title chains before a person's name: "天和磁材副总经理、总工程师董义" → 董义 ROLE_AT
 * 天和磁材 (副总经理、总工程师); "该公司副总经理、技术研发中心主任刘宝志" → the company; a title
 * with no organisation of its own belongs to the one named before it in the chain.
 */
import type { Mention } from "./mention.ts";
import type { PersonMention } from "./find-people.ts";
import { TITLES } from "./find-people.ts";
import { keyOf, type RelationDraft } from "./relation-draft.ts";
import { SortedSpans } from "./sorted-spans.ts";

const ROLE_TARGETS = new Set(["COMPANY", "ORGANIZATION", "PLATFORM", "ZONE", "REGION"]);

/** One ROLE_AT per person and organisation, titles joined with 、 (mentions in text order). */
export function findRoles(
  match: string,
  people: readonly PersonMention[],
  mentions: readonly Mention[],
): RelationDraft[] {
  const drafts: RelationDraft[] = [];
  const sorted = new SortedSpans(mentions);
  for (const person of people) {
    const byTarget = new Map<string, { titles: string[]; start: number }>();
    let titleStart = person.titleStart;
    let title = person.title;
    let pending: string[] = [];
    let chainStart = person.start;
    for (let guard = 0; guard < 6; guard++) {
      const target = sorted.lastEnding(titleStart, (m) => ROLE_TARGETS.has(m.type), titleStart - 2);
      pending.unshift(title);
      if (target) {
        const key = keyOf(target);
        const entry = byTarget.get(key) ?? { titles: [], start: target.start };
        entry.titles.unshift(...pending);
        entry.start = Math.min(entry.start, target.start);
        byTarget.set(key, entry);
        pending = [];
        chainStart = target.start;
      }
      // A title whose unit is not a mention ("技术研发中心主任") still chains back to the "、" before it.
      const from = target ? target.start : skipDescriptor(match, titleStart);
      if (match[from - 1] !== "、") break;
      const previous = precedingTitle(match, from - 1);
      if (!previous) break;
      title = previous.title;
      titleStart = previous.start;
      chainStart = Math.min(chainStart, titleStart);
    }
    if (pending.length > 0 && byTarget.size > 0) {
      const first = [...byTarget.values()][0];
      first?.titles.push(...pending);
    }
    for (const [key, { titles }] of byTarget)
      drafts.push({
        type: "ROLE_AT",
        from: person.key,
        to: key,
        title: [...new Set(titles)].join("、"),
        confidence: 0.85,
        rule: "title-before-name",
        start: chainStart,
        end: person.end,
      });
  }
  return drafts;
}

function skipDescriptor(match: string, at: number): number {
  const before = match.slice(Math.max(0, at - 10), at);
  const comma = before.lastIndexOf("、");
  return comma >= 0 && !/[,，。;；:：“”]/u.test(before.slice(comma)) ? at - before.length + comma + 1 : at;
}

function precedingTitle(match: string, end: number): { title: string; start: number } | undefined {
  for (const title of TITLES)
    if (match.slice(end - title.length, end) === title) return { title, start: end - title.length };
  return undefined;
}
