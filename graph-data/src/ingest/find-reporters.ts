/**
 * Reporters from bylines ("◎本报记者 张景阳 通讯员 贾婷婷", "(记者王迎霞 通讯员马鹤仪)"): their
 * names become the source's authors and are never proposed as people (reporters are not entities).
 */
import { COMPOUND_SURNAMES, SURNAMES } from "./surnames.ts";

const ROLE = /(?:本报记者|特约记者|见习记者|实习记者|记者|通讯员|实习生|摄影|文\/图|文|图)/gu;
const BYLINE_LINE = /^\s*[◎●]?\s*[(（]?\s*(?:本报|特约|见习|实习)?(?:记者|通讯员)/u;
const INLINE = /[(（]\s*((?:本报|特约|见习|实习)?(?:记者|通讯员)[^)）]{2,40})[)）]/gu;

/** Names of reporters and correspondents in the article's bylines, in order. */
export function findReporters(text: string): string[] {
  const names: string[] = [];
  const take = (part: string): void => {
    for (const piece of part.replace(ROLE, " ").split(/[\s、,，]+/u)) {
      if (/^[\p{Script=Han}]{2,4}$/u.test(piece) && isSurnamed(piece) && !names.includes(piece))
        names.push(piece);
    }
  };
  for (const line of text.split("\n")) {
    const trimmed = line.trim();
    if (trimmed.startsWith("◎") || (BYLINE_LINE.test(trimmed) && trimmed.length <= 40))
      take(trimmed.replace(/^[◎●]/u, ""));
  }
  for (const m of text.matchAll(INLINE)) take(m[1] ?? "");
  return names;
}

/** True when `name` begins with a known surname. */
export function isSurnamed(name: string): boolean {
  return SURNAMES.has(name[0] ?? "") || COMPOUND_SURNAMES.has(name.slice(0, 2));
}
