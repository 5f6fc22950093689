/**
 * The search index's data, built once (at load, or when a snapshot is indexed): every entity's
 * name, aliases, English name, full pinyin and initials, normalised, as flat typed arrays — one
 * UTF-16 key table with offsets, forms in rank order, a key-sorted permutation and gram postings.
 */
import { PostingsBuilder, type GramPostings } from "./gram-postings.ts";
import { createPinyinForms } from "./pinyin-forms.ts";

/** Which form of an entity matched. */
export const MATCH_FIELDS = ["NAME", "ALIAS", "NAME_EN", "PINYIN", "INITIALS"] as const;
/** One of the match fields. */
export type MatchField = (typeof MATCH_FIELDS)[number];

/** The entity columns the index is built from (a GraphStore has them). */
export interface SearchSource {
  readonly entityCount: number;
  entityId(i: number): string;
  entityName(i: number): string;
  entityNameEn(i: number): string;
  entityAliases(i: number): readonly string[];
}

/** The index's arrays. Form f's key is keyChars[keyStart[f] .. keyStart[f + 1]). */
export interface SearchData extends GramPostings {
  keyChars: Uint16Array;
  keyStart: Uint32Array;
  /** Entity of each form; forms are laid out in rank order of their entities. */
  owner: Int32Array;
  /** MATCH_FIELDS index of each form. */
  field: Uint8Array;
  /** Form indices sorted by key. */
  sorted: Int32Array;
  /** Position of each entity in rank order (shorter name first, then id). */
  rank: Int32Array;
  /** Pinyin forms written differently from their key (e.g. full-width brackets): text of form f, or empty. */
  textChars: Uint16Array;
  textStart: Uint32Array;
}

/** Fields whose forms are found by substring too (name, aliases, English name). */
export const SUBSTRING_FIELD_COUNT = 3;

/** Normalises text for matching: NFKC, lowercase, whitespace removed. */
export const normalize = (text: string): string => text.normalize("NFKC").toLowerCase().replace(/\s+/gu, "");

/** Builds the index's arrays from an entity source. */
export function buildSearchData(source: SearchSource): SearchData {
  const n = source.entityCount;
  const ids = new Array<string>(n);
  const lengths = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    ids[i] = source.entityId(i);
    lengths[i] = source.entityName(i).length;
  }
  const ranked = new Int32Array(n);
  for (let i = 0; i < n; i++) ranked[i] = i;
  ranked.sort((a, b) => lengths[a]! - lengths[b]! || (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0));
  const rank = new Int32Array(n);
  for (let r = 0; r < n; r++) rank[ranked[r]!] = r;

  const pinyinOf = createPinyinForms();
  const keys: string[] = [];
  const texts: string[] = [];
  const owner: number[] = [];
  const field: number[] = [];
  const grams = new PostingsBuilder();
  for (const i of ranked) {
    const seen: string[] = [];
    const add = (text: string, f: number, key = normalize(text)): void => {
      if (key === "" || seen.includes(key)) return;
      seen.push(key);
      if (f < SUBSTRING_FIELD_COUNT) grams.add(keys.length, key);
      keys.push(key);
      texts.push(f >= SUBSTRING_FIELD_COUNT && text !== key ? text : "");
      owner.push(i);
      field.push(f);
    };
    const name = source.entityName(i);
    const aliases = source.entityAliases(i);
    add(name, 0);
    for (const a of aliases) add(a, 1);
    const nameEn = source.entityNameEn(i);
    if (nameEn) add(nameEn, 2);
    for (const text of [name, ...aliases]) {
      const py = pinyinOf(text);
      if (py) {
        add(py.full, 3);
        add(py.initials, 4);
      }
    }
  }
  const sorted = new Int32Array(keys.length);
  for (let f = 0; f < keys.length; f++) sorted[f] = f;
  sorted.sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : a - b));
  const packedKeys = pack(keys);
  const packedTexts = pack(texts);
  return {
    keyChars: packedKeys.chars,
    keyStart: packedKeys.start,
    owner: Int32Array.from(owner),
    field: Uint8Array.from(field),
    sorted,
    rank,
    textChars: packedTexts.chars,
    textStart: packedTexts.start,
    ...grams.build(),
  };
}

/** Strings as one UTF-16 table with offsets. */
function pack(items: readonly string[]): { chars: Uint16Array; start: Uint32Array } {
  const start = new Uint32Array(items.length + 1);
  for (let k = 0; k < items.length; k++) start[k + 1] = start[k]! + items[k]!.length;
  const chars = new Uint16Array(start[items.length]!);
  for (let k = 0; k < items.length; k++) {
    const s = items[k]!;
    const at = start[k]!;
    for (let c = 0; c < s.length; c++) chars[at + c] = s.charCodeAt(c);
  }
  return { chars, start };
}
