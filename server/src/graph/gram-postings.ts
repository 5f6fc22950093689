/**
 * Character and bigram postings for substring search, in typed arrays: every gram (a code point,
 * or two adjacent ones) of a form maps to the ascending form indices containing it (CSR by gram,
 * grams sorted by code for binary search); a substring match lies in each of its grams' lists.
 */

/** Postings: the forms of gram `gramCodes[k]` are postings[gramStart[k] .. gramStart[k + 1]). */
export interface GramPostings {
  gramCodes: Float64Array;
  gramStart: Uint32Array;
  postings: Int32Array;
}

const PLANE = 0x110000;

/** The distinct gram codes of a string: code points, and (a + 1) · 0x110000 + b for each pair ab. */
export function gramsOf(key: string): number[] {
  const out: number[] = [];
  let prev = -1;
  for (const ch of key) {
    const c = ch.codePointAt(0)!;
    if (!out.includes(c)) out.push(c);
    if (prev >= 0) {
      const pair = (prev + 1) * PLANE + c;
      if (!out.includes(pair)) out.push(pair);
    }
    prev = c;
  }
  return out;
}

/** Collects grams form by form (forms in ascending order) and lays them out as postings. */
export class PostingsBuilder {
  private readonly ids = new Map<number, number>();
  private gramOfForm: Int32Array = new Int32Array(1 << 16);
  private formOfEntry: Int32Array = new Int32Array(1 << 16);
  private size = 0;

  /** Adds the grams of `key` for form `form` (forms must be added in ascending order). */
  add(form: number, key: string): void {
    for (const g of gramsOf(key)) {
      let id = this.ids.get(g);
      if (id === undefined) this.ids.set(g, (id = this.ids.size));
      if (this.size === this.gramOfForm.length) {
        this.gramOfForm = grow(this.gramOfForm);
        this.formOfEntry = grow(this.formOfEntry);
      }
      this.gramOfForm[this.size] = id;
      this.formOfEntry[this.size++] = form;
    }
  }

  /** The postings, grams sorted by code (a counting sort by gram; forms stay ascending). */
  build(): GramPostings {
    const g = this.ids.size;
    const codes = new Float64Array(g);
    for (const [code, id] of this.ids) codes[id] = code;
    const byCode = new Int32Array(g);
    for (let k = 0; k < g; k++) byCode[k] = k;
    byCode.sort((a, b) => codes[a]! - codes[b]!);
    const position = new Int32Array(g);
    for (let k = 0; k < g; k++) position[byCode[k]!] = k;
    const gramStart = new Uint32Array(g + 1);
    for (let s = 0; s < this.size; s++) gramStart[position[this.gramOfForm[s]!]! + 1]!++;
    for (let k = 0; k < g; k++) gramStart[k + 1]! += gramStart[k]!;
    const fill = gramStart.slice(0, g);
    const postings = new Int32Array(this.size);
    for (let s = 0; s < this.size; s++)
      postings[fill[position[this.gramOfForm[s]!]!]!++] = this.formOfEntry[s]!;
    return { gramCodes: Float64Array.from(byCode, (id) => codes[id]!), gramStart, postings };
  }
}

/** The postings of the gram with this code (empty when no form has it). */
export function postingsOf(p: GramPostings, code: number): Int32Array {
  let lo = 0;
  let hi = p.gramCodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (p.gramCodes[mid]! < code) lo = mid + 1;
    else hi = mid;
  }
  if (lo >= p.gramCodes.length || p.gramCodes[lo] !== code) return new Int32Array(0);
  return p.postings.subarray(p.gramStart[lo]!, p.gramStart[lo + 1]!);
}

function grow(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
