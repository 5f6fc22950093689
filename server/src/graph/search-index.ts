/**
 * The search index over a GraphStore (its arrays: search-data.ts, built at load or stored with a
 * snapshot). Exact and prefix matches come from the key-sorted forms by binary search; substring
 * matches from gram postings, scanned in rank order. Keys are compared in place, never sliced.
 */
import { postingsOf, gramsOf } from "./gram-postings.ts";
import {
  buildSearchData,
  MATCH_FIELDS,
  normalize,
  SUBSTRING_FIELD_COUNT,
  type MatchField,
  type SearchData,
} from "./search-data.ts";
import type { GraphStore } from "./store.ts";

export { MATCH_FIELDS, normalize, type MatchField };

/** How the query matched a form: the whole form, its start, or inside it. */
export type MatchKind = "EXACT" | "PREFIX" | "SUBSTRING";

/** One search result. */
export interface SearchResult {
  entity: number;
  kind: MatchKind;
  field: MatchField;
  /** The form that matched, as written (alias text, English name, pinyin string …). */
  matched: string;
  score: number;
}

const PINYIN_FIELD = MATCH_FIELDS.indexOf("PINYIN");
const HAN = /\p{Script=Han}/u;
const KIND_WEIGHT: Record<MatchKind, number> = { EXACT: 3, PREFIX: 2, SUBSTRING: 1 };
// Above this many prefix matches, scanning in rank order beats collecting and sorting them.
const PREFIX_SORT_LIMIT = 2048;

/** A read-only search index over a GraphStore. */
export class SearchIndex {
  /** The index's arrays (what a snapshot stores). */
  readonly data: SearchData;
  private readonly formCount: number;

  /** Wraps prebuilt `data`, or builds it from the store. */
  constructor(
    private readonly store: GraphStore,
    data?: SearchData,
  ) {
    this.data = data ?? buildSearchData(store);
    this.formCount = this.data.owner.length;
  }

  /**
   * Searches: exact > prefix > substring, then shorter name, then id; at most `first` results,
   * only of `typeCodes` and only entities `where` accepts, when given.
   */
  search(
    query: string,
    first: number,
    typeCodes?: ReadonlySet<number>,
    where?: (i: number) => boolean,
  ): SearchResult[] {
    const q = normalize(query);
    if (q === "" || first <= 0) return [];
    const { owner, sorted, rank } = this.data;
    const accept = (i: number): boolean =>
      (!typeCodes || typeCodes.has(this.store.entityType[i]!)) && (!where || where(i));
    const best = new Map<number, { kind: MatchKind; form: number }>();
    const lo = this.lowerBound(q);
    const end = this.lowerBound(`${q}\uffff`);
    const take = (f: number, kind: MatchKind): void => {
      const i = owner[f]!;
      const prev = best.get(i);
      if (
        !accept(i) ||
        (prev && (KIND_WEIGHT[prev.kind] > KIND_WEIGHT[kind] || (prev.kind === kind && prev.form < f)))
      )
        return;
      best.set(i, { kind, form: f });
    };
    let exactEnd = lo;
    while (exactEnd < end && this.keyLength(sorted[exactEnd]!) === q.length)
      take(sorted[exactEnd++]!, "EXACT");
    if (end - lo <= PREFIX_SORT_LIMIT) {
      for (let s = exactEnd; s < end; s++) take(sorted[s]!, "PREFIX");
    } else {
      // A huge prefix range ("z"): walk forms in rank order instead and stop at `first` entities.
      let prefixed = 0;
      for (let f = 0; f < this.formCount && prefixed < first; f++) {
        const i = owner[f]!;
        if (best.has(i) || !this.keyStartsWith(f, q)) continue;
        take(f, "PREFIX");
        if (best.has(i)) prefixed++;
      }
    }
    const hits = [...best].map(([i, m]) => this.hit(i, m.kind, m.form));
    hits.sort((a, b) => KIND_WEIGHT[b.kind] - KIND_WEIGHT[a.kind] || rank[a.entity]! - rank[b.entity]!);
    if (hits.length >= first) return hits.slice(0, first);
    const candidates = this.candidates(q);
    for (let c = 0; c < candidates.length && hits.length < first; c++) {
      const f = candidates[c]!;
      const i = owner[f]!;
      if (best.has(i) || !accept(i) || !this.keyIncludes(f, q)) continue;
      best.set(i, { kind: "SUBSTRING", form: f });
      hits.push(this.hit(i, "SUBSTRING", f));
    }
    return hits;
  }

  /**
   * Entities (ascending) with a form that equals `text` ("eq"), starts with it ("startsWith"), or
   * — as search matches — starts with it or, for names, aliases and English names, contains it
   * ("contains"); normalised like search queries.
   */
  entitiesMatching(text: string, match: "eq" | "startsWith" | "contains"): Int32Array {
    const q = normalize(text);
    if (q === "") return new Int32Array(0);
    const { owner, sorted, field } = this.data;
    const found = new Set<number>();
    const lo = this.lowerBound(q);
    const end = this.lowerBound(`${q}\uffff`);
    for (let s = lo; s < end; s++) {
      if (match === "eq" && this.keyLength(sorted[s]!) !== q.length) break;
      found.add(owner[sorted[s]!]!);
    }
    if (match === "contains") {
      const candidates = this.candidates(q);
      for (let c = 0; c < candidates.length; c++) {
        const f = candidates[c]!;
        if (field[f]! < SUBSTRING_FIELD_COUNT && !found.has(owner[f]!) && this.keyIncludes(f, q))
          found.add(owner[f]!);
      }
    }
    return Int32Array.from(found).sort();
  }

  /**
   * The sort key of entity i's name: the pinyin of a Chinese name (its first pinyin form), the
   * normalised name otherwise ("English by letters").
   */
  nameSortKeys(): string[] {
    const { owner, field } = this.data;
    const n = this.store.entityCount;
    const keys = new Array<string>(n);
    for (let f = 0; f < owner.length; f++)
      if (field[f] === PINYIN_FIELD && keys[owner[f]!] === undefined) keys[owner[f]!] = this.key(f);
    for (let i = 0; i < n; i++) {
      const name = this.store.entityName(i);
      if (keys[i] === undefined || !HAN.test(name)) keys[i] = normalize(name);
    }
    return keys;
  }

  /** Entity index of an exact name or alias, or -1; on a clash the lowest index keeps the name. */
  indexOfName(name: string): number {
    const q = normalize(name);
    if (q === "") return -1;
    let found = -1;
    const { sorted, owner } = this.data;
    for (
      let s = this.lowerBound(q);
      s < sorted.length && this.keyLength(sorted[s]!) === q.length && this.keyStartsWith(sorted[s]!, q);
      s++
    ) {
      const i = owner[sorted[s]!]!;
      if (
        (found < 0 || i < found) &&
        (this.store.entityName(i) === name || this.store.entityAliases(i).includes(name))
      )
        found = i;
    }
    return found;
  }

  private hit(i: number, kind: MatchKind, form: number): SearchResult {
    const score = KIND_WEIGHT[kind] + 1 / (1 + this.store.entityName(i).length);
    const field = MATCH_FIELDS[this.data.field[form]!]!;
    return { entity: i, kind, field, matched: this.textOf(form, field, i), score };
  }

  // The form as written: names come from the entity, pinyin from the key unless stored apart.
  private textOf(form: number, field: MatchField, i: number): string {
    const { textChars, textStart } = this.data;
    if (field === "NAME") return this.store.entityName(i);
    if (field === "NAME_EN") return this.store.entityNameEn(i);
    const key = this.key(form);
    if (field === "ALIAS") return this.store.entityAliases(i).find((a) => normalize(a) === key) ?? key;
    if (textStart[form]! < textStart[form + 1]!)
      return decode(textChars, textStart[form]!, textStart[form + 1]!);
    return key;
  }

  private key(f: number): string {
    return decode(this.data.keyChars, this.data.keyStart[f]!, this.data.keyStart[f + 1]!);
  }

  private keyLength(f: number): number {
    return this.data.keyStart[f + 1]! - this.data.keyStart[f]!;
  }

  // Compares key f with q in UTF-16 code units (as JS `<` does on strings).
  private compare(f: number, q: string): number {
    const { keyChars, keyStart } = this.data;
    const from = keyStart[f]!;
    const length = keyStart[f + 1]! - from;
    const common = Math.min(length, q.length);
    for (let k = 0; k < common; k++) {
      const d = keyChars[from + k]! - q.charCodeAt(k);
      if (d !== 0) return d;
    }
    return length - q.length;
  }

  private keyStartsWith(f: number, q: string): boolean {
    const { keyChars, keyStart } = this.data;
    const from = keyStart[f]!;
    if (keyStart[f + 1]! - from < q.length) return false;
    for (let k = 0; k < q.length; k++) if (keyChars[from + k] !== q.charCodeAt(k)) return false;
    return true;
  }

  private keyIncludes(f: number, q: string): boolean {
    const { keyChars, keyStart } = this.data;
    const from = keyStart[f]!;
    const last = keyStart[f + 1]! - q.length;
    const c0 = q.charCodeAt(0);
    for (let at = from; at <= last; at++) {
      if (keyChars[at] !== c0) continue;
      let k = 1;
      while (k < q.length && keyChars[at + k] === q.charCodeAt(k)) k++;
      if (k === q.length) return true;
    }
    return false;
  }

  private lowerBound(q: string): number {
    const { sorted } = this.data;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compare(sorted[mid]!, q) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  // The shortest posting list among the query's grams (every substring match is in each of them).
  private candidates(q: string): Int32Array {
    let shortest: Int32Array | undefined;
    for (const g of gramsOf(q)) {
      const list = postingsOf(this.data, g);
      if (list.length === 0) return list;
      if (!shortest || list.length < shortest.length) shortest = list;
    }
    return shortest ?? new Int32Array(0);
  }
}

function decode(chars: Uint16Array, from: number, to: number): string {
  let s = "";
  for (let k = from; k < to; k += 4096)
    s += String.fromCharCode(...chars.subarray(k, Math.min(to, k + 4096)));
  return s;
}
