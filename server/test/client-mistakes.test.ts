// Client mistakes are 4xx answers naming what was wrong, never 500s with a stack trace in the log:
// malformed `variables`/`extensions` in a GET query string or a form body, a body that is not JSON,
// a multipart body; and no error answer echoes the request body back.
import { afterEach, describe, expect, it, vi } from "vitest";
import { createApp } from "../src/app/create-app.ts";
import { twoZoneGraph } from "./fixtures/two-zones.ts";

const app = createApp(twoZoneGraph(), { webDist: "/nonexistent" });
const QUERY = encodeURIComponent("{ stats { entityCount } }");
const SECRET = "SECRET-TOKEN-42";

async function answer(url: string, init?: RequestInit): Promise<{ status: number; text: string }> {
  const r = await app.fetch(`http://localhost${url}`, init ?? {});
  return { status: r.status, text: await r.text() };
}
const message = (text: string): string =>
  (JSON.parse(text) as { errors: { message: string }[] }).errors[0]?.message ?? "";
const form = (body: string): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/x-www-form-urlencoded" },
  body,
});

afterEach(() => vi.restoreAllMocks());

describe("client mistakes", () => {
  it("answers 400 naming the parameter for malformed variables or extensions in a GET", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const vars = await answer(`/graphql?query=${QUERY}&variables=%7B${SECRET}`);
    expect(vars.status).toBe(400);
    expect(message(vars.text)).toContain('"variables" parameter of the query string');
    expect(vars.text).toContain("BAD_REQUEST");
    const ext = await answer(`/graphql?query=${QUERY}&extensions=%7B${SECRET}`);
    expect(ext.status).toBe(400);
    expect(message(ext.text)).toContain('"extensions" parameter of the query string');
    expect(logged).not.toHaveBeenCalled();
  });

  it("answers 400 for malformed variables or extensions in a form body", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const vars = await answer("/graphql", form(`query=${QUERY}&variables=%7B${SECRET}`));
    expect(vars.status).toBe(400);
    expect(message(vars.text)).toContain('"variables" parameter of the form body');
    const ext = await answer("/graphql", form(`query=${QUERY}&extensions=${SECRET}`));
    expect(ext.status).toBe(400);
    expect(message(ext.text)).toContain('"extensions" parameter of the form body');
    expect(logged).not.toHaveBeenCalled();
  });

  it("still answers well-formed GET and form requests", async () => {
    const get = await answer(`/graphql?query=${QUERY}&variables=%7B%7D`);
    expect(JSON.parse(get.text)).toEqual({ data: { stats: { entityCount: 20 } } });
    const posted = await answer("/graphql", form(`query=${QUERY}&variables=%7B%7D&extensions=%7B%7D`));
    expect(JSON.parse(posted.text)).toEqual({ data: { stats: { entityCount: 20 } } });
  });

  it("answers a body that is not JSON with 400, without quoting the body", async () => {
    const r = await answer("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: `{"query": "${SECRET}`,
    });
    expect(r.status).toBe(400);
    expect(r.text).toContain("POST body sent invalid JSON.");
    expect(r.text).not.toContain(SECRET);
  });

  it("refuses multipart bodies (no uploads) with 415", async () => {
    const body = new FormData();
    body.set("operations", `{${SECRET}`);
    body.set("map", "{}");
    const r = await answer("/graphql", { method: "POST", body });
    expect(r.status).toBe(415);
    expect(r.text).not.toContain(SECRET);
  });
});
