/**
 * Figures: every number with its scale (万, 亿, Chinese numerals, ranges such as 两三千万), unit
 * (亿元 → yuan, 万平方米 → m2, 年产…万吨 → tonne/year), qualifier (超过, 多/余, 以上, 约, 近,
 * 预计, 力争) and period. Dates, ordinals, thresholds ("500万元以上项目") and the starting point of
 * a change ("从10家增长到3588家") are not figures.
 */
import type { Qualifier, Unit } from "../index.ts";
import { HAN_DIGITS, HAN_MULTIPLIERS } from "../read-numbers.ts";
import { SortedSpans } from "./sorted-spans.ts";

/** A number read from the text, in base units, before it is attached to an entity. */
export interface Figure {
  start: number;
  end: number;
  value: number;
  valueMax?: number;
  unit: Unit;
  qualifier?: Qualifier;
  period?: string;
  /** The clause around the number, which says what it measures. */
  label: string;
}

interface UnitSpec {
  unit: Unit;
  factor: number;
}
const UNITS: Readonly<Record<string, UnitSpec>> = {
  元: { unit: "yuan", factor: 1 },
  平方米: { unit: "m2", factor: 1 },
  平方公里: { unit: "m2", factor: 1e6 },
  亩: { unit: "m2", factor: 666.6666666666666 },
  吨: { unit: "tonne", factor: 1 },
  吉瓦时: { unit: "MWh", factor: 1000 },
  兆瓦时: { unit: "MWh", factor: 1 },
  千瓦时: { unit: "MWh", factor: 0.001 },
  兆瓦: { unit: "MW", factor: 1 },
  千瓦: { unit: "MW", factor: 0.001 },
  吉瓦: { unit: "MW", factor: 1000 },
  "%": { unit: "percent", factor: 1 },
  倍: { unit: "times", factor: 1 },
  人: { unit: "person", factor: 1 },
  名: { unit: "person", factor: 1 },
  位: { unit: "person", factor: 1 },
  家: { unit: "count", factor: 1 },
  个: { unit: "count", factor: 1 },
  项: { unit: "count", factor: 1 },
  件: { unit: "count", factor: 1 },
  所: { unit: "count", factor: 1 },
  条: { unit: "count", factor: 1 },
  座: { unit: "count", factor: 1 },
  台: { unit: "count", factor: 1 },
  套: { unit: "count", factor: 1 },
  户: { unit: "count", factor: 1 },
};
const UNIT_ALTERNATIVES = Object.keys(UNITS)
  .sort((a, b) => b.length - a.length)
  .join("|");
const FIGURE = new RegExp(
  String.raw`(超过|超出|超|逾|突破|将近|接近|近|约|大约)?(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)(?:\s*(?:-|~|～|—|–|至|到)\s*(\d+(?:\.\d+)?))?([万亿千百]*)(多|余)?(${UNIT_ALTERNATIVES})?(多|余)?(以上|以下|左右)?`,
  "gu",
);
/** Measure words: a number followed by one counts things ("120万片"), it is no amount of money. */
const MEASURE_WORD = /^[片支辆只颗块瓶盒粒剂册部架艘株头匹张台套件吨米]$/u;
const MONEY_LABEL = /(?:额|资金|收入|产值|投资|规模|营收|税收)[^,，;；。]{0,4}$/u;
const CLAUSE_END = /[,，;；。!！?？\n]/u;
/** 1 at the code unit of each clause-ending character (read by code, no one-character strings). */
const CLAUSE_END_CODES = new Uint8Array(0x10000);
for (const ch of ",，;；。!！?？\n") CLAUSE_END_CODES[ch.charCodeAt(0)] = 1;
const SENTENCE_END = /[;；。!！?？\n]/u;
/** The names before 分别 (tried only where a list can begin: see respectivelyLists). */
const LIST_BEFORE = /([^,，;；。:：]{2,60}?)分别/uy;
const LIST_SEPARATORS = new Set(",，;；。:：");
/** Where the clause of a 分别 list ends. */
const LIST_CLAUSE_END = /[,，;；。]/gu;

/** Finds every figure of `match` (the simplified view of the text). */
export function findFigures(match: string): Figure[] {
  const figures: Figure[] = [];
  const sentenceStart = sentenceStarts(match);
  for (const m of match.matchAll(FIGURE)) {
    const [whole, pre, digits = "", upper, scale = "", more1, unitWord, more2, bound] = m;
    const start = m.index + (pre?.length ?? 0);
    const end = m.index + whole.length;
    const next = match.slice(end, end + 2);
    if (/^(?:年|月|日|号|时|季度|届|周年|世纪|代|次会)/u.test(next) && !unitWord) continue;
    if (
      match[start - 1] === "第" ||
      /^\d/u.test(match[start - 1] ?? "") ||
      /[a-zA-Z.]/u.test(match[start - 1] ?? "")
    )
      continue;
    const han = !/^\d/u.test(digits);
    const base = han ? readHanRange(digits) : { low: Number(digits) };
    if (!base) continue;
    if (han && base.low < 10 && base.high === undefined && scale === "") continue;
    if (bound === "以上" || bound === "以下") {
      if (/[\p{Script=Han}]/u.test(match[end] ?? "") && match[end] !== "的") continue;
    }
    let spec = unitWord ? UNITS[unitWord] : undefined;
    const before = clauseBefore(match, start);
    if (!spec) {
      if (!MONEY_LABEL.test(before) || (scale === "" && !pre)) continue;
      if (MEASURE_WORD.test(match[end] ?? "")) continue;
      spec = UNITS["元"];
    }
    if (!spec) continue;
    const factor = scaleOf(scale) * spec.factor;
    const high = upper !== undefined ? Number(upper) : base.high;
    let unit = spec.unit;
    if (
      unit === "tonne" &&
      /(?:年产|每年|年处理|年加工)[^,，;；。]{0,12}$/u.test(match.slice(Math.max(0, start - 14), start))
    )
      unit = "tonne/year";
    if (isBaseline(match, start, end)) continue;
    const figure: Figure = {
      start,
      end: bound === "以上" || bound === "左右" ? end : end - (bound?.length ?? 0),
      value: round(base.low * factor),
      unit,
      label: (before.slice(0, before.length - (pre?.length ?? 0)) + whole + clauseAfter(match, end)).slice(
        -40,
      ),
    };
    if (high !== undefined) figure.valueMax = round(high * factor);
    const qualifier = qualifierOf(pre, more1 ?? more2, bound, before);
    if (qualifier) figure.qualifier = qualifier;
    const period = periodOf(match.slice(sentenceStart(start), start));
    if (period) figure.period = period;
    figures.push(figure);
  }
  for (const m of match.matchAll(/翻([一二两三四])番/gu)) {
    const figure: Figure = {
      start: m.index,
      end: m.index + m[0].length,
      value: 2 ** (HAN_DIGITS[m[1] ?? ""] ?? 1),
      unit: "times",
      label: (clauseBefore(match, m.index) + m[0]).slice(-40),
    };
    const before = clauseBefore(match, m.index);
    const qualifier = qualifierOf(undefined, undefined, undefined, before);
    if (qualifier) figure.qualifier = qualifier;
    const period = periodOf(match.slice(sentenceStart(m.index), m.index));
    if (period) figure.period = period;
    figures.push(figure);
  }
  figures.sort((a, b) => a.start - b.start);
  const merged = mergeRanges(match, figures);
  relabel(match, merged);
  return merged;
}

/**
 * Labels say what each figure measures: a figure's label starts after the previous figure of its
 * clause ("国家级…28个、省级…88个"), and "A、B和C分别…80%、43.5%、87%" gives the i-th figure label i.
 */
function relabel(match: string, figures: Figure[]): void {
  const sorted = new SortedSpans(figures);
  figures.forEach((figure, i) => {
    const previous = figures[i - 1];
    if (!previous) return;
    const between = match.slice(previous.end, figure.start);
    if (!CLAUSE_END.test(between) && !/分别/u.test(between))
      figure.label = (
        between.replace(/^[、和及]/u, "") +
        match.slice(figure.start, figure.end) +
        clauseAfter(match, figure.end)
      ).slice(-40);
  });
  for (const m of respectivelyLists(match)) {
    const names = (m[1] ?? "")
      .split(/、|和|及|与/u)
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
    if (names.length < 2) continue;
    const from = m.index + m[0].length;
    LIST_CLAUSE_END.lastIndex = from;
    const clauseEnd = LIST_CLAUSE_END.exec(match)?.index ?? match.length;
    const inList = sorted.allStarting(from, clauseEnd);
    if (inList.length !== names.length) continue;
    inList.forEach((f, k) => {
      f.label = `${names[k] ?? ""}:${match.slice(from, clauseEnd).replace(/[\d.%、和倍]+/gu, "")}`;
    });
  }
}

/** "150亿元至200亿元": two figures of one unit joined by 至/到/- are one range (value..valueMax). */
function mergeRanges(match: string, figures: Figure[]): Figure[] {
  const out: Figure[] = [];
  for (const figure of figures) {
    const previous = out[out.length - 1];
    if (
      previous &&
      previous.valueMax === undefined &&
      figure.valueMax === undefined &&
      previous.unit === figure.unit &&
      figure.value > previous.value &&
      /^\s*(?:至|到|-|~|～|—|–)\s*$/u.test(match.slice(previous.end, figure.start))
    ) {
      previous.valueMax = figure.value;
      previous.end = figure.end;
      previous.label = (previous.label + match.slice(previous.end, figure.end)).slice(-40);
      continue;
    }
    out.push(figure);
  }
  return out;
}

function readHanRange(numeral: string): { low: number; high?: number } | undefined {
  const range = /^([一二两三四五六七八九])([一二两三四五六七八九])([十百千]*)$/u.exec(numeral);
  if (range) {
    const unit = scaleOf(range[3] ?? "");
    return { low: (HAN_DIGITS[range[1] ?? ""] ?? 0) * unit, high: (HAN_DIGITS[range[2] ?? ""] ?? 0) * unit };
  }
  let total = 0;
  let digit = 0;
  for (const ch of numeral) {
    const d = HAN_DIGITS[ch];
    if (d !== undefined) digit = d;
    else {
      total += (digit || 1) * (HAN_MULTIPLIERS[ch] ?? 1);
      digit = 0;
    }
  }
  const value = total + digit;
  return value > 0 ? { low: value } : undefined;
}

function scaleOf(scale: string): number {
  let factor = 1;
  for (const ch of scale) factor *= HAN_MULTIPLIERS[ch] ?? 1;
  return factor;
}

function round(value: number): number {
  // Whole numbers below 10^12 are exact already (toPrecision(12) would give them back unchanged).
  if (Number.isInteger(value) && Math.abs(value) < 1e12) return value;
  return Number(value.toPrecision(12));
}

function qualifierOf(
  pre: string | undefined,
  more: string | undefined,
  bound: string | undefined,
  before: string,
): Qualifier | undefined {
  if (/力争|目标|计划|将突破|争取/u.test(before)) return "TARGET";
  if (/预计/u.test(before)) return "ESTIMATE";
  if (pre === "约" || pre === "大约" || pre === "近" || pre === "将近" || pre === "接近" || bound === "左右")
    return "ABOUT";
  if (pre || more || /超过[^,，;；。]*的$/u.test(before)) return "MORE_THAN";
  if (bound === "以上") return "AT_LEAST";
  return undefined;
}

/** "从…10家,增长到…3588家": the number after 从/由 with 到/至 after it is where a change started. */
function isBaseline(match: string, start: number, end: number): boolean {
  const before = match.slice(Math.max(0, start - 20), start);
  const from = Math.max(before.lastIndexOf("从"), before.lastIndexOf("由"));
  if (from < 0 || SENTENCE_END.test(before.slice(from))) return false;
  return /^[^;；。]{0,12}?(?:增长|提升|提高|降低|下降|减少|增加|上升|扩大|升级)?(?:到|至)/u.test(
    match.slice(end, end + 16),
  );
}

function clauseBefore(match: string, start: number): string {
  let i = start;
  while (i > 0 && start - i < 30 && CLAUSE_END_CODES[match.charCodeAt(i - 1)] !== 1) i--;
  return match.slice(i, start);
}

function clauseAfter(match: string, end: number): string {
  let i = end;
  while (i < match.length && i - end < 16 && CLAUSE_END_CODES[match.charCodeAt(i)] !== 1) i++;
  return match.slice(end, i);
}

/** A look-up of where the sentence holding a position begins, built once per text. */
function sentenceStarts(match: string): (at: number) => number {
  const starts: number[] = [];
  for (const m of match.matchAll(/[。!！?？\n]/gu)) starts.push(m.index + 1);
  return (at) => {
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((starts[mid] ?? 0) <= at) low = mid + 1;
      else high = mid;
    }
    return starts[low - 1] ?? 0;
  };
}

/**
 * The matches of /([^,，;；。:：]{2,60}?)分别/gu, found from each 分别 backwards: a list can only
 * begin after the last separator and at most 60 characters before it, so no other place is tried.
 */
function respectivelyLists(match: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  let at = match.indexOf("分别");
  while (at >= 0) {
    let begin = at;
    while (begin > Math.max(from, at - 120) && !LIST_SEPARATORS.has(match[begin - 1] ?? "")) begin--;
    let found: RegExpExecArray | null = null;
    for (let p = begin; p <= at - 2 && !found; p++) {
      LIST_BEFORE.lastIndex = p;
      found = LIST_BEFORE.exec(match);
    }
    if (found) {
      out.push(found);
      from = found.index + found[0].length;
      at = match.indexOf("分别", from);
    } else at = match.indexOf("分别", at + 1);
  }
  return out;
}

function periodOf(sentence: string): string | undefined {
  const months = /(\d{4})年(\d{1,2})月(?:份)?(?:至|到|-)(\d{1,2})月/u.exec(sentence);
  if (months) return `${months[1]}-${pad(months[2])}..${months[1]}-${pad(months[3])}`;
  const until = /截至(\d{4})年(?:底|末)/u.exec(sentence);
  if (until) return `..${until[1]}-12`;
  const year = /(\d{4})年(?![\d]|(?:\d{1,2})?月)/u.exec(sentence);
  if (year && !/比\d{4}年|是\d{4}年/u.test(year.input.slice(Math.max(0, year.index - 1), year.index + 5)))
    return year[1];
  if (/截至目前|目前|现有|现已|如今|当前/u.test(sentence)) return "as of publication";
  return undefined;
}

function pad(month: string | undefined): string {
  return (month ?? "").padStart(2, "0");
}
