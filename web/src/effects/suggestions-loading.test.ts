import { describe, expect, it } from "vitest";
import type { SearchHitItem } from "../api/api-types.ts";
import { GraphQLClientError } from "../api/graphql-client.ts";
import { initialAppState } from "../state/app-state.ts";
import * as A from "../state/producers.ts";
import { createStore } from "../state/store.ts";
import { DEFAULT_URL_STATE } from "../state/url-state.ts";
import { followSuggestions } from "./suggestions-loading.ts";

const hit = (id: string): SearchHitItem => ({
  score: 1,
  matched: id,
  entity: { id, type: "COMPANY", name: id, nameEn: null, aliases: [] },
});
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A search answering `<query>-1` after `delay(query)` ms, recording what was asked. */
function fakeSearch(delay: (query: string) => number = () => 0) {
  const asked: string[] = [];
  return {
    asked,
    search: async (query: string) => {
      asked.push(query);
      await wait(delay(query));
      return [hit(`${query}-1`)];
    },
  };
}

describe("suggestions loading", () => {
  it("searches once the typing pauses, for the last text only", async () => {
    const store = createStore(initialAppState(DEFAULT_URL_STATE));
    const api = fakeSearch();
    followSuggestions(store, api, () => undefined, 20);
    for (const text of ["b", "ba", "bao"]) store.update(A.typeQuery("search", text));
    await wait(60);
    expect(api.asked).toEqual(["bao"]);
    expect(store.get().suggestions.search.list.items.map((i) => i.entity.id)).toEqual(["bao-1"]);
  });

  it("drops a slow answer to text typed before", async () => {
    const store = createStore(initialAppState(DEFAULT_URL_STATE));
    const api = fakeSearch((q) => (q === "slow" ? 80 : 0));
    followSuggestions(store, api, () => undefined, 5);
    store.update(A.typeQuery("path-from", "slow"));
    await wait(20);
    store.update(A.typeQuery("path-from", "fast"));
    await wait(120);
    expect(api.asked).toEqual(["slow", "fast"]);
    expect(store.get().suggestions["path-from"].list.items.map((i) => i.entity.id)).toEqual(["fast-1"]);
  });

  it("searches at once on an early Enter and chooses the first suggestion", async () => {
    const store = createStore(initialAppState(DEFAULT_URL_STATE));
    const api = fakeSearch();
    const chosen: string[] = [];
    followSuggestions(store, api, (box, h) => chosen.push(`${box}:${h.entity.id}`), 10_000);
    store.update(A.typeQuery("search", "weifeng"));
    store.update(A.chooseFirstWhenLoaded("search"));
    await wait(10);
    expect(chosen).toEqual(["search:weifeng-1"]);
  });

  it("says the search failed instead of 'no match', and waits for a server it cannot reach", async () => {
    const store = createStore(initialAppState(DEFAULT_URL_STATE));
    const refused = new GraphQLClientError("graphql", "query too complex");
    followSuggestions(store, { search: () => Promise.reject(refused) }, () => undefined, 0);
    store.update(A.typeQuery("search", "x"));
    await wait(10);
    expect(store.get().suggestions.search.status).toBe("failed");
    let up = false;
    const down = createStore(initialAppState(DEFAULT_URL_STATE));
    const search = async (q: string) => {
      if (!up) throw new GraphQLClientError("network", "cannot reach /graphql");
      return [hit(`${q}-1`)];
    };
    followSuggestions(down, { search }, () => undefined, 0);
    down.update(A.typeQuery("search", "x"));
    await wait(10);
    expect(down.get().connection).toBe("down");
    expect(down.get().suggestions.search.status).toBe("loading");
    up = true;
    down.update(A.serverBack);
    await wait(10);
    expect(down.get().suggestions.search.list.items.map((i) => i.entity.id)).toEqual(["x-1"]);
  });
});
