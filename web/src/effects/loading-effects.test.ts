import { describe, expect, it } from "vitest";
import type { EntityDetails, PathResult, PathsAnswer } from "../api/api-types.ts";
import { GraphQLClientError } from "../api/graphql-client.ts";
import * as A from "../state/producers.ts";
import { initialAppState } from "../state/app-state.ts";
import { createStore } from "../state/store.ts";
import { DEFAULT_URL_STATE, parseUrlState } from "../state/url-state.ts";
import { followDetails } from "./details-loading.ts";
import { followPath } from "./path-loading.ts";

/** A promise with its resolve and reject at hand. */
function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  let reject: (error: Error) => void = () => undefined;
  const promise = new Promise<T>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}

const details = (id: string): EntityDetails => ({
  id,
  type: "COMPANY",
  name: id,
  nameEn: null,
  aliases: [],
  description: null,
  evidence: [],
  metrics: [],
  relations: [],
});
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("details loading", () => {
  it("loads the details of the entity a link selects, and of each entity selected later", async () => {
    const store = createStore(initialAppState(parseUrlState("?entity=a")));
    const asked: string[] = [];
    followDetails(store, { entity: async (id) => (asked.push(id), details(id)) });
    await settle();
    expect(store.get().details).toEqual({ id: "a", entity: details("a") });
    store.update(A.selectEntity("b"));
    await settle();
    expect(asked).toEqual(["a", "b"]);
    expect(store.get().details).toEqual({ id: "b", entity: details("b") });
  });

  it("drops a late answer for an entity no longer selected, and says why a load failed", async () => {
    const store = createStore(initialAppState(DEFAULT_URL_STATE));
    const answers = new Map([
      ["a", deferred<EntityDetails | null>()],
      ["b", deferred<EntityDetails | null>()],
    ]);
    followDetails(store, { entity: (id) => answers.get(id)?.promise ?? Promise.resolve(null) });
    store.update(A.selectEntity("a"));
    store.update(A.selectEntity("b"));
    answers.get("a")?.resolve(details("a"));
    await settle();
    expect(store.get().details).toEqual({ id: "b", loading: true });
    answers.get("b")?.reject(new GraphQLClientError("graphql", "entity: bad id"));
    await settle();
    expect(store.get().details).toEqual({ id: "b", failed: "entity: bad id" });
  });

  it("keeps the details loading while the server cannot be reached, and loads them once it is back", async () => {
    const store = createStore(initialAppState(parseUrlState("?entity=a")));
    let up = false;
    followDetails(store, {
      entity: async (id) => {
        if (!up) throw new GraphQLClientError("network", "cannot reach /graphql");
        return details(id);
      },
    });
    await settle();
    expect(store.get().details).toEqual({ id: "a", loading: true });
    expect(store.get().connection).toBe("down");
    up = true;
    store.update(A.serverBack);
    await settle();
    expect(store.get().details).toEqual({ id: "a", entity: details("a") });
  });
});

describe("path loading", () => {
  const path: PathResult = { entities: [{ id: "a", type: "ZONE", name: "a", nameEn: null }], relations: [] };
  const end = (id: string) => ({ id, type: "ZONE" as const, name: id, nameEn: null });

  it("finds the paths once asked, highlights the first and frames it", async () => {
    const store = createStore(initialAppState(parseUrlState("?from=a&to=b")));
    const asked: string[] = [];
    const framed: string[][] = [];
    followPath(
      store,
      {
        shortestPaths: async (from, to, k) => (
          asked.push(`${from}→${to}×${k}`),
          { from: end(from), to: end(to), paths: [path] }
        ),
      },
      (ids) => framed.push([...ids]),
    );
    store.update(A.requestPath);
    await settle();
    expect(asked).toEqual(["a→b×3"]);
    expect(store.get().pathTool.result).toEqual({ paths: [path], shown: 0 });
    expect(store.get().selection.path?.nodes).toEqual(["a"]);
    expect(framed).toEqual([["a"]]);
  });

  it("says which end names no entity, and drops an answer that arrives after the tool was cleared", async () => {
    const store = createStore(initialAppState(parseUrlState("?from=a&to=nobody")));
    followPath(store, { shortestPaths: async (from) => ({ from: end(from), to: null, paths: [] }) });
    store.update(A.requestPath);
    await settle();
    expect(store.get().pathTool.result).toEqual({ missing: ["to"] });
    const late = createStore(initialAppState(parseUrlState("?from=a&to=b")));
    const answer = deferred<PathsAnswer>();
    followPath(late, { shortestPaths: () => answer.promise });
    late.update(A.requestPath);
    late.update(A.clearPath);
    answer.resolve({ from: end("a"), to: end("b"), paths: [path] });
    await settle();
    expect(late.get().pathTool.result).toBeNull();
    expect(late.get().selection.path).toBeNull();
  });
});
