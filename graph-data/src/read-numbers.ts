/**
 * Reads every number printed in a Chinese text, scaled to base units: "2.06亿元" → 206000000,
 * "1800万元" → 18000000, "4万多" → 40000, "超百万" → 1000000, "1.25万吨" → 12500, "54%" → 54,
 * "翻一番" → 2, "一" → 1. The loader checks a metric's value is one of the numbers of its quote.
 */

/** A number found in a text: its value in base units and the characters it was read from. */
export interface ReadNumber {
  value: number;
  text: string;
  index: number;
}

/** The value of each Chinese digit (零〇 … 九, 两 = 2). */
export const HAN_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
/** The factor of each Chinese multiplier (十 … 亿). */
export const HAN_MULTIPLIERS: Readonly<Record<string, number>> = {
  十: 10,
  百: 100,
  千: 1000,
  万: 1e4,
  亿: 1e8,
};
/** Arabic digits with an optional decimal part and Chinese multipliers ("1.25万", "560.8亿"). */
const ARABIC = /(\d+(?:\.\d+)?)([十百千万亿]*)/gu;
/** A run of Chinese numerals ("百万", "一", "二十三"). */
const HAN = /[零〇一二两三四五六七八九十百千万亿]+/gu;
/** "翻一番" doubles, "翻两番" quadruples. */
const DOUBLINGS = /翻([一二两三四五六七八九])番/gu;

/** Every number in `text`, in order of appearance. */
export function readNumbers(text: string): ReadNumber[] {
  const found: ReadNumber[] = [];
  for (const m of text.matchAll(ARABIC)) {
    const [whole, digits = "", multipliers = ""] = m;
    found.push({ value: scale(Number(digits), multipliers), text: whole, index: m.index });
  }
  for (const m of text.matchAll(DOUBLINGS)) {
    found.push({ value: 2 ** (HAN_DIGITS[m[1] ?? ""] ?? 0), text: m[0], index: m.index });
  }
  for (const m of text.matchAll(HAN)) {
    // A multiplier right after Arabic digits was read above ("4万"); a lone multiplier that is
    // not a numeral ("万" in "千军万马" still reads as 10000, which is harmless for checking).
    if (m.index > 0 && /\d/u.test(text[m.index - 1] ?? "")) continue;
    const value = readHan(m[0]);
    if (value !== undefined) found.push({ value, text: m[0], index: m.index });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** True when `value` is one of the numbers in `text` (allowing float rounding). */
export function textHasNumber(text: string, value: number): boolean {
  return readNumbers(text).some((n) => sameNumber(n.value, value));
}

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function scale(value: number, multipliers: string): number {
  let result = value;
  for (const ch of multipliers) result *= HAN_MULTIPLIERS[ch] ?? 1;
  // 560.8 * 1e8 is 56079999999.99999 in floating point; 15 significant digits undo that.
  return Number(result.toPrecision(15));
}

function readHan(numeral: string): number | undefined {
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const ch of numeral) {
    const d = HAN_DIGITS[ch];
    const unit = HAN_MULTIPLIERS[ch];
    if (d !== undefined) digit = d;
    else if (unit === 1e8) {
      total = (total + section + digit) * unit;
      section = 0;
      digit = 0;
    } else if (unit === 1e4) {
      total += (section + digit) * unit;
      section = 0;
      digit = 0;
    } else if (unit !== undefined) {
      section += (digit || 1) * unit;
      digit = 0;
    }
  }
  const value = total + section + digit;
  return value === 0 && !/[零〇]/u.test(numeral) ? undefined : value;
}
