// Test set-up for comparing the front's answers with yoga's: a handler served on a free local
// port (closed after the file's tests), and an answer with the headers that differ between two
// servers by design (date, which executor ran, cache hit or miss) left out.
import { createServer, type RequestListener } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll } from "vitest";
import { EXEC_HEADER } from "../src/front/request-handler.ts";
import { CACHE_HEADER } from "../src/front/response-cache.ts";

/** An HTTP answer as the tests compare it. */
export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Serves `handler` on 127.0.0.1 at a free port until the file's tests end; returns its base URL. */
export async function listenLocal(handler: RequestListener): Promise<string> {
  const server = createServer(handler);
  afterAll(() => {
    server.close();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** `answer` without its date, executor and cache headers, which two servers never share. */
export function comparable(answer: Answer): Answer {
  const { date: _d, [EXEC_HEADER]: _e, [CACHE_HEADER]: _c, ...headers } = answer.headers;
  return { status: answer.status, headers, body: answer.body };
}
