/**
 * Reads a request body up to a limit. Past it the read stops at once — one byte too many is kept
 * (so yoga, given the body, answers 413 as it would have), the rest is neither buffered nor
 * waited for: a slow chunked body over the limit gets its 413 when the limit is crossed, not when
 * the client ends it (the front then closes the connection).
 */
import type { IncomingMessage } from "node:http";

/** A body as read: its bytes (at most limit + 1) and whether it went over the limit. */
export interface ReadBody {
  body: Buffer;
  over: boolean;
}

/** Reads `req`'s body, keeping at most `limit` + 1 bytes; resolves as soon as it goes over. */
export function readBody(req: IncomingMessage, limit: number): Promise<ReadBody> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    const onData = (chunk: Buffer): void => {
      chunks.push(chunk);
      length += chunk.byteLength;
      if (length <= limit) return;
      req.off("data", onData);
      req.off("end", onEnd);
      req.pause();
      resolve({ body: Buffer.concat(chunks, length).subarray(0, limit + 1), over: true });
    };
    const onEnd = (): void => {
      resolve({ body: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, length), over: false });
    };
    req.on("data", onData);
    req.on("end", onEnd);
    req.on("error", reject);
  });
}
