/**
 * Deterministic normaliser of an OCR'd newspaper page: drops a paragraph printed twice (keeping the
 * copy in the article about it), rejoins paragraphs broken mid-sentence or mid-word (also across a
 * heading), keeps headings, bylines and stray fragments, and records every join and drop.
 */
import { classifyBlock, type BlockKind } from "./classify-block.ts";

/** An article as the normaliser needs it: where it begins and the names of its zone. */
export interface ArticleBoundary {
  id: string;
  /** Text the article's first block begins with (looked up in the raw page, in order). */
  anchor: string;
  /** Names of the article's zone, used to decide which copy of a duplicated paragraph to keep. */
  zoneNames: readonly string[];
}

/** One paragraph of the normalised page. */
export interface NormalisedParagraph {
  kind: BlockKind;
  text: string;
  /** 1-based raw lines the paragraph was built from, in joining order. */
  lines: number[];
  /** The article the paragraph belongs to (undefined when no articles were given). */
  articleId: string | undefined;
  /** [start, end) of the paragraph in the normalised page text. */
  start: number;
  end: number;
}

/** A continuation appended to an unfinished paragraph. */
export interface JoinRecord {
  /** Raw line of the paragraph that was unfinished. */
  line: number;
  /** Raw line of the continuation appended to it. */
  continuationLine: number;
  /** True when headings or other paragraphs were skipped to find the continuation. */
  acrossBlocks: boolean;
  /** The last characters before and the first characters after the join, e.g. "提档|升级". */
  seam: string;
}

/** A duplicated paragraph that was dropped. */
export interface DropRecord {
  line: number;
  keptLine: number;
  reason: string;
}

/** The normalised page and a record of what was changed. */
export interface NormalisedPage {
  /** Paragraphs joined by "\n\n". */
  text: string;
  paragraphs: NormalisedParagraph[];
  joins: JoinRecord[];
  drops: DropRecord[];
  /** Raw lines of prose paragraphs left unfinished because no continuation was found. */
  unfinished: number[];
}

interface Block {
  kind: BlockKind;
  text: string;
  lines: number[];
  article: number;
  consumed: boolean;
  dropped: boolean;
}

/** Prose ends a paragraph only with one of these (not "、" or ","). */
const TERMINAL = /[。！？!?…”」』]$/u;
/** Sentence openers: a later paragraph starting with one is never a continuation. */
const OPENERS = new Set([
  "目前",
  "近日",
  "此外",
  "当前",
  "下一步",
  "眼下",
  "近年来",
  "据悉",
  "同时",
  "另外",
  "其中",
  "如今",
  "截至目前",
  "去年以来",
  "接下来",
]);
/** A continuation found across a heading must begin with a clause this short (a word's tail). */
const MAX_TAIL_CLAUSE = 2;

/** Normalises a raw page; with `articles`, duplicates and cross-heading joins stay within articles. */
export function normalise(raw: string, articles: readonly ArticleBoundary[] = []): NormalisedPage {
  const blocks = splitBlocks(raw);
  assignArticles(blocks, articles);
  const drops = dropDuplicates(blocks, articles);
  const joins: JoinRecord[] = [];
  const live = blocks.filter((b) => !b.dropped);
  // Pass 1: a paragraph directly followed by prose continues there (repeatedly: 威 / 丰电磁 … 生产 / 一批).
  for (let i = 0; i < live.length; i++) {
    const block = live[i];
    if (!block || block.consumed || !isUnfinished(block)) continue;
    for (let j = i + 1; j < live.length && isUnfinished(block); j++) {
      const next = live[j];
      if (!next || next.kind !== "prose" || next.article !== block.article) break;
      joins.push(append(block, next, false));
    }
  }
  // Pass 2: an unfinished paragraph followed by a heading continues at the first later paragraph of
  // its article that begins with a word's tail (a clause of ≤2 characters that is not an opener).
  const unfinished: number[] = [];
  for (let i = 0; i < live.length; i++) {
    const block = live[i];
    if (!block || block.consumed || !isUnfinished(block)) continue;
    const next = live
      .slice(i + 1)
      .find(
        (c) => !c.consumed && c.article === block.article && c.kind === "prose" && beginsWithTail(c.text),
      );
    if (next) joins.push(append(block, next, true));
    else unfinished.push(block.lines[0] ?? 0);
  }
  return assemble(live, articles, joins, drops, unfinished);
}

function splitBlocks(raw: string): Block[] {
  const blocks: Block[] = [];
  raw.split(/\r?\n/).forEach((line, index) => {
    const text = line.trim();
    if (text !== "")
      blocks.push({
        kind: classifyBlock(text),
        text,
        lines: [index + 1],
        article: 0,
        consumed: false,
        dropped: false,
      });
  });
  return blocks;
}

function assignArticles(blocks: Block[], articles: readonly ArticleBoundary[]): void {
  let from = 0;
  articles.forEach((article, a) => {
    const at = blocks.findIndex((b, i) => i >= from && b.text.startsWith(article.anchor));
    if (at < 0)
      throw new Error(
        `normalise: anchor of ${article.id} "${article.anchor}" begins no paragraph after the previous article's`,
      );
    if (a === 0 && at !== 0)
      throw new Error(`normalise: the first article ${article.id} must begin at the top of the page`);
    for (let i = at; i < blocks.length; i++) (blocks[i] as Block).article = a;
    from = at + 1;
  });
}

function dropDuplicates(blocks: Block[], articles: readonly ArticleBoundary[]): DropRecord[] {
  const drops: DropRecord[] = [];
  const groups = new Map<string, Block[]>();
  for (const b of blocks) if (b.kind === "prose") groups.set(b.text, [...(groups.get(b.text) ?? []), b]);
  for (const copies of groups.values()) {
    if (copies.length < 2) continue;
    // Keep the copy whose article's zone the paragraph names most often; on a tie, the first.
    const score = (b: Block): number =>
      (articles[b.article]?.zoneNames ?? []).reduce((n, name) => n + countOf(b.text, name), 0);
    const kept = copies.reduce((best, b) => (score(b) > score(best) ? b : best));
    for (const b of copies) {
      if (b === kept) continue;
      b.dropped = true;
      const keptArticle = articles[kept.article]?.id ?? "the page";
      drops.push({
        line: b.lines[0] ?? 0,
        keptLine: kept.lines[0] ?? 0,
        reason: `duplicate of line ${kept.lines[0] ?? 0}, which is kept in ${keptArticle} (names its zone ${score(kept)}× vs ${score(b)}×)`,
      });
    }
  }
  return drops.sort((x, y) => x.line - y.line);
}

function countOf(text: string, needle: string): number {
  return needle === "" ? 0 : text.split(needle).length - 1;
}

function isUnfinished(b: Block): boolean {
  return b.kind === "prose" && !TERMINAL.test(b.text);
}

function beginsWithTail(text: string): boolean {
  const clause = text.split(/[,，、。；;：:]/u)[0] ?? text;
  return (
    clause.length > 0 &&
    clause.length <= MAX_TAIL_CLAUSE &&
    clause.length < text.length &&
    !OPENERS.has(clause)
  );
}

function append(block: Block, next: Block, acrossBlocks: boolean): JoinRecord {
  const seam = `${block.text.slice(-4)}|${next.text.slice(0, 4)}`;
  const record: JoinRecord = {
    line: block.lines[block.lines.length - 1] ?? 0,
    continuationLine: next.lines[0] ?? 0,
    acrossBlocks,
    seam,
  };
  block.text += next.text;
  block.lines.push(...next.lines);
  next.consumed = true;
  return record;
}

function assemble(
  live: Block[],
  articles: readonly ArticleBoundary[],
  joins: JoinRecord[],
  drops: DropRecord[],
  unfinished: number[],
): NormalisedPage {
  const paragraphs: NormalisedParagraph[] = [];
  let offset = 0;
  for (const b of live) {
    if (b.consumed) continue;
    if (paragraphs.length > 0) offset += 2;
    paragraphs.push({
      kind: b.kind,
      text: b.text,
      lines: b.lines,
      articleId: articles[b.article]?.id,
      start: offset,
      end: offset + b.text.length,
    });
    offset += b.text.length;
  }
  return { text: paragraphs.map((p) => p.text).join("\n\n"), paragraphs, joins, drops, unfinished };
}
