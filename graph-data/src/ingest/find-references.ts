/**
 * Mentions that stand for a name given elsewhere: short names defined by （以下简称X） (every later
 * X is the full name's entity) and anaphora — 该公司/该企业 → the last company, 该高新区/该开发区/
 * 该园区 → the last zone, 该研究院/我们的实验室 → the last platform of that kind, a bare 公司 at the
 * start of a clause → the last company; 该项目 or a bare 项目 → the last project.
 */
import type { EntityType } from "../index.ts";
import type { ArticleContext } from "./article-context.ts";
import type { Mention } from "./mention.ts";
import { SortedSpans } from "./sorted-spans.ts";

const SHORT_NAME = /[(（]\s*(?:以下)?简称\s*[:：]?\s*[“"「‘]?([^)）”"」’,，。]{2,12})[”"」’]?\s*[)）]/gu;
const ANAPHOR =
  /(?:该|我们的|公司的|企业的)(公司|企业|集团|高新区|开发区|经开区|园区|产业园|科技城|示范区|新区|研究院|实验室|研发中心|孵化器|工作站|中心|基金|项目)|(?<=^|[,，。;；:：“"\n]|因为|并|正是)(公司|高新区|经开区|开发区|园区|产业园|科技城|项目)(?=[\p{Script=Han}])/gu;
const TYPE_OF: Readonly<Record<string, EntityType>> = {
  公司: "COMPANY",
  企业: "COMPANY",
  集团: "COMPANY",
  高新区: "ZONE",
  开发区: "ZONE",
  经开区: "ZONE",
  园区: "ZONE",
  产业园: "ZONE",
  示范区: "ZONE",
  新区: "ZONE",
  科技城: "ZONE",
  项目: "PROJECT",
  基金: "INVESTOR",
};

/** Short-name definitions: each gives its full name's mention an alias; returns the alias mentions. */
export function findShortNames(context: ArticleContext, named: readonly Mention[]): Mention[] {
  const found: Mention[] = [];
  // Characters covered by a named mention or an alias mention found so far.
  const taken = new Uint8Array(context.match.length + 1);
  for (const m of named) taken.fill(1, m.start, m.end);
  const occupied = (start: number, end: number): boolean => {
    for (let i = start; i < end; i++) if (taken[i] === 1) return true;
    return false;
  };
  const sorted = new SortedSpans(named);
  const byKey = new Map<string, Mention[]>();
  for (const n of named) {
    const list = byKey.get(n.key);
    if (list) list.push(n);
    else byKey.set(n.key, [n]);
  }
  // Where each short name occurs (a name defined again is not searched for again).
  const occurrences = new Map<string, number[]>();
  const occurrencesOf = (short: string): number[] => {
    let list = occurrences.get(short);
    if (!list) {
      list = [];
      for (
        let at = context.match.indexOf(short);
        at >= 0;
        at = context.match.indexOf(short, at + short.length)
      )
        list.push(at);
      occurrences.set(short, list);
    }
    return list;
  };
  for (const m of context.match.matchAll(SHORT_NAME)) {
    const short = m[1] ?? "";
    const full = sorted.lastEnding(m.index, undefined, m.index - 1);
    if (!full) continue;
    full.alias = context.text.slice(
      m.index + m[0].indexOf(short),
      m.index + m[0].indexOf(short) + short.length,
    );
    const definitionStart = m.index + m[0].indexOf(short);
    for (const n of byKey.get(short) ?? [])
      if (n !== full && n.type === full.type) n.refersTo = full.refersTo ?? full.key;
    for (const at of occurrencesOf(short)) {
      if (at !== definitionStart && occupied(at, at + short.length)) continue;
      found.push({
        ...pick(full),
        name: context.text.slice(at, at + short.length),
        start: at,
        end: at + short.length,
        rule: "short-name",
        confidence: full.confidence,
        refersTo: full.refersTo ?? full.key,
      });
      taken.fill(1, at, at + short.length);
    }
  }
  return found;
}

/** Anaphora resolved to the last mention of the right type before them (mentions in text order). */
export function findAnaphora(context: ArticleContext, mentions: readonly Mention[]): Mention[] {
  const found: Mention[] = [];
  const taken = new Uint8Array(context.match.length + 1);
  for (const m of mentions) taken.fill(1, m.start, m.end);
  const sorted = new SortedSpans(mentions);
  for (const m of context.match.matchAll(ANAPHOR)) {
    const word = m[1] ?? m[2] ?? "";
    const start = m.index;
    const end = start + m[0].length;
    if (taken.subarray(start, end).includes(1)) continue;
    const type = TYPE_OF[word] ?? "PLATFORM";
    const antecedent = sorted.lastEnding(
      start,
      (n) => n.type === type && (type !== "PLATFORM" || n.name.endsWith(word)),
    );
    if (!antecedent) continue;
    found.push({
      ...pick(antecedent),
      name: context.text.slice(start, end),
      start,
      end,
      rule: "anaphora",
      confidence: m[2] ? 0.6 : 0.8,
      refersTo: antecedent.refersTo ?? antecedent.key,
    });
  }
  return found;
}

function pick(m: Mention): Pick<Mention, "type" | "key"> {
  return { type: m.type, key: m.refersTo ?? m.key };
}
