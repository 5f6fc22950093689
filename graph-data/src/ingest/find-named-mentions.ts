/**
 * Mentions by suffix: every company, zone, platform, organisation, fund and project name that ends
 * in one of SUFFIX_RULES' suffixes, its left edge found by name-span.ts, kept only when the part
 * before the suffix names something (not just 企业/国家级/a region alone where that is a level).
 */
import type { ArticleContext } from "./article-context.ts";
import type { Mention } from "./mention.ts";
import { canBeInName, nameStart } from "./name-span.ts";
import { regionGazetteer } from "./region-gazetteer.ts";
import { GENERIC_WORDS, SUFFIX_RULES, type SuffixRule } from "./suffix-rules.ts";

const SUFFIX_PATTERN = new RegExp(SUFFIX_RULES.map((r) => r.suffix).join("|"), "gu");
const RULE_BY_SUFFIX = new Map(SUFFIX_RULES.map((r) => [r.suffix, r]));
/** Level words: a zone or platform name that begins with one is a designation (国家级双创示范基地). */
export const LEVEL_PREFIX = /^(?:国家级|国家|省级|自治区级|兵团级|市级|区级|县级)/u;
/** Zone suffixes that make a zone with only a place before them (泸州高新区, 石河子开发区). */
const PLACE_ZONE_SUFFIX =
  /(?:高新区|经开区|开发区|新区|高新技术产业开发区|经济技术开发区|保税区|工业园区|工业园)$/u;
/** "年产120万片", "年产8吉瓦时" right before a project name: part of the name (the unit may begin the name). */
const CAPACITY_BEFORE =
  /(?:年产|每年|年处理|年加工|年产能)\d+(?:\.\d+)?[万千百亿]?(?:吨|片|件|台|套|辆|只|颗|块|瓶|支|条|米|平方米|立方米|千克|公斤|千瓦时|兆瓦时|吉瓦时|千瓦|兆瓦|吉瓦)?$/u;
/** Academies whose institutes are research institutions, not platforms. */
const ACADEMY_PREFIX = /^(?:中国科学院|中科院|中国工程院|中国社会科学院|中国农业科学院)/u;

/** A designation candidate: a level-prefixed zone or platform name. */
export interface DesignationMention {
  name: string;
  start: number;
  end: number;
}

/** Finds suffix mentions and designation candidates. */
export function findNamedMentions(context: ArticleContext): {
  mentions: Mention[];
  designations: DesignationMention[];
} {
  const mentions: Mention[] = [];
  const designations: DesignationMention[] = [];
  for (const m of context.match.matchAll(SUFFIX_PATTERN)) {
    const rule = RULE_BY_SUFFIX.get(m[0]);
    if (!rule) continue;
    const suffixStart = m.index;
    const end = suffixStart + m[0].length;
    if (rule.notFollowedBy?.test(context.match.slice(end, end + 1))) continue;
    if (rule.notPrecededBy?.test(context.match.slice(Math.max(0, suffixStart - 2), suffixStart))) continue;
    let start = nameStart(context, suffixStart, rule.maxLength, end);
    // "年产5000吨高纯氧化铝项目": a project's capacity phrase is part of its name.
    if (rule.type === "PROJECT") {
      const capacity = CAPACITY_BEFORE.exec(context.match.slice(Math.max(0, start - 16), start));
      if (capacity) start -= capacity[0].length;
    }
    // A zone printed after its full place names (宁夏回族自治区银川市苏银产业园): the places are their own mentions.
    if (rule.type === "ZONE") start = afterFullPlaces(context.match, start, suffixStart);
    const name = context.match.slice(start, end);
    if ((rule.type === "ZONE" || rule.type === "PLATFORM") && LEVEL_PREFIX.test(name)) {
      designations.push({ name: context.text.slice(start, end), start, end });
      continue;
    }
    const verdict = judgePrefix(context, start, suffixStart, rule);
    if (!verdict) continue;
    const academy = rule.type === "PLATFORM" && ACADEMY_PREFIX.test(name);
    const mention: Mention = {
      type: academy ? "ORGANIZATION" : rule.type,
      name: context.text.slice(start, end),
      key: name,
      start,
      end,
      rule: academy ? "academy-institute" : rule.rule,
      confidence: verdict === "content" ? 0.9 : 0.75,
    };
    if (academy) mention.orgKind = "RESEARCH_INSTITUTION";
    else {
      if (rule.kind) mention.kind = rule.kind;
      if (rule.orgKind) mention.orgKind = rule.orgKind;
    }
    mentions.push(mention);
  }
  return { mentions, designations };
}

function afterFullPlaces(match: string, start: number, suffixStart: number): number {
  const forms = regionGazetteer().forms;
  for (let length = Math.min(10, suffixStart - start - 2); length >= 2; length--) {
    const form = forms.get(match.slice(start, start + length));
    if (form && !form.short) return afterFullPlaces(match, start + length, suffixStart);
  }
  return start;
}

/** "content" when the prefix holds a non-generic word, "place" when only places (+ generic words) and that names this kind, else undefined. */
function judgePrefix(
  context: ArticleContext,
  start: number,
  suffixStart: number,
  rule: SuffixRule,
): "content" | "place" | undefined {
  if (suffixStart - start < 1) return undefined;
  const forms = regionGazetteer().forms;
  let places = 0;
  let generic = 0;
  let content = 0;
  let words = prefixWords(context, start, suffixStart);
  // "包头稀土高新区企业研发中心": what follows an embedded zone name must itself name something.
  const zoneEnd = words.findLastIndex((w) => /(?:高新区|开发区|经开区|产业园|园区|新区)$/u.test(w));
  if (zoneEnd >= 0 && rule.type !== "ORGANIZATION") {
    words = words.slice(zoneEnd + 1);
    if (!words.some((w) => !GENERIC_WORDS.has(w) && !forms.has(w) && !w.endsWith("级"))) return undefined;
  }
  for (const word of words) {
    if (forms.has(word)) places++;
    else if (GENERIC_WORDS.has(word) || word.endsWith("级")) generic++;
    else content++;
  }
  if (content > 0) return rule.type === "PROJECT" && suffixStart - start < 3 ? undefined : "content";
  if (places === 0) return undefined;
  switch (rule.type) {
    case "ZONE":
      return generic === 0 && PLACE_ZONE_SUFFIX.test(rule.suffix) ? "place" : undefined;
    case "PLATFORM":
      return generic > 0 ? "place" : undefined;
    case "COMPANY":
    case "ORGANIZATION":
      return "place";
    default:
      return undefined;
  }
}

/** The words of [start, end): jieba's tokens, cut at the edges. */
function prefixWords(context: ArticleContext, start: number, end: number): string[] {
  const words: string[] = [];
  for (let i = start; i < end;) {
    const token = context.tokens.at(context.tokenAt[i] ?? -1);
    const to = token ? Math.min(token.end, end) : i + 1;
    const word = context.match.slice(i, to);
    if (canBeInName(word, token?.tag ?? "x") || word === "(" || word === ")") words.push(word);
    i = to;
  }
  return words.filter((w) => w !== "(" && w !== ")");
}
