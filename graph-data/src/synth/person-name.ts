/**
 * Synthetic Chinese person names (surname + one or two given characters) with pinyin English names;
 * surnames are drawn with a Zipf-like weight so 王, 李, 张 are common, as in reality.
 */
import { GIVEN_CHARS, SURNAMES } from "./name-pools.ts";
import { Rng, WeightedPicker } from "./rng.ts";

const SURNAME_PICKER = new WeightedPicker(SURNAMES.map((_, i) => 1 / Math.pow(i + 1, 0.8)));

/** A person's [Chinese name, English name], e.g. ["吴铁山", "Wu Tieshan"]. */
export function personName(rng: Rng): [string, string] {
  const [surname, surnameEn] = SURNAMES[SURNAME_PICKER.pick(rng)] ?? ["王", "Wang"];
  const [g1, e1] = rng.pick(GIVEN_CHARS);
  if (rng.chance(0.3)) return [surname + g1, `${surnameEn} ${cap(e1)}`];
  const [g2, e2] = rng.pick(GIVEN_CHARS);
  return [surname + g1 + g2, `${surnameEn} ${cap(e1)}${e2}`];
}

/** Capitalise the first letter of a pinyin syllable. */
export function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
