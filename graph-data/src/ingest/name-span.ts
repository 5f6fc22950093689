/**
 * Finds where a name begins: from the start of its suffix (有限公司, 高新区 …) it walks back over
 * jieba's tokens while they can be part of a name, and stops at punctuation, particles, pronouns,
 * prepositions, numbers, time words and verbs (except verbs common in registered names: 制造, 投资 …).
 * A bracketed place inside a name is kept: 福融新材料(肇庆)有限公司.
 */
import type { ArticleContext } from "./article-context.ts";
import { regionGazetteer } from "./region-gazetteer.ts";

/** Tags that never occur inside a name: prepositions, conjunctions, particles, pronouns, adverbs, numbers, time and direction words, measure words, interjections. */
const STOP_TAGS = /^(?:p|c|u[a-z]*|r[a-z]*|m|mq|t|q|e|y|o)$/u;
/** Direction and position words that end a name (中, 西部 and 东部 can be part of one). */
const STOP_DIRECTIONS = new Set(
  "以下 以上 其中 之间 期间 以来 之后 之前 以后 以前 内外 上下 前后 中间 当中 之中 里 上 下 内 外 前 后 间 旁 边".split(
    " ",
  ),
);
/** Verbs that occur inside registered names and project names. */
const NAME_VERBS = new Set(
  "制造 制药 投资 建设 开发 发展 服务 管理 控股 生产 设计 研究 加工 运营 物流 创业 孵化 储能 共享 退火 转化 应用 检测 装备 创新 实业 贸易 经营 养殖 种植 供应 工程 咨询 环保 印刷 包装 铸造 冶炼 电力 新能源 智能".split(
    " ",
  ),
);
/** Words that end a name's left edge whatever their tag. */
const STOP_WORDS = new Set(
  "以 等 及 和 与 或 的 在 从 由 到 对 向 为 是 将 把 被 据 其中 以及 包括 位于 落户 入驻 引入 引进 依托 打造 设立 成立 获批 组织 扩大 走访 记者 通讯员 表示 介绍 联合 携手 推进 推动 支持 加快 建成 新建 共建 已 均 还 也 又 都 就 正 再 更 最 很 仍 已经 正在 进一步 不断 积极 加快 大力 持续 全面 共同 先后 分别 率先 首次 成功 正式 目前 近日 同时 其 该 本 各 我们 他们 这 那 此 首个 首支 一批 一家 一个 这些".split(
    " ",
  ),
);
/** Characters that end a name (punctuation, spaces, quotes). */
const BOUNDARY_CHAR = /[\s,，。;；:：、!！?？“”‘’"'《》〈〉「」『』【】\-—–·…/|+=*#◎●■□]/u;

/** Where the name whose suffix starts at `suffixStart` begins, or undefined if nothing precedes the suffix. */
export function nameStart(
  context: ArticleContext,
  suffixStart: number,
  maxLength: number,
  suffixEnd: number,
): number {
  const { tokens, tokenAt, match } = context;
  let k = suffixStart > 0 ? (tokenAt[suffixStart - 1] ?? -1) : -1;
  let start = suffixStart;
  // The suffix may begin inside a token ("创新局" for 局): that token's head is part of the name.
  const own = tokenAt[suffixStart] ?? -1;
  if (own >= 0 && own === k) {
    const head = tokens.at(own);
    if (head && !BOUNDARY_CHAR.test(match.slice(head.start, suffixStart))) start = head.start;
    k = own - 1;
  }
  while (k >= 0) {
    const token = tokens.at(k);
    if (!token) break;
    if (token.word === ")" || token.word === "）") {
      const open = bracketedPlace(match, token.start);
      if (open === undefined || suffixEnd - open > maxLength) break;
      start = open;
      k = (tokenAt[open] ?? 0) - 1;
      continue;
    }
    // jieba's HMM glues a preposition to an unknown name ("以海" in 研究院以海蓝…): the name starts after it.
    if (token.tag === "x" && /^[以与在从对向由为和及]/u.test(token.word) && token.word.length > 1) {
      start = token.start + 1;
      break;
    }
    // "闽江/ns 口/q": one character after a place name ends that place's name (江口, 河口, 山口).
    const placeTail = token.tag === "q" && token.word.length === 1 && tokens.tagOf(k - 1) === "ns";
    if (!placeTail && !canBeInName(token.word, token.tag)) break;
    if (suffixEnd - token.start > maxLength) break;
    start = token.start;
    k--;
  }
  return start;
}

/** True when a token may be part of a name. */
export function canBeInName(word: string, tag: string): boolean {
  if (BOUNDARY_CHAR.test(word) || STOP_WORDS.has(word) || STOP_DIRECTIONS.has(word)) return false;
  if (/以[上下]|[万亿]元|\d/u.test(word) && !/^[a-zA-Z0-9]+$/u.test(word)) return false;
  if (tag === "ns" || tag === "nr" || tag === "nz" || tag === "nt") return true;
  if (STOP_TAGS.test(tag)) return /^[a-zA-Z]+$/u.test(word);
  if (tag.startsWith("v") && tag !== "vn") return NAME_VERBS.has(word);
  return true;
}

/** Start of "(肇庆)" ending just before `close`, when the brackets hold a place; else undefined. */
function bracketedPlace(match: string, close: number): number | undefined {
  const open = Math.max(match.lastIndexOf("(", close), match.lastIndexOf("（", close));
  if (open < 0 || close - open > 8) return undefined;
  const inner = match.slice(open + 1, close);
  const forms = regionGazetteer().forms;
  return forms.has(inner) || forms.has(`${inner}市`) ? open : undefined;
}
