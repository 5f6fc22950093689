/**
 * The explorer follows the graph version (issue 12, "Live") in Chromium against a real server on a
 * copy of the curated folder: with a zone's view open and an entity selected, a new company located
 * in that zone is published through the API, and — without a reload — it appears on the canvas while
 * the zone, the selection, the zoom and the address stay as the user left them.
 */
import { describe, expect, it } from "vitest";
import { openExplorer, screenshot, waitForLayoutStop } from "./browser.ts";
import { browserPerFile } from "./browser-per-file.ts";
import { curatedGql, startCuratedServer } from "./curated-server.ts";
import { publishArticle } from "./publish-article.ts";

const TOKEN = "live-refresh-e2e-token-0123456789";
const ZONE = "baotou-rare-earth-hi-tech-zone";
const COMPANY = "包头辰星磁材科技有限公司";
const ARTICLE =
  "近日,包头辰星磁材科技有限公司在包头稀土高新区正式投产。辰星磁材位于包头稀土高新区,主要生产烧结钕铁硼磁体。";

const { browser, server } = browserPerFile(() => startCuratedServer(TOKEN));

/** The first company the server ties to ZONE (the entity the user has selected). */
async function companyInZone(): Promise<string> {
  const answer = await curatedGql<{
    tiedToZone: { edges: { node: { entity: { rawId: string } } }[] };
  }>(
    server(),
    `{ tiedToZone(zoneId: "${ZONE}", types: [COMPANY], first: 1) { edges { node { entity { rawId } } } } }`,
  );
  const id = answer.data?.tiedToZone.edges[0]?.node.entity.rawId;
  if (id === undefined) throw new Error(`web/e2e/live-refresh: no company tied to ${ZONE}`);
  return id;
}

describe("the explorer after a publish elsewhere", () => {
  it("draws the new company in the zone's view without a reload, keeping zone, selection, zoom and address", async () => {
    const selected = await companyInZone();
    const page = await openExplorer(browser(), server().baseUrl, `/?zone=${ZONE}&entity=${selected}`);
    // The view is the zone's, the entity is selected, and the details have loaded.
    await page.waitForFunction(
      ({ zone, id }) => {
        const s = window.__zonegraph?.store.get();
        return (
          s?.filters.zoneId === zone &&
          s.selection.selected === id &&
          typeof s.tied === "object" &&
          s.tied !== null &&
          "items" in s.tied
        );
      },
      { zone: ZONE, id: selected },
      { timeout: 30_000 },
    );
    await waitForLayoutStop(page);
    const urlBefore = page.url();
    const cameraOf = () =>
      page.evaluate(() => {
        const { ratio, angle } = window.__zonegraph!.view!.sigma.getCamera().getState();
        return { ratio, angle };
      });
    // The user zooms in.
    await page.evaluate(() => window.__zonegraph!.view!.sigma.getCamera().setState({ ratio: 0.6 }));
    const cameraBefore = await cameraOf();
    expect(cameraBefore.ratio).toBe(0.6);
    const namesBefore = await page.evaluate(() =>
      (window.__zonegraph?.graph?.mapNodes((_, a: { label?: unknown }) => a.label) ?? []).map(String),
    );
    expect(namesBefore).not.toContain(COMPANY);
    // A mark on this document: a reload would drop it.
    await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
    let navigations = 0;
    page.on("framenavigated", (frame) => {
      if (frame === page.mainFrame()) navigations++;
    });

    const published = await publishArticle(server(), TOKEN, {
      title: "辰星磁材落户包头稀土高新区",
      text: ARTICLE,
      company: COMPANY,
      zone: ZONE,
    });

    // The explorer polls stats.graphVersion every 4 s: the company is on the canvas within ~10 s.
    await page.waitForFunction(
      (id) => {
        const graph = window.__zonegraph?.graph;
        return graph?.hasNode(id) === true && graph.getNodeAttribute(id, "hidden") !== true;
      },
      published.companyId,
      { timeout: 10_000 },
    );
    const after = await page.evaluate(() => {
      const s = window.__zonegraph!.store.get();
      return {
        zone: s.filters.zoneId,
        selected: s.selection.selected,
        sameDocument: (window as { __sameDocument?: boolean }).__sameDocument === true,
      };
    });
    expect(after).toEqual({ zone: ZONE, selected, sameDocument: true });
    expect(page.url()).toBe(urlBefore);
    expect(navigations).toBe(0);
    // The zoom the user had is kept.
    expect(await cameraOf()).toEqual(cameraBefore);
    // The selected entity's details are shown again once reloaded.
    await page.waitForFunction((id) => {
      const d = window.__zonegraph?.store.get().details;
      return d?.id === id && "entity" in d && d.entity !== null;
    }, selected);
    await screenshot(page, "live-refresh-after-publish");
  });
});
