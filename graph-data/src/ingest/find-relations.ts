/**
 * High-precision relation patterns over mentions: 位于/落户 → LOCATED_IN; a place right before a
 * zone (银川市苏银产业园) → LOCATED_IN / PART_OF; 以X为依托 → RELIES_ON or HOSTED_BY; a company
 * 打造/建设/引进 a platform → HOSTED_BY; 设立/成立 → ESTABLISHED_BY; 与A、B等…合作 →
 * PARTNERS_WITH (COOPERATES_WITH from a zone); a government body named after its zone → ADMINISTERS.
 */
import type { Clause } from "./clause-subjects.ts";
import type { Mention } from "./mention.ts";
import { regionGazetteer } from "./region-gazetteer.ts";
import { keyOf, type RelationDraft } from "./relation-draft.ts";

/** The article as the relation rules see it. */
export interface RelationInput {
  match: string;
  mentions: readonly Mention[];
  clauses: readonly Clause[];
  types: ReadonlyMap<string, string>;
}

/** Every stated relation the patterns find. */
export function findRelations(input: RelationInput): RelationDraft[] {
  return [
    ...ownedBy(input),
    ...locatedIn(input),
    ...placePrefix(input),
    ...reliesOn(input),
    ...builds(input),
    ...established(input),
    ...cooperation(input),
    ...administers(input),
  ];
}

function after(input: RelationInput, at: number, maxGap = 1): Mention | undefined {
  return input.mentions.find((m) => m.start >= at && m.start - at <= maxGap);
}

function before(input: RelationInput, at: number, maxGap = 1): Mention | undefined {
  for (let k = input.mentions.length - 1; k >= 0; k--) {
    const m = input.mentions[k];
    if (m && m.end <= at && at - m.end <= maxGap) return m;
  }
  return undefined;
}

function subjectAt(input: RelationInput, at: number): string | undefined {
  return input.clauses.find((c) => c.start <= at && at <= c.end)?.subject;
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

function ownedBy(input: RelationInput): RelationDraft[] {
  const out: RelationDraft[] = [];
  for (const m of input.match.matchAll(/(?:投资建设|投资兴建|建设|新建|投资)(?:了|的)?/gu)) {
    const clause = input.clauses.find((c) => c.start <= m.index && m.index < c.end);
    const project = input.mentions.find(
      (p) =>
        p.type === "PROJECT" &&
        p.start >= m.index + m[0].length &&
        p.start - (m.index + m[0].length) <= 12 &&
        p.start < (clause?.end ?? 0),
    );
    const owner = before(input, m.index, 2);
    const ownerKey = owner ? keyOf(owner) : subjectAt(input, m.index);
    if (!project || !ownerKey || input.types.get(ownerKey) !== "COMPANY") continue;
    out.push(
      draft(
        "OWNED_BY",
        keyOf(project),
        ownerKey,
        "company-builds-project",
        owner?.start ?? m.index,
        project.end,
        0.8,
      ),
    );
  }
  return out;
}

function locatedIn(input: RelationInput): RelationDraft[] {
  const out: RelationDraft[] = [];
  for (const m of input.match.matchAll(/位于|落户|入驻|坐落于|落地/gu)) {
    const place = after(input, m.index + m[0].length, 1);
    if (!place || (place.type !== "ZONE" && place.type !== "REGION")) continue;
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

function placePrefix(input: RelationInput): RelationDraft[] {
  const out: RelationDraft[] = [];
  const regions = regionGazetteer().byName;
  input.mentions.forEach((m, i) => {
    const prev = input.mentions[i - 1];
    if (!prev || prev.type !== "REGION" || prev.end !== m.start) return;
    if (m.type === "ZONE")
      out.push(draft("LOCATED_IN", keyOf(m), keyOf(prev), "place-before-zone", prev.start, m.end, 0.9));
    if (m.type === "REGION" && regions.get(keyOf(m))?.parent === keyOf(prev))
      out.push(draft("PART_OF", keyOf(m), keyOf(prev), "place-before-place", prev.start, m.end, 0.95));
  });
  return out;
}

function reliesOn(input: RelationInput): RelationDraft[] {
  const out: RelationDraft[] = [];
  for (const m of input.match.matchAll(/以([^,，。;；]{2,40}?)为依托/gu)) {
    const base = after(input, m.index + 1, 0);
    const platform = before(input, m.index, 0);
    if (!base || !platform || platform.type !== "PLATFORM" || base.end !== m.index + 1 + (m[1] ?? "").length)
      continue;
    const type =
      base.type === "PLATFORM"
        ? "RELIES_ON"
        : base.type === "COMPANY" || base.type === "ORGANIZATION"
          ? "HOSTED_BY"
          : undefined;
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

function builds(input: RelationInput): RelationDraft[] {
  const out: RelationDraft[] = [];
  for (const m of input.match.matchAll(/(?:打造|建设|组建|建立|建成|引进|引入|成立)(?:了|的)?/gu)) {
    const clause = input.clauses.find((c) => c.start <= m.index && m.index < c.end);
    const platform = input.mentions.find(
      (p) => p.type === "PLATFORM" && p.start >= m.index && p.start < (clause?.end ?? 0),
    );
    const owner = before(input, m.index, 0) ?? undefined;
    const ownerKey = owner ? keyOf(owner) : subjectAt(input, m.index);
    if (!platform || !ownerKey || input.types.get(ownerKey) !== "COMPANY") continue;
    out.push(
      draft(
        "HOSTED_BY",
        keyOf(platform),
        ownerKey,
        "company-builds-platform",
        owner?.start ?? m.index,
        platform.end,
        0.75,
      ),
    );
  }
  return out;
}

function established(input: RelationInput): RelationDraft[] {
  const out: RelationDraft[] = [];
  for (const m of input.match.matchAll(/设立|成立|组建|发起设立/gu)) {
    const clause = input.clauses.find((c) => c.start <= m.index && m.index < c.end);
    const made = input.mentions.find(
      (p) =>
        (p.type === "PLATFORM" || p.type === "INVESTOR" || p.type === "ORGANIZATION") &&
        p.start >= m.index &&
        p.start < (clause?.end ?? 0),
    );
    if (!made || !clause) continue;
    const maker = before(input, m.index, 0);
    const makerKey = maker ? keyOf(maker) : input.clauses[input.clauses.indexOf(clause) - 1]?.subject;
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

function cooperation(input: RelationInput): RelationDraft[] {
  const out: RelationDraft[] = [];
  for (const m of input.match.matchAll(
    /与([^。;；]{2,120}?)(?:等[^。;；,，]{0,20})?(?:达成|开展|签署|建立|扩大)?[^。;；,，]{0,8}合作/gu,
  )) {
    const listEnd = m.index + m[0].length;
    const partners = input.mentions.filter(
      (p) =>
        p.start > m.index &&
        p.end <= listEnd &&
        (p.type === "COMPANY" || p.type === "ORGANIZATION" || p.type === "PLATFORM"),
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

function administers(input: RelationInput): RelationDraft[] {
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
