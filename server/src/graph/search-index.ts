/**
 * The search index, built once at load: every entity's name, aliases, English name, full pinyin
 * and initials, normalised (NFKC, lowercase, no spaces). Exact and prefix matches come from a
 * sorted array by binary search; substring matches from bigram postings, scanned in rank order.
 */
import type { GraphStore } from "./store.ts";
import { buildPostings, gramsOf } from "./gram-postings.ts";
import { createPinyinForms } from "./pinyin-forms.ts";

/** Which form of an entity matched. */
export const MATCH_FIELDS = ["NAME", "ALIAS", "NAME_EN", "PINYIN", "INITIALS"] as const;
/** One of the match fields. */
export type MatchField = (typeof MATCH_FIELDS)[number];
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

const KIND_WEIGHT: Record<MatchKind, number> = { EXACT: 3, PREFIX: 2, SUBSTRING: 1 };
const SUBSTRING_FIELDS = new Set<number>([0, 1, 2]);
// Above this many prefix matches, scanning in rank order beats collecting and sorting them.
const PREFIX_SORT_LIMIT = 2048;

/** Normalises text for matching: NFKC, lowercase, whitespace removed. */
export const normalize = (text: string): string => text.normalize("NFKC").toLowerCase().replace(/\s+/gu, "");

/** A read-only search index over a GraphStore. */
export class SearchIndex {
  private readonly keys: string[] = [];
  private readonly texts: string[] = [];
  private readonly owner: number[] = [];
  private readonly field: number[] = [];
  private readonly sorted: Int32Array;
  private readonly postings: Map<string, Int32Array>;
  /** Position of each entity in rank order (shorter name first, then id). */
  private readonly rank: Int32Array;

  /** Builds the index: forms are laid out in rank order (shorter name, then id). */
  constructor(private readonly store: GraphStore) {
    const ranked = store.entities.map((_, i) => i);
    ranked.sort((a, b) => {
      const ea = store.entity(a);
      const eb = store.entity(b);
      return ea.name.length - eb.name.length || (ea.id < eb.id ? -1 : ea.id > eb.id ? 1 : 0);
    });
    this.rank = new Int32Array(ranked.length);
    ranked.forEach((i, r) => (this.rank[i] = r));
    const pinyinOf = createPinyinForms();
    const gramIds = new Map<string, number>();
    const gramOfForm: number[] = [];
    const gramStart: number[] = [0];
    for (const i of ranked) {
      const e = store.entity(i);
      const seen = new Set<string>();
      const add = (text: string, field: number): void => {
        const key = normalize(text);
        if (key === "" || seen.has(key)) return;
        seen.add(key);
        this.keys.push(key);
        this.texts.push(text);
        this.owner.push(i);
        this.field.push(field);
        if (SUBSTRING_FIELDS.has(field)) {
          for (const g of gramsOf(key)) {
            let id = gramIds.get(g);
            if (id === undefined) gramIds.set(g, (id = gramIds.size));
            gramOfForm.push(id);
          }
        }
        gramStart.push(gramOfForm.length);
      };
      add(e.name, 0);
      for (const a of e.aliases) add(a, 1);
      if (e.nameEn) add(e.nameEn, 2);
      for (const text of [e.name, ...e.aliases]) {
        const py = pinyinOf(text);
        if (py) {
          add(py.full, 3);
          add(py.initials, 4);
        }
      }
    }
    this.postings = buildPostings(gramIds, gramOfForm, gramStart);
    // Native string sort (no comparator) is much faster; "\u0001" + index keeps the form.
    const tagged = this.keys.map((k, f) => `${k}\u0001${f}`).sort();
    this.sorted = Int32Array.from(tagged, (t) => Number(t.slice(t.lastIndexOf("\u0001") + 1)));
  }

  /** Searches: exact > prefix > substring, then shorter name, then id; at most `first` results. */
  search(query: string, first: number, typeCodes?: ReadonlySet<number>): SearchResult[] {
    const q = normalize(query);
    if (q === "" || first <= 0) return [];
    const accept = (i: number): boolean => !typeCodes || typeCodes.has(this.store.entityType[i]!);
    const best = new Map<number, { kind: MatchKind; form: number }>();
    const lo = this.lowerBound(q);
    const end = this.lowerBound(`${q}\uffff`);
    const take = (f: number, kind: MatchKind): void => {
      const i = this.owner[f]!;
      const prev = best.get(i);
      if (!accept(i) || (prev && (KIND_WEIGHT[prev.kind] > KIND_WEIGHT[kind] || (prev.kind === kind && prev.form < f)))) return;
      best.set(i, { kind, form: f });
    };
    for (let s = lo; s < end && this.keys[this.sorted[s]!] === q; s++) take(this.sorted[s]!, "EXACT");
    if (end - lo <= PREFIX_SORT_LIMIT) {
      for (let s = lo; s < end; s++) if (this.keys[this.sorted[s]!] !== q) take(this.sorted[s]!, "PREFIX");
    } else {
      // A huge prefix range ("z"): walk forms in rank order instead and stop at `first` entities.
      let prefixed = 0;
      for (let f = 0; f < this.keys.length && prefixed < first; f++) {
        const i = this.owner[f]!;
        if (best.has(i) || !this.keys[f]!.startsWith(q)) continue;
        take(f, "PREFIX");
        if (best.has(i)) prefixed++;
      }
    }
    const hits = [...best].map(([i, m]) => this.hit(i, m.kind, m.form));
    hits.sort((a, b) => KIND_WEIGHT[b.kind] - KIND_WEIGHT[a.kind] || this.rank[a.entity]! - this.rank[b.entity]!);
    if (hits.length >= first) return hits.slice(0, first);
    const candidates = this.candidates(q);
    for (let c = 0; c < candidates.length && hits.length < first; c++) {
      const f = candidates[c]!;
      const i = this.owner[f]!;
      if (best.has(i) || !accept(i) || !this.keys[f]!.includes(q)) continue;
      best.set(i, { kind: "SUBSTRING", form: f });
      hits.push(this.hit(i, "SUBSTRING", f));
    }
    return hits;
  }

  private hit(i: number, kind: MatchKind, form: number): SearchResult {
    const score = KIND_WEIGHT[kind] + 1 / (1 + this.store.entity(i).name.length);
    return { entity: i, kind, field: MATCH_FIELDS[this.field[form]!]!, matched: this.texts[form]!, score };
  }

  private lowerBound(q: string): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.keys[this.sorted[mid]!]! < q) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  // The shortest posting list among the query's grams (every substring match is in each of them).
  private candidates(q: string): Int32Array {
    let shortest: Int32Array | undefined;
    for (const g of gramsOf(q)) {
      const list = this.postings.get(g);
      if (!list) return new Int32Array(0);
      if (!shortest || list.length < shortest.length) shortest = list;
    }
    return shortest ?? new Int32Array(0);
  }
}
