/**
 * Who a sentence is about: splits the article into sentences and clauses and gives each clause its
 * subject — the first mention in it that is not a list member (A、B等), not the object of a
 * preposition (位于, 在, 与, 占 …) and not a level (内蒙古自治区级); a region only starts a sentence.
 * A clause without one keeps the sentence's subject, then the previous sentence's, then (inside a
 * quotation) the speaker's organisation, then the article's main zone.
 */
import type { Mention } from "./mention.ts";
import { SortedSpans } from "./sorted-spans.ts";

/** A clause and the key of the entity it is about. */
export interface Clause {
  start: number;
  end: number;
  subject: string | undefined;
}

const BLOCKED_BEFORE = /(?:位于|在|从|据|与|向|对|占|超过|比|和|及|为|推进|推动|面向|立足|辐射|联通|同|跟)$/u;
const CLAUSE_SPLIT = /[,，;；:：。!！?？\n]/gu;
const SENTENCE_SPLIT = new Set("。!！?？\n");

/** Clauses of `match` in order, each with its subject's key. */
export function clauseSubjects(
  match: string,
  mentions: readonly Mention[],
  mainZone: string | undefined,
): Clause[] {
  const clauses: Clause[] = [];
  const quotes = new SortedSpans(quoteSpeakers(match, mentions));
  const sorted = new SortedSpans(mentions);
  let previous: string | undefined;
  let current: string | undefined;
  let start = 0;
  let cursor = 0;
  CLAUSE_SPLIT.lastIndex = 0;
  for (;;) {
    // Each separator ends a clause; the end of the text ends the last one (as a sentence).
    const split = CLAUSE_SPLIT.exec(match);
    const i = split ? split.index : match.length;
    const ch = split ? split[0] : "\n";
    while (cursor < mentions.length && (mentions[cursor]?.start ?? 0) < start) cursor++;
    let stop = cursor;
    while (stop < mentions.length && (mentions[stop]?.start ?? 0) < i) stop++;
    const local = mentions.slice(cursor, stop);
    const listStart = listStartIn(match, start, i, local);
    const inClause = local.filter((m) => isSubjectCandidate(match, m, start, i, sorted, listStart));
    const lead =
      inClause.find((m) => m.type !== "REGION") ?? (current === undefined ? inClause[0] : undefined);
    if (lead) current = lead.refersTo ?? lead.key;
    // Quotations never overlap: the one holding the clause's start, if any.
    const quote = quotes.holding(start);
    const speaker = quote && start < quote.end ? quote.speaker : undefined;
    clauses.push({ start, end: i, subject: current ?? speaker ?? previous ?? mainZone });
    if (SENTENCE_SPLIT.has(ch)) {
      previous = current ?? previous;
      current = undefined;
    }
    start = i + 1;
    if (!split) return clauses;
  }
}

function isSubjectCandidate(
  match: string,
  m: Mention,
  clauseStart: number,
  clauseEnd: number,
  sorted: SortedSpans<Mention>,
  listStart: number | undefined,
): boolean {
  if (m.type === "PERSON") return false;
  if (match[m.end] === "级") return false;
  if (BLOCKED_BEFORE.test(match.slice(Math.max(clauseStart, m.start - 4), m.start))) return false;
  // "X投资建设的Y", "位于X的Y": X modifies Y, the head after 的 is what the clause is about.
  const next = sorted.firstStarting(m.end, clauseEnd);
  if (next && /^[^,，;；。、]{0,6}的$/u.test(match.slice(m.end, next.start))) return false;
  return !(listStart !== undefined && m.start >= listStart && m.start < match.lastIndexOf("等", clauseEnd));
}

/** Where a list "A、B等" in the clause begins (the mention before the first 、 and any mention glued to it). */
function listStartIn(
  match: string,
  clauseStart: number,
  clauseEnd: number,
  all: readonly Mention[],
): number | undefined {
  const clause = match.slice(clauseStart, clauseEnd);
  const comma = clause.indexOf("、");
  if (comma < 0 || clause.indexOf("等", comma) < 0) return undefined;
  const at = clauseStart + comma;
  const before = all.filter((m) => m.end <= at && m.start >= clauseStart);
  let first = before[before.length - 1];
  if (!first || !/^(?:[(（][^)）]*[)）]|[)）])?$/u.test(match.slice(first.end, at))) return undefined;
  for (let k = before.length - 2; k >= 0; k--) {
    const prev = before[k];
    if (prev && prev.end === first.start) first = prev;
    else break;
  }
  return first.start;
}

/** Quotations “…” with the organisation of whoever said them (named right after or right before). */
function quoteSpeakers(
  match: string,
  mentions: readonly Mention[],
): { start: number; end: number; speaker: string | undefined }[] {
  const spans: { start: number; end: number; speaker: string | undefined }[] = [];
  const sorted = new SortedSpans(mentions);
  for (const m of match.matchAll(/“[^“”]{6,}”/gu)) {
    const start = m.index;
    const end = start + m[0].length;
    const after = sorted.firstStarting(
      end,
      end + 30,
      (n) => n.type !== "PERSON" && n.type !== "REGION" && !/[。]/u.test(match.slice(end, n.start)),
    );
    const sentenceStart = Math.max(match.lastIndexOf("。", start), match.lastIndexOf("\n", start));
    const before = sorted.lastEnding(
      start,
      (n) => n.start > sentenceStart && n.type !== "PERSON" && n.type !== "REGION",
      sentenceStart + 1,
    );
    const speaker = after ?? before;
    spans.push({ start, end, speaker: speaker ? (speaker.refersTo ?? speaker.key) : undefined });
  }
  return spans;
}
