/**
 * Reads a request body up to a limit: past it one byte too many is kept (so yoga, given the body,
 * answers 413 as it would have) and the rest is dropped, not buffered.
 */
import type { IncomingMessage } from "node:http";

/** A body as read: its bytes (at most limit + 1) and whether it went over the limit. */
export interface ReadBody {
  body: Buffer;
  over: boolean;
}

/** Reads `req`'s body, keeping at most `limit` + 1 bytes. */
export function readBody(req: IncomingMessage, limit: number): Promise<ReadBody> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    req.on("data", (chunk: Buffer) => {
      if (length > limit) return;
      chunks.push(chunk);
      length += chunk.byteLength;
    });
    req.on("error", reject);
    req.on("end", () => {
      const body = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, length);
      resolve(length > limit ? { body: body.subarray(0, limit + 1), over: true } : { body, over: false });
    });
  });
}
