/**
 * High-precision relation patterns over mentions: 位于/落户 → LOCATED_IN; a place right before a
 * zone (银川市苏银产业园) → LOCATED_IN / PART_OF; 以X为依托 → RELIES_ON or HOSTED_BY; a company
 * 打造/建设/引进 a platform → HOSTED_BY; 设立/成立 → ESTABLISHED_BY; 与A、B等…合作 →
 * PARTNERS_WITH (COOPERATES_WITH from a zone); a government body named after its zone → ADMINISTERS;
 * a company right before a project → OWNED_BY; X为/向…项目出资 → FUNDED_BY; 依托X建设的Y → HOSTED_BY
 * (or RELIES_ON when X is a platform).
 */
import type { Clause } from "./clause-subjects.ts";
import type { Mention } from "./mention.ts";
import { regionGazetteer } from "./region-gazetteer.ts";
import { keyOf, type RelationDraft } from "./relation-draft.ts";
import { SortedSpans } from "./sorted-spans.ts";

/** The article as the relation rules see it. */
export interface RelationInput {
  match: string;
  mentions: readonly Mention[];
  clauses: readonly Clause[];
  types: ReadonlyMap<string, string>;
}

/** The input with its mentions and clauses indexed by position. */
interface Indexed extends RelationInput {
  sorted: SortedSpans<Mention>;
  clauseIndex: SortedSpans<Clause>;
}

/** Every stated relation the patterns find (mentions and clauses in text order). */
export function findRelations(relationInput: RelationInput): RelationDraft[] {
  const input: Indexed = {
    ...relationInput,
    sorted: new SortedSpans(relationInput.mentions),
    clauseIndex: new SortedSpans(relationInput.clauses),
  };
  return [
    ...ownedBy(input),
    ...locatedIn(input),
    ...placePrefix(input),
    ...reliesOn(input),
    ...builds(input),
    ...established(input),
    ...cooperation(input),
    ...administers(input),
    ...fundedBy(input),
    ...builtOn(input),
  ];
}

function after(input: Indexed, at: number, maxGap = 1): Mention | undefined {
  return input.sorted.firstStarting(at, at + maxGap + 1);
}

function before(input: Indexed, at: number, maxGap = 1): Mention | undefined {
  return input.sorted.lastEnding(at, undefined, at - maxGap);
}

/** The clause holding `at`, its end (the separator) excluded. */
function clauseAt(input: Indexed, at: number): Clause | undefined {
  const clause = input.clauseIndex.holding(at);
  return clause && at < clause.end ? clause : undefined;
}

function subjectAt(input: Indexed, at: number): string | undefined {
  return input.clauseIndex.holding(at)?.subject;
}

/** A platform built on `base`: RELIES_ON another platform, HOSTED_BY a company or organisation. */
function platformBaseRelation(base: Mention): "RELIES_ON" | "HOSTED_BY" | undefined {
  if (base.type === "PLATFORM") return "RELIES_ON";
  return base.type === "COMPANY" || base.type === "ORGANIZATION" ? "HOSTED_BY" : undefined;
}

function draft(
  type: RelationDraft["type"],
  from: string,
  to: string,
  rule: string,
  start: number,
  end: number,
  confidence = 0.85,
): RelationDraft {
  return { type, from, to, rule, start, end, confidence };
}

/** What a "company builds X" rule finds: X after the verb, owned by or hosted by the company. */
interface BuildRule {
  type: RelationDraft["type"];
  rule: string;
  confidence: number;
  /** How far before the verb the company's mention may end (else the clause's subject is taken). */
  ownerGap: number;
  /** The thing built, from the verb at `at` (`length` characters) within `clause`. */
  built: (at: number, length: number, clause: Clause | undefined) => Mention | undefined;
}

/** Each verb of `verbs` whose owner (the mention just before it, or the clause's subject) is a company. */
function companyBuilds(input: Indexed, verbs: RegExp, spec: BuildRule): RelationDraft[] {
  const out: RelationDraft[] = [];
  for (const m of input.match.matchAll(verbs)) {
    const built = spec.built(m.index, m[0].length, clauseAt(input, m.index));
    const owner = before(input, m.index, spec.ownerGap);
    const ownerKey = owner ? keyOf(owner) : subjectAt(input, m.index);
    if (!built || !ownerKey || input.types.get(ownerKey) !== "COMPANY") continue;
    out.push(
      draft(
        spec.type,
        keyOf(built),
        ownerKey,
        spec.rule,
        owner?.start ?? m.index,
        built.end,
        spec.confidence,
      ),
    );
  }
  return out;
}

function ownedBy(input: Indexed): RelationDraft[] {
  return companyBuilds(input, /(?:投资建设|投资兴建|建设|新建|投资)(?:了|的)?/gu, {
    type: "OWNED_BY",
    rule: "company-builds-project",
    confidence: 0.8,
    ownerGap: 2,
    built: (at, length, clause) => {
      const verbEnd = at + length;
      return input.sorted.firstStarting(
        verbEnd,
        Math.min(verbEnd + 13, clause?.end ?? 0),
        (p) => p.type === "PROJECT",
      );
    },
  });
}

function locatedIn(input: Indexed): RelationDraft[] {
  const out: RelationDraft[] = [];
  for (const m of input.match.matchAll(/位于|落户|入驻|坐落于|落地/gu)) {
    let place = after(input, m.index + m[0].length, 1);
    if (!place || (place.type !== "ZONE" && place.type !== "REGION")) continue;
    // "位于福建省福州市的X": the last of the places printed one after another is where X is.
    for (let next = after(input, place.end, 0); place.type === "REGION" && next?.type === "REGION";)
      [place, next] = [next, after(input, next.end, 0)];
    const thing =
      input.match[place.end] === "的" ? after(input, place.end + 1, 0) : before(input, m.index, 2);
    if (!thing || thing.type === "PERSON" || thing.type === "REGION" || keyOf(thing) === keyOf(place))
      continue;
    out.push(
      draft(
        "LOCATED_IN",
        keyOf(thing),
        keyOf(place),
        "located-in-verb",
        Math.min(thing.start, m.index),
        Math.max(thing.end, place.end),
        0.9,
      ),
    );
  }
  return out;
}

function placePrefix(input: Indexed): RelationDraft[] {
  const out: RelationDraft[] = [];
  const regions = regionGazetteer().byName;
  input.mentions.forEach((m, i) => {
    const prev = input.mentions[i - 1];
    // (Projects of a company + project list get their OWNED_BY from that rule.)
    if (
      prev?.type === "COMPANY" &&
      m.type === "PROJECT" &&
      m.rule !== "company-project-list" &&
      prev.end === m.start
    )
      out.push(draft("OWNED_BY", keyOf(m), keyOf(prev), "company-before-project", prev.start, m.end, 0.8));
    if (!prev || prev.type !== "REGION" || prev.end !== m.start) return;
    if (m.type === "ZONE")
      out.push(draft("LOCATED_IN", keyOf(m), keyOf(prev), "place-before-zone", prev.start, m.end, 0.9));
    if (m.type === "REGION" && regions.get(keyOf(m))?.parent === keyOf(prev))
      out.push(draft("PART_OF", keyOf(m), keyOf(prev), "place-before-place", prev.start, m.end, 0.95));
  });
  return out;
}

function reliesOn(input: Indexed): RelationDraft[] {
  const out: RelationDraft[] = [];
  for (const m of input.match.matchAll(/以([^,，。;；]{2,40}?)为依托/gu)) {
    const base = after(input, m.index + 1, 0);
    const platform = before(input, m.index, 0);
    if (!base || !platform || platform.type !== "PLATFORM" || base.end !== m.index + 1 + (m[1] ?? "").length)
      continue;
    const type = platformBaseRelation(base);
    if (type)
      out.push(
        draft(
          type,
          keyOf(platform),
          keyOf(base),
          "relies-on-pattern",
          platform.start,
          m.index + m[0].length,
          0.9,
        ),
      );
  }
  return out;
}

function builds(input: Indexed): RelationDraft[] {
  return companyBuilds(input, /(?:打造|建设|组建|建立|建成|引进|引入|成立)(?:了|的)?/gu, {
    type: "HOSTED_BY",
    rule: "company-builds-platform",
    confidence: 0.75,
    ownerGap: 0,
    built: (at, _length, clause) =>
      input.sorted.firstStarting(at, clause?.end ?? 0, (p) => p.type === "PLATFORM"),
  });
}

function established(input: Indexed): RelationDraft[] {
  const out: RelationDraft[] = [];
  for (const m of input.match.matchAll(/设立|成立|组建|发起设立/gu)) {
    const clause = clauseAt(input, m.index);
    const made = input.sorted.firstStarting(
      m.index,
      clause?.end ?? 0,
      (p) => p.type === "PLATFORM" || p.type === "INVESTOR" || p.type === "ORGANIZATION",
    );
    if (!made || !clause) continue;
    const maker = before(input, m.index, 0);
    const makerKey = maker ? keyOf(maker) : input.clauseIndex.holding(clause.start - 1)?.subject;
    const makerType = makerKey ? input.types.get(makerKey) : undefined;
    if (
      !makerKey ||
      makerKey === keyOf(made) ||
      !makerType ||
      !["ZONE", "ORGANIZATION", "REGION", "COMPANY"].includes(makerType)
    )
      continue;
    out.push(
      draft(
        "ESTABLISHED_BY",
        keyOf(made),
        makerKey,
        "established-by-verb",
        maker?.start ?? m.index,
        made.end,
        0.8,
      ),
    );
  }
  return out;
}

function cooperation(input: Indexed): RelationDraft[] {
  const out: RelationDraft[] = [];
  for (const m of input.match.matchAll(
    /与([^。;；]{2,120}?)(?:等[^。;；,，]{0,20})?(?:达成|开展|签署|建立|扩大)?[^。;；,，]{0,8}合作/gu,
  )) {
    const listEnd = m.index + m[0].length;
    const partners = input.sorted.allStarting(
      m.index + 1,
      listEnd,
      (p) => p.end <= listEnd && (p.type === "COMPANY" || p.type === "ORGANIZATION" || p.type === "PLATFORM"),
    );
    const subject = subjectAt(input, m.index);
    const subjectType = subject ? input.types.get(subject) : undefined;
    if (!subject || !subjectType) continue;
    for (const partner of partners) {
      if (keyOf(partner) === subject || partner.rule === "short-name") continue;
      const type = subjectType === "ZONE" ? "COOPERATES_WITH" : "PARTNERS_WITH";
      if (type === "PARTNERS_WITH" && !["PLATFORM", "COMPANY", "ORGANIZATION"].includes(subjectType))
        continue;
      out.push({
        ...draft(type, subject, keyOf(partner), "cooperation-list", m.index, listEnd, 0.8),
        title: "合作",
      });
    }
  }
  return out;
}

function administers(input: Indexed): RelationDraft[] {
  const out: RelationDraft[] = [];
  const zones = input.mentions.filter((m) => m.type === "ZONE");
  for (const org of input.mentions) {
    if (
      org.type !== "ORGANIZATION" ||
      org.orgKind !== "GOVERNMENT" ||
      org.rule === "anaphora" ||
      org.rule === "short-name"
    )
      continue;
    const zone = zones.find((z) => org.key.startsWith(z.key) && org.key.length > z.key.length);
    if (zone)
      out.push(
        draft(
          "ADMINISTERS",
          keyOf(org),
          keyOf(zone),
          "government-named-after-zone",
          org.start,
          org.end,
          0.85,
        ),
      );
  }
  return out;
}

/** "X为该项目出资5亿元", "Y项目由X出资": the project of the clause is FUNDED_BY the fund or company before 出资. */
function fundedBy(input: Indexed): RelationDraft[] {
  const out: RelationDraft[] = [];
  for (const m of input.match.matchAll(/出资|注资|领投/gu)) {
    const clause = input.clauseIndex.holding(m.index);
    if (!clause) continue;
    const before = input.sorted.allStarting(clause.start, m.index, (n) => n.end <= m.index);
    const funder = before.findLast((n) => n.type === "INVESTOR" || n.type === "COMPANY");
    const project = before.find((n) => n.type === "PROJECT");
    if (!funder || !project) continue;
    out.push(
      draft(
        "FUNDED_BY",
        keyOf(project),
        keyOf(funder),
        "funds-project",
        Math.min(funder.start, project.start),
        m.index + m[0].length,
        0.8,
      ),
    );
  }
  return out;
}

/** "依托X建设的Y": platform Y is HOSTED_BY the company or organisation X, or RELIES_ON platform X. */
function builtOn(input: Indexed): RelationDraft[] {
  const out: RelationDraft[] = [];
  for (const m of input.match.matchAll(/依托/gu)) {
    const base = after(input, m.index + 2, 0);
    if (!base) continue;
    const verb = /^(?:建设|组建|建立|成立|共建|打造)的/u.exec(input.match.slice(base.end, base.end + 3));
    const platform = verb ? after(input, base.end + verb[0].length, 0) : undefined;
    if (!platform || platform.type !== "PLATFORM") continue;
    const type = platformBaseRelation(base);
    if (type)
      out.push(draft(type, keyOf(platform), keyOf(base), "built-on-pattern", m.index, platform.end, 0.85));
  }
  return out;
}
