/**
 * Pinyin keys of a name for linking a proposal to the existing graph: its full pinyin without
 * tones or spaces (閩江口高新區 and 闽江口高新区 both "minjiangkougaoxinqu") and its initials
 * ("mjkgxq"), from pinyin-pro (loaded on first use: proposing without a graph never needs it).
 */
import { createRequire } from "node:module";

type PinyinFn = (typeof import("pinyin-pro"))["pinyin"];
let pinyinFn: PinyinFn | undefined;

/** The pinyin keys of one name. */
export interface PinyinKey {
  /** Full pinyin, lowercase, letters and digits only. */
  full: string;
  /** First letter of each syllable (and each run of other letters or digits). */
  initials: string;
}

const HAN = /\p{Script=Han}/u;
const NOT_ALNUM = /[^a-z0-9]/gu;

/** Pinyin keys of `name`, or undefined when it has no Han character. */
export function pinyinKey(name: string): PinyinKey | undefined {
  if (!HAN.test(name)) return undefined;
  pinyinFn ??= (createRequire(import.meta.url)("pinyin-pro") as typeof import("pinyin-pro")).pinyin;
  const syllables = pinyinFn(name, { toneType: "none", type: "array", nonZh: "consecutive" })
    .map((s) => s.toLowerCase().replace(NOT_ALNUM, ""))
    .filter((s) => s !== "");
  return { full: syllables.join(""), initials: syllables.map((s) => s[0] ?? "").join("") };
}

/** `form` lowercased when it is written in latin letters only (an abbreviation such as BYD), else undefined. */
export function latinForm(form: string): string | undefined {
  return /^[A-Za-z]{2,}$/u.test(form) ? form.toLowerCase() : undefined;
}
