/**
 * A zone's own titles: level-prefixed zone or platform names (省级科技成果转化示范区, 国家级双创
 * 示范基地) in a clause about a zone become designations of that zone (with the level and the year
 * the clause gives), never member platforms.
 */
import type { Level } from "../index.ts";
import type { ArticleContext } from "./article-context.ts";
import type { Clause } from "./clause-subjects.ts";
import type { DesignationMention } from "./find-named-mentions.ts";
import { SortedSpans } from "./sorted-spans.ts";
import type { Designation } from "./types.ts";

/** Verbs that give a zone a title: 成功创建, 获批, 被评为 … */
const GRANTED = /(?:创建|获批|获评|评为|入选|认定为|授予|荣获|成为|列为)[了为]?$/u;
const LEVELS: ReadonlyArray<readonly [RegExp, Level]> = [
  [/国家/u, "NATIONAL"],
  [/^省级/u, "PROVINCIAL"],
  [/^自治区级/u, "AUTONOMOUS_REGION"],
  [/^兵团级/u, "XPCC"],
  [/^市级/u, "MUNICIPAL"],
];

/** Designations with the key of the zone their clause is about. */
export function designationsOf(
  context: ArticleContext,
  found: readonly DesignationMention[],
  clauses: readonly Clause[],
): { zoneKey: string; designation: Designation }[] {
  const out: { zoneKey: string; designation: Designation }[] = [];
  const quoted = [...context.match.matchAll(/依托((?:“[^“”]{2,24}”、?)+)等/gu)].flatMap((m) =>
    [...(m[1] ?? "").matchAll(/“([^“”]+)”/gu)].map((q) => {
      const start = m.index + 2 + q.index + 1;
      return {
        name: context.text.slice(start, start + (q[1] ?? "").length),
        start,
        end: start + (q[1] ?? "").length,
      };
    }),
  );
  const stated = found.filter(
    (d) =>
      GRANTED.test(context.match.slice(Math.max(0, d.start - 8), d.start)) &&
      !/^建设/u.test(context.match.slice(d.end, d.end + 2)),
  );
  const clauseIndex = new SortedSpans(clauses);
  for (const d of [...stated, ...quoted.filter((q) => !stated.some((s) => s.start === q.start))]) {
    const clause = clauseIndex.holding(d.start);
    if (!clause?.subject) continue;
    const designation: Designation = {
      name: d.name,
      evidence: [{ quote: context.text.slice(d.start, d.end), start: d.start, end: d.end }],
    };
    const level = LEVELS.find(([pattern]) => pattern.test(context.match.slice(d.start, d.end)))?.[1];
    if (level) designation.level = level;
    const year = /(\d{4})年/u.exec(context.match.slice(clause.start, d.start));
    if (year) designation.year = Number(year[1]);
    out.push({ zoneKey: clause.subject, designation });
  }
  return out;
}
