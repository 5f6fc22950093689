/**
 * The picture of a zone on the corpus in Chromium: members on rings by hops inside the
 * counterparties, the legend counting what is shown, labels that never overlap nor sit under a
 * panel, the same picture when the zone is opened again, dragging pins a node, an edge tells its
 * relation on hover, and the filters by hops, role and stated/inferred relations.
 */
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { openExplorer, screenshot } from "./browser.ts";
import { browserPerFile } from "./browser-per-file.ts";
import { entityId } from "./entity-id.ts";

const baseUrl = inject("baseUrl");
const { browser } = browserPerFile();

const idOf = (query: string) => entityId(baseUrl, query);

/** Opens the explorer on a zone and waits until its rings are drawn. */
async function openZone(zone: string, width = 1440, lang = "zh"): Promise<Page> {
  const page = await openExplorer(
    browser(),
    baseUrl,
    `/?zone=${encodeURIComponent(zone)}&lang=${lang}`,
    undefined,
    width,
  );
  await page.waitForFunction(() => {
    const tied = window.__zonegraph?.store.get().tied;
    return typeof tied === "object" && tied !== null && "items" in tied;
  });
  await page.evaluate(() => window.__zonegraph?.view?.nextRender());
  return page;
}

/** Distance of each visible tied node from the zone, with its role and hops. */
function ringDistances(page: Page, zone: string) {
  return page.evaluate((z) => {
    const g = window.__zonegraph?.graph;
    if (!g) throw new Error("no graph");
    const c = g.getNodeAttributes(z);
    return g
      .filterNodes((id, a) => !a.hidden && id !== z && a.role !== null)
      .map((id) => {
        const a = g.getNodeAttributes(id);
        return { id, role: a.role, hops: a.hops, d: Math.hypot(a.x - c.x, a.y - c.y) };
      });
  }, zone);
}

/** Page coordinates of a point of the graph. */
function toPage(page: Page, p: { x: number; y: number }) {
  return page.evaluate((q) => {
    const view = window.__zonegraph?.view;
    if (!view) throw new Error("no view");
    const v = view.sigma.graphToViewport(q);
    const r = view.sigma.getContainer().getBoundingClientRect();
    return { x: r.left + v.x, y: r.top + v.y };
  }, p);
}

const overlap = (a: { x: number; y: number; w: number; h: number }, b: typeof a) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe("the picture of a zone", () => {
  it("puts members on rings by hops and counterparties outside them, and counts what it shows", async () => {
    const zone = await idOf("石河子开发区");
    const page = await openZone(zone);
    const nodes = await ringDistances(page, zone);
    const members = nodes.filter((n) => n.role === "MEMBER");
    const counterparties = nodes.filter((n) => n.role === "COUNTERPARTY");
    expect(members.length).toBeGreaterThan(0);
    expect(counterparties.length).toBeGreaterThan(0);
    expect(Math.max(...members.map((n) => n.d))).toBeLessThan(Math.min(...counterparties.map((n) => n.d)));
    // The legend counts the companies on screen, not those of the whole graph.
    const shown = await page.evaluate(
      () =>
        window.__zonegraph?.graph?.filterNodes((_id, a) => !a.hidden && a.entityType === "COMPANY").length,
    );
    expect(await page.getByTestId("legend").locator("[data-type=COMPANY] .legend-count").textContent()).toBe(
      String(shown),
    );
    await screenshot(page, "zone-rings-shihezi-1440");
    await page.close();
  });

  it("draws labels that never overlap and none under the legend, in English too", async () => {
    for (const [width, lang] of [
      [1440, "zh"],
      [1024, "en"],
    ] as const) {
      const page = await openZone(await idOf("包头稀土高新区"), width, lang);
      const { drawn, covered } = await page.evaluate(
        () => window.__zonegraph?.view?.labels() ?? { drawn: [], covered: [] },
      );
      expect(drawn.length).toBeGreaterThan(5);
      for (let i = 0; i < drawn.length; i++) {
        for (let j = i + 1; j < drawn.length; j++) expect(overlap(drawn[i]!.box, drawn[j]!.box)).toBe(false);
        for (const panel of covered) expect(overlap(drawn[i]!.box, panel)).toBe(false);
      }
      expect(
        drawn.some(
          (l) =>
            l.text === (lang === "zh" ? "包头稀土高新区" : "Baotou Rare Earth Hi-tech Zone") ||
            l.text.startsWith("Baotou"),
        ),
      ).toBe(true);
      await screenshot(page, `zone-labels-baotou-${width}-${lang}`);
      await page.close();
    }
  });

  it("gives the same picture when the zone is opened again, and keeps a dragged node where it was put", async () => {
    const zone = await idOf("包头稀土高新区");
    const page = await openZone(zone);
    const positions = () =>
      page.evaluate(() => {
        const g = window.__zonegraph?.graph;
        return g
          ? g
              .filterNodes((_id, a) => !a.hidden)
              .map((id) => [id, g.getNodeAttribute(id, "x"), g.getNodeAttribute(id, "y")])
          : [];
      });
    const first = await positions();
    // Drag a member somewhere else.
    const member = await page.evaluate(
      (z) =>
        window.__zonegraph?.graph?.findNode((id, a) => !a.hidden && a.role === "MEMBER" && id !== z) ?? "",
      zone,
    );
    const from = await page.evaluate((id) => window.__zonegraph?.graph?.getNodeAttributes(id), member);
    const start = await toPage(page, { x: from?.x ?? 0, y: from?.y ?? 0 });
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x + 60, start.y + 40, { steps: 6 });
    await page.mouse.up();
    const moved = await page.evaluate((id) => window.__zonegraph?.graph?.getNodeAttributes(id), member);
    expect(moved?.fixed).toBe(true);
    expect(Math.hypot((moved?.x ?? 0) - (from?.x ?? 0), (moved?.y ?? 0) - (from?.y ?? 0))).toBeGreaterThan(0);
    // Away and back: the others are where they were, the dragged node where it was put.
    await page.getByTestId("zone-select").selectOption(await idOf("石河子开发区"));
    await page.waitForFunction(
      (z) => window.__zonegraph?.store.get().filters.zoneId === z,
      await idOf("石河子开发区"),
    );
    await page.getByTestId("zone-select").selectOption(zone);
    await page.waitForFunction((z) => {
      const s = window.__zonegraph?.store.get();
      return s?.filters.zoneId === z && s.filters.tied !== null;
    }, zone);
    const again = await positions();
    const byId = new Map(again.map(([id, x, y]) => [id, [x, y]]));
    for (const [id, x, y] of first) {
      if (id === member) expect(byId.get(id as string)).toEqual([moved?.x, moved?.y]);
      else expect(byId.get(id as string)).toEqual([x, y]);
    }
    await page.close();
  });

  it("says the relation type and title of an edge under the pointer", async () => {
    const zone = await idOf("包头稀土高新区");
    const page = await openZone(zone);
    const edge = await page.evaluate(() => {
      const g = window.__zonegraph?.graph;
      const id = g?.findEdge(
        (_e, a, s, t) =>
          a.relationType === "ROLE_AT" &&
          !g.getNodeAttribute(s, "hidden") &&
          !g.getNodeAttribute(t, "hidden"),
      );
      if (!g || !id) return null;
      const [s, t] = g.extremities(id);
      const a = g.getNodeAttributes(s);
      const b = g.getNodeAttributes(t);
      return { id, x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    });
    expect(edge).not.toBeNull();
    const p = await toPage(page, { x: edge?.x ?? 0, y: edge?.y ?? 0 });
    await page.mouse.move(p.x, p.y);
    const tooltip = page.getByTestId("edge-tooltip");
    await tooltip.waitFor();
    expect(await tooltip.textContent()).toContain("任职于");
    await page.close();
  });

  it("filters by hops, role and stated or inferred relations", async () => {
    const zone = await idOf("包头稀土高新区");
    const page = await openZone(zone);
    const visible = (hops: number) =>
      page.evaluate(
        (h) => window.__zonegraph?.graph?.filterNodes((_id, a) => !a.hidden && a.hops === h).length ?? 0,
        hops,
      );
    expect(await visible(2)).toBeGreaterThan(0);
    await page.getByTestId("filters-body").locator("summary").first().click();
    await page.getByTestId("filter-hops").selectOption("1");
    expect(await visible(2)).toBe(0);
    expect(await visible(1)).toBeGreaterThan(0);
    await page.getByTestId("filter-hops").selectOption("");
    const inferredShown = () =>
      page.evaluate(
        () => window.__zonegraph?.graph?.filterEdges((_e, a) => a.inferred && !a.hidden).length ?? 0,
      );
    expect(await inferredShown()).toBeGreaterThan(0);
    await page.getByTestId("filter-kind").selectOption("stated");
    expect(await inferredShown()).toBe(0);
    await page.getByTestId("filters").locator("[data-role=MEMBER]").click();
    const members = await page.evaluate(
      () => window.__zonegraph?.graph?.filterNodes((_id, a) => !a.hidden && a.role === "MEMBER").length ?? -1,
    );
    expect(members).toBe(0);
    await page.close();
  });
});
