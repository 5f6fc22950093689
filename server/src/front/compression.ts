/**
 * Response compression of the front: brotli or gzip as the request's Accept-Encoding allows (brotli
 * first), for compressible answers (JSON, text, scripts, styles, SVG) over MIN_COMPRESSED_BYTES.
 * Answers computed per request are compressed fast (brotli 4, gzip 5); answers that stay the same
 * (files, the GraphiQL page, cached GraphQL answers) are compressed once, harder, and kept.
 */
import { promisify } from "node:util";
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync } from "node:zlib";

/** Answers smaller than this are sent as they are (compression would save next to nothing). */
export const MIN_COMPRESSED_BYTES = 1024;

/** A content coding the front sends. */
export type Encoding = "br" | "gzip";

const COMPRESSIBLE =
  /^(application\/(json|graphql-response\+json|javascript|manifest\+json|xml)|text\/|image\/svg\+xml)/u;

/** Whether an answer of this content type is worth compressing (images and fonts are compressed already). */
export const isCompressible = (contentType: string | undefined): boolean =>
  contentType !== undefined && COMPRESSIBLE.test(contentType);

/**
 * The coding to send for an Accept-Encoding header: br when acceptable, else gzip, else none
 * (q=0 refuses a coding; `*` accepts both).
 */
export function negotiateEncoding(acceptEncoding: string | string[] | undefined): Encoding | null {
  if (acceptEncoding === undefined) return null;
  const header = Array.isArray(acceptEncoding) ? acceptEncoding.join(",") : acceptEncoding;
  const q = new Map<string, number>();
  for (const part of header.split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    if (name === "") continue;
    let weight = 1;
    for (const p of params) {
      const [k, v] = p.trim().split("=");
      if (k === "q" && v !== undefined && Number.isFinite(Number(v))) weight = Number(v);
    }
    q.set(name, weight);
  }
  const accepts = (coding: Encoding): boolean => (q.get(coding) ?? q.get("*") ?? 0) > 0;
  if (accepts("br")) return "br";
  if (accepts("gzip")) return "gzip";
  return null;
}

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** `body` compressed fast, on this thread: for answers computed per request (tens of KB). */
export function compressNow(body: Buffer | string, encoding: Encoding): Buffer {
  return encoding === "br"
    ? brotliCompressSync(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 4,
          [constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(body),
        },
      })
    : gzipSync(body, { level: 5 });
}

/** `body` compressed harder, off the event loop: for answers compressed once and kept. */
export function compressToKeep(body: Buffer, encoding: Encoding): Promise<Buffer> {
  // Quality 9 costs ~0.15 s per MB; the 9 MB GraphiQL page takes quality 6 (~0.6 s, once).
  const quality = body.byteLength > 1024 * 1024 ? 6 : 9;
  return encoding === "br"
    ? brotliAsync(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: quality,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
        },
      })
    : gzipAsync(body, { level: 9 });
}

/** `vary` with Accept-Encoding added (once). */
export function varyAcceptEncoding(vary: string | undefined): string {
  if (vary === undefined || vary.trim() === "") return "Accept-Encoding";
  return /(^|,)\s*(accept-encoding|\*)\s*(,|$)/iu.test(vary) ? vary : `${vary}, Accept-Encoding`;
}
