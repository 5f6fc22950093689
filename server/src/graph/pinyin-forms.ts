/**
 * Pinyin forms of a Chinese string for search: full pinyin without tones or spaces ("baotou…")
 * and initials ("bt…"), computed with pinyin-pro and cached per distinct string.
 */
import { pinyin } from "pinyin-pro";

/** Full pinyin and initials of a string (both lowercased, no spaces). */
export interface PinyinForms {
  full: string;
  initials: string;
}

const HAN = /\p{Script=Han}/u;

/** Returns a function that computes pinyin forms, caching each distinct input; null if no Han characters. */
export function createPinyinForms(): (text: string) => PinyinForms | null {
  const cache = new Map<string, PinyinForms | null>();
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    let forms: PinyinForms | null = null;
    if (HAN.test(text)) {
      // One pinyin-pro call per string; initials are the first letters of its syllables.
      const syllables = pinyin(text, { toneType: "none", type: "array", nonZh: "consecutive" }).map((p) => p.toLowerCase().replace(/\s+/gu, ""));
      forms = { full: syllables.join(""), initials: syllables.map((p) => p.slice(0, 1)).join("") };
    }
    cache.set(text, forms);
    return forms;
  };
}
