/**
 * StringColumn: many strings stored as bytes plus byte offsets. An eager column (latin1 or
 * UTF-16LE) decodes its whole text once and slices items out; a lazy column decodes an item only
 * when asked, so columns nobody reads at start-up (relation ids, extra attributes) cost nothing.
 */

/** How a column's characters are stored. */
export type ColumnEncoding = "latin1" | "utf16le" | "utf8";

/** A read-only list of strings backed by bytes and `length + 1` byte offsets. */
export class StringColumn {
  /** Number of items. */
  readonly length: number;
  private readonly text: string | undefined;
  private readonly unit: number;

  /** `offsets[i] .. offsets[i + 1]` are the bytes of item i; `eager` decodes everything now. */
  constructor(
    private readonly bytes: Buffer,
    readonly offsets: Uint32Array,
    readonly encoding: ColumnEncoding,
    eager: boolean,
  ) {
    this.length = Math.max(0, offsets.length - 1);
    this.unit = encoding === "utf16le" ? 2 : 1;
    this.text = eager && encoding !== "utf8" ? bytes.toString(encoding) : undefined;
  }

  /** Encode a list of strings: latin1 when every character fits, else `wide` (for writing). */
  static encode(
    items: readonly string[],
    wide: "utf16le" | "utf8",
  ): { bytes: Buffer; offsets: Uint32Array; encoding: ColumnEncoding } {
    let encoding: ColumnEncoding = "latin1";
    for (const item of items) {
      for (let i = 0; i < item.length && encoding === "latin1"; i++)
        if (item.charCodeAt(i) > 0xff) encoding = wide;
      if (encoding !== "latin1") break;
    }
    const offsets = new Uint32Array(items.length + 1);
    const bytes = Buffer.from(items.join(""), encoding);
    if (encoding === "utf8") {
      for (let i = 0; i < items.length; i++)
        offsets[i + 1] = (offsets[i] ?? 0) + Buffer.byteLength(items[i] ?? "", "utf8");
    } else {
      const unit = encoding === "utf16le" ? 2 : 1;
      for (let i = 0; i < items.length; i++)
        offsets[i + 1] = (offsets[i] ?? 0) + (items[i] ?? "").length * unit;
    }
    return { bytes, offsets, encoding };
  }

  /** Item `i` ("" when out of range). */
  get(i: number): string {
    const from = this.offsets[i] ?? 0;
    const to = this.offsets[i + 1] ?? from;
    if (this.text !== undefined) return this.text.slice(from / this.unit, to / this.unit);
    return this.bytes.toString(this.encoding, from, to);
  }

  /** Every item, in order. */
  toArray(): string[] {
    const out = new Array<string>(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this.get(i);
    return out;
  }
}
