/**
 * Character and bigram postings for substring search: every gram of a form maps to the
 * ascending form indices containing it; a substring match lies in each of its grams' lists.
 */

/** The distinct characters and character bigrams of a key. */
export function gramsOf(key: string): Set<string> {
  const chars = [...key];
  const out = new Set<string>(chars);
  for (let k = 0; k + 1 < chars.length; k++) out.add(chars[k]! + chars[k + 1]!);
  return out;
}

/**
 * Builds one Int32Array per gram by counting, from the grams of each form: form f's gram ids are
 * gramOfForm[gramStart[f] .. gramStart[f+1]).
 */
export function buildPostings(gramIds: Map<string, number>, gramOfForm: readonly number[], gramStart: readonly number[]): Map<string, Int32Array> {
  const counts = new Int32Array(gramIds.size);
  for (const id of gramOfForm) counts[id]!++;
  const lists = Array.from(counts, (c) => new Int32Array(c));
  counts.fill(0);
  for (let f = 0; f + 1 < gramStart.length; f++) {
    for (let k = gramStart[f]!; k < gramStart[f + 1]!; k++) {
      const id = gramOfForm[k]!;
      lists[id]![counts[id]!++] = f;
    }
  }
  const postings = new Map<string, Int32Array>();
  for (const [g, id] of gramIds) postings.set(g, lists[id]!);
  return postings;
}
