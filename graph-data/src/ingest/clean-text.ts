/**
 * Extra clean-up before the shared normaliser, for text copied from web pages and e-books: drops
 * web boilerplate lines (责任编辑, 分享到, 上一篇 …), pinyin glosses after characters (時(shí)間 →
 * 時間) and folds full-width ASCII forms to half-width (，→ , ３ → 3), the corpus's own style.
 */

/** Lines that are page furniture, not article text. */
const BOILERPLATE =
  /^(?:【?责任编辑|【?编辑[:：]|【?来源[:：]|分享到|扫一扫|打印本页|【?打印】?|关闭窗口|【?字[体号][:：]|版权所有|Copyright|©|上一篇|下一篇|相关阅读|相关新闻|相关推荐|返回顶部|点击[查进]|免责声明|原标题[:：]|发布时间[:：]|浏览次数|阅读量|首页\s*[>›»])/iu;
/** A breadcrumb: short parts separated by ">" (首页 > 新闻 > 园区). */
const BREADCRUMB = /^[^。，,]{1,12}(?:\s*[>›»]\s*[^。，,]{1,12}){2,}$/u;
/** A parenthesised pinyin syllable with a tone mark or tone digit right after a Han character. */
const PINYIN_GLOSS =
  /(?<=\p{Script=Han})[(（]\s*(?:[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-züāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]*|[a-zü]+[1-5])\s*[)）]/giu;

/** What clean-up removed, for the record. */
export interface CleanRecord {
  droppedLines: number[];
  pinyinGlosses: number;
}

/** Cleans raw article text; returns the text and what was removed. */
export function cleanText(raw: string): { text: string; record: CleanRecord } {
  const record: CleanRecord = { droppedLines: [], pinyinGlosses: 0 };
  const lines = toHalfWidth(raw.replace(/^\ufeff/u, ""))
    .split(/\r\n?|\n/u)
    .map((line, i) => {
      const trimmed = line.trim();
      if (BOILERPLATE.test(trimmed) || BREADCRUMB.test(trimmed)) {
        record.droppedLines.push(i + 1);
        return "";
      }
      return line.replace(PINYIN_GLOSS, () => {
        record.pinyinGlosses++;
        return "";
      });
    });
  return { text: lines.join("\n"), record };
}

/** Folds full-width ASCII (U+FF01–FF5E) and the ideographic space to their half-width forms. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000]/gu, (ch) =>
    ch === "\u3000" ? " " : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}
