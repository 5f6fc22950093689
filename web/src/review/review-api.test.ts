// The review page's client: sends the token and the curator's name (percent-encoded), and turns
// the server's error codes into ReviewErrors the page acts on (401, CONFLICT, a refused publish).
import { describe, expect, it } from "vitest";
import { createReviewApi, ReviewError } from "./review-api.ts";
import { sampleDraft } from "./review-fixture.ts";

function server(status: number, body: unknown, seen: Headers[] = []): typeof fetch {
  return (_input, init) => {
    seen.push(new Headers(init?.headers));
    return Promise.resolve(
      new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } }),
    );
  };
}

describe("createReviewApi", () => {
  it("sends the curator's token and name with every call", async () => {
    const seen: Headers[] = [];
    const api = createReviewApi(
      "/graphql",
      () => ({ token: "tok-1234567890abcdef", curator: "王芳" }),
      server(200, { data: { drafts: [] } }, seen),
    );
    expect(await api.openDrafts()).toEqual([]);
    expect(seen[0]?.get("authorization")).toBe("Bearer tok-1234567890abcdef");
    expect(decodeURIComponent(seen[0]?.get("x-zonegraph-curator") ?? "")).toBe("王芳");
  });

  it("says UNAUTHENTICATED when the server refuses the token", async () => {
    const api = createReviewApi(
      "/graphql",
      () => ({ token: "wrong", curator: "x" }),
      server(401, {
        errors: [{ message: "The curator token is wrong", extensions: { code: "UNAUTHENTICATED" } }],
      }),
    );
    const error = await api.openDrafts().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReviewError);
    expect((error as ReviewError).code).toBe("UNAUTHENTICATED");
  });

  it("keeps the code and the loader's message of a refused publish, and CONFLICT of a stale version", async () => {
    const refused = createReviewApi(
      "/graphql",
      () => null,
      server(200, {
        data: null,
        errors: [
          { message: "1 error loading: name claimed twice", extensions: { code: "PUBLISH_REJECTED" } },
        ],
      }),
    );
    const error = (await refused.publish(sampleDraft()).catch((e: unknown) => e)) as ReviewError;
    expect(error.code).toBe("PUBLISH_REJECTED");
    expect(error.message).toContain("name claimed twice");
    const stale = createReviewApi(
      "/graphql",
      () => null,
      server(200, {
        data: null,
        errors: [{ message: "at version 2, not 1", extensions: { code: "CONFLICT" } }],
      }),
    );
    expect(((await stale.decide(sampleDraft(), []).catch((e: unknown) => e)) as ReviewError).code).toBe(
      "CONFLICT",
    );
  });

  it("says NETWORK when the server cannot be reached", async () => {
    const api = createReviewApi(
      "/graphql",
      () => null,
      () => Promise.reject(new TypeError("fetch failed")),
    );
    expect(((await api.openDrafts().catch((e: unknown) => e)) as ReviewError).code).toBe("NETWORK");
  });
});
