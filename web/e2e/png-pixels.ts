/**
 * A tiny PNG decoder (8-bit RGB/RGBA, non-interlaced, as Chromium writes screenshots) with
 * node's zlib, to count the pixels of a screenshot that differ from the background.
 */
import { inflateSync } from "node:zlib";

/** A decoded image: width, height and RGBA bytes. */
export interface Pixels {
  width: number;
  height: number;
  rgba: Uint8Array;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Decodes a PNG file. */
export function decodePng(png: Buffer): Pixels {
  if (png.readUInt32BE(0) !== 0x89504e47) throw new Error("web/e2e/png-pixels: not a PNG");
  let offset = 8;
  let width = 0;
  let height = 0;
  let colorType = 0;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString("ascii", offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === "IHDR") {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (data[8] !== 8 || data[12] !== 0)
        throw new Error("web/e2e/png-pixels: only 8-bit non-interlaced PNGs");
      colorType = data[9] ?? 0;
    } else if (type === "IDAT") idat.push(data);
    offset += 12 + length;
  }
  const channels = colorType === 6 ? 4 : colorType === 2 ? 3 : 0;
  if (channels === 0) throw new Error(`web/e2e/png-pixels: colour type ${colorType} not supported`);
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = new Uint8Array(width * height * 4);
  const prev = new Uint8Array(stride);
  const line = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)] ?? 0;
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x] ?? 0;
      const a = x >= channels ? (line[x - channels] ?? 0) : 0;
      const b = prev[x] ?? 0;
      const c = x >= channels ? (prev[x - channels] ?? 0) : 0;
      const predictor =
        filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1 : filter === 4 ? paeth(a, b, c) : 0;
      line[x] = (v + predictor) & 0xff;
    }
    for (let x = 0; x < width; x++) {
      for (let k = 0; k < 3; k++) out[(y * width + x) * 4 + k] = line[x * channels + k] ?? 0;
      out[(y * width + x) * 4 + 3] = channels === 4 ? (line[x * channels + 3] ?? 255) : 255;
    }
    prev.set(line);
  }
  return { width, height, rgba: out };
}

/** Number of pixels that differ from the background colour by more than `tolerance` on a channel. */
export function countNonBackground(
  pixels: Pixels,
  background: [number, number, number] = [255, 255, 255],
  tolerance = 24,
): number {
  let count = 0;
  for (let i = 0; i < pixels.width * pixels.height; i++) {
    const r = pixels.rgba[i * 4] ?? 0;
    const g = pixels.rgba[i * 4 + 1] ?? 0;
    const b = pixels.rgba[i * 4 + 2] ?? 0;
    if (
      Math.abs(r - background[0]) > tolerance ||
      Math.abs(g - background[1]) > tolerance ||
      Math.abs(b - background[2]) > tolerance
    )
      count++;
  }
  return count;
}

/** Number of distinct colours with at least `minPixels` pixels (coarsely quantised). */
export function distinctColours(pixels: Pixels, minPixels = 20): number {
  const counts = new Map<number, number>();
  for (let i = 0; i < pixels.width * pixels.height; i++) {
    const key =
      ((pixels.rgba[i * 4] ?? 0) >> 4) * 256 +
      ((pixels.rgba[i * 4 + 1] ?? 0) >> 4) * 16 +
      ((pixels.rgba[i * 4 + 2] ?? 0) >> 4);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.values()].filter((n) => n >= minPixels).length;
}
