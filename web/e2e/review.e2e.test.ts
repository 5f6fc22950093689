/**
 * The review page (/review) in Chromium against a real server on a copy of the curated folder: an
 * article written for this test (a new company in 包头稀土高新区) is pasted, reviewed by keyboard
 * (accept, link, reject, a span edit, a fact added from selected text) and published; the company is
 * then tied to the zone (GraphQL) and drawn on the explorer's canvas. Also: a wrong token, a second
 * tab that gets CONFLICT and recovers, and a publish the loader refuses.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { screenshot } from "./browser.ts";
import { browserPerFile } from "./browser-per-file.ts";
import { curatedGql, startCuratedServer } from "./curated-server.ts";

const TOKEN = "review-e2e-token-0123456789";
const ZONE = "baotou-rare-earth-hi-tech-zone";
const ARTICLE =
  "近日,包头恒达磁电科技有限公司在包头稀土高新区建成投产。恒达磁电位于包头稀土高新区,现有专职研发人员120人。" +
  "公司总经理李伟表示,将与内蒙古科技大学共建稀土永磁材料研发中心。";

const { browser, server } = browserPerFile(() => startCuratedServer(TOKEN));

/** Opens the review page in a fresh browser context (its own session), `width` px wide. */
async function openReview(path: string, width = 1440): Promise<Page> {
  const context = await browser().newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  page.on("pageerror", (error) => console.error(`page error: ${error.message}`));
  await page.goto(`${server().baseUrl}${path}`);
  return page;
}

async function signIn(page: Page, name = "王芳"): Promise<void> {
  await page.getByLabel(/你的名字|Your name/u).fill(name);
  await page.locator("form.sign-in button[type=submit]").click();
}

/** A draft of ARTICLE made through the API (for the tests that start from one). */
async function ingestByApi(title: string): Promise<string> {
  const answer = await curatedGql<{ ingestArticle: { id: string } }>(
    server(),
    "mutation($i: IngestArticleInput!) { ingestArticle(input: $i) { id } }",
    { i: { title, publication: "测试日报", text: ARTICLE } },
    TOKEN,
  );
  if (!answer.data) throw new Error(`web/e2e/review: ingest failed: ${JSON.stringify(answer.errors)}`);
  return answer.data.ingestArticle.id;
}

const COMPANY = "包头恒达磁电科技有限公司";
const COMPANY_ROW = `.proposal[data-name="${COMPANY}"]`;
const ZONE_ROW = '.proposal[data-name="包头稀土高新区"][data-type="ZONE"]';

const decisionOf = (page: Page, row: string) => page.locator(row).getAttribute("data-decision");
const current = (page: Page) => page.locator(".proposal.current").getAttribute("data-id");

/** What a proposal row says about itself. */
interface Row {
  id: string;
  kind: string;
  type: string | null;
  name: string | null;
}

async function currentRow(page: Page): Promise<Row> {
  return page.locator(".proposal.current").evaluate((r) => ({
    id: r.getAttribute("data-id") ?? "",
    kind: r.getAttribute("data-kind") ?? "",
    type: r.getAttribute("data-type"),
    name: r.getAttribute("data-name"),
  }));
}

/** Decides every proposal in review order by the keys `keys` gives for it (the focus moves on by itself). */
async function decideAll(page: Page, keys: (row: Row) => string[]): Promise<void> {
  const count = await page.locator(".proposal").count();
  for (let i = 0; i < count; i++) {
    const row = await currentRow(page);
    for (const key of keys(row)) await page.keyboard.press(key);
    await expect.poll(() => decisionOf(page, `[data-id="${row.id}"]`)).not.toBe("PROPOSED");
  }
}

/** Presses j until the proposal in focus is `row`; its id. */
async function goTo(page: Page, row: string): Promise<string> {
  const id = (await page.locator(row).getAttribute("data-id")) ?? "";
  for (let i = 0; i < 50 && (await current(page)) !== id; i++) await page.keyboard.press("j");
  expect(await current(page)).toBe(id);
  return id;
}

async function graphVersion(): Promise<number> {
  const answer = await curatedGql<{ stats: { graphVersion: number } }>(
    server(),
    "{ stats { graphVersion } }",
  );
  return answer.data?.stats.graphVersion ?? -1;
}

describe("the review page", () => {
  it("takes #token= once, reviews a pasted article by keyboard, publishes it, and the explorer shows the new company in its zone", async () => {
    const page = await openReview(`/review#token=${TOKEN}`);
    // The token leaves the address bar; only the name is asked.
    expect(page.url()).toBe(`${server().baseUrl}/review`);
    await expect.poll(() => page.locator("#curator-token").isVisible()).toBe(false);
    await screenshot(page, "review-sign-in-1440-zh");
    await signIn(page);

    await page.getByLabel("标题").fill("恒达磁电落户包头稀土高新区");
    await page.getByLabel("媒体").fill("测试日报");
    await page.getByLabel("日期").fill("2024-03-05");
    await page.getByLabel("作者（逗号分隔）").fill("张三, 李四");
    await page.getByLabel("正文").fill(ARTICLE);
    await screenshot(page, "review-compose-1440-zh");
    await page.getByTestId("ingest").click();
    await page.locator(".proposal.current").waitFor();

    // Every proposal is highlighted in the text; entities come first (in text order), then relations, then figures.
    expect(await page.locator("[data-testid=article-text] mark").count()).toBeGreaterThan(5);
    const kinds = await page
      .locator(".proposal")
      .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-kind")));
    expect(kinds.lastIndexOf("entity")).toBeLessThan(kinds.indexOf("relation"));
    expect(kinds.lastIndexOf("relation")).toBeLessThan(kinds.indexOf("metric"));
    // The zone's link candidate is shown with its reason.
    await expect.poll(() => page.locator(`${ZONE_ROW} .candidates`).textContent()).toContain("same name");

    // By keyboard, proposal after proposal: the company accepted, the zone linked to the existing one,
    // the figure's quote shortened by one character (Shift+←) and saved (a), everything else rejected.
    const quoteBefore = await page.locator('[data-kind="metric"] .mentions q').first().textContent();
    await decideAll(page, (row) => {
      if (row.name === COMPANY) return ["a"];
      if (row.name === "包头稀土高新区" && row.type === "ZONE") return ["l"];
      if (row.kind === "metric") return ["Shift+ArrowLeft", "a"];
      return ["r"];
    });
    await expect.poll(() => page.locator(`${ZONE_ROW} .linked`).textContent()).toContain("包头稀土高新区");
    expect(await page.locator(`${COMPANY_ROW}`).getAttribute("data-decision")).toBe("ACCEPTED");
    const quoteAfter = await page.locator('[data-kind="metric"] .mentions q').first().textContent();
    expect(quoteAfter).toBe(quoteBefore?.slice(0, -1));

    // A fact from the selected text: the stated LOCATED_IN the proposer only inferred.
    await page.evaluate((quote) => {
      const body = document.querySelector("[data-testid=article-text]")!;
      const text = body.textContent ?? "";
      const at = text.indexOf(quote);
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const len = node.textContent?.length ?? 0;
        if (seen <= at && at < seen + len) range.setStart(node, at - seen);
        if (seen < at + quote.length && at + quote.length <= seen + len)
          range.setEnd(node, at + quote.length - seen);
        seen += len;
      }
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    }, "恒达磁电位于包头稀土高新区");
    await page.locator("[data-testid=proposals]").focus();
    await page.keyboard.press("f");
    const form = page.getByTestId("fact-form");
    await form.waitFor();
    expect(await form.locator("q").textContent()).toBe("恒达磁电位于包头稀土高新区");
    await form.getByLabel("种类").selectOption("RELATION");
    await form.getByLabel("关系类型").selectOption("LOCATED_IN");
    await form.getByLabel("起点").selectOption({ label: `${COMPANY} (企业)` });
    await form.getByLabel("终点").selectOption({ label: "包头稀土高新区 (园区)" });
    await form.locator("button[type=submit]").click();
    await expect.poll(() => page.getByTestId("notice").textContent()).toContain("已添加");

    // What publishing adds, then publish with Shift+P.
    const [decided, total] =
      ((await page.getByTestId("decision-count").textContent()) ?? "").match(/\d+/gu) ?? [];
    expect(decided).toBe(total);
    expect(await page.getByTestId("publish-summary").textContent()).toContain(
      "新增 1 个实体（关联 1 个已有实体）、1 条关系、1 个指标",
    );
    await screenshot(page, "review-draft-1440-zh");
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, "review-draft-390-zh");
    await page.getByTestId("lang-toggle").click();
    await screenshot(page, "review-draft-390-en");
    await page.setViewportSize({ width: 1440, height: 900 });
    await screenshot(page, "review-draft-1440-en");
    await page.getByTestId("lang-toggle").click();

    const before = await graphVersion();
    await page.locator("[data-testid=proposals]").focus();
    await page.keyboard.press("Shift+P");
    const link = page.getByTestId("open-in-explorer");
    await link.waitFor();
    expect(await page.getByTestId("published-added").textContent()).toContain(
      "新增 1 个实体、1 条关系、1 个指标",
    );
    expect(await graphVersion()).toBe(before + 1);
    await screenshot(page, "review-published-1440-zh");

    // Anyone can now see the company tied to the zone.
    const tied = await curatedGql<{
      tiedToZone: { edges: { node: { entity: { rawId: string; name: string } } }[] };
    }>(
      server(),
      `{ tiedToZone(zoneId: "${ZONE}", types: [COMPANY]) { edges { node { entity { rawId name } } } } }`,
    );
    const company = tied.data?.tiedToZone.edges.find(
      (e) => e.node.entity.name === "包头恒达磁电科技有限公司",
    );
    expect(company).toBeDefined();
    const href = (await link.getAttribute("href")) ?? "";
    const params = new URL(href, page.url()).searchParams;
    expect(params.get("zone")).toBe(ZONE);
    expect(params.get("entity")).toBe(company!.node.entity.rawId);

    // "Open in explorer": the zone's view with the new company on the canvas, selected.
    await link.click();
    await page.waitForFunction(
      (id) => window.__zonegraph?.ready === true && window.__zonegraph.graph?.hasNode(id) === true,
      company!.node.entity.rawId,
      { timeout: 30_000 },
    );
    // The zone's tied answer decides what the zone's view shows; once it is in, the company is drawn.
    await page.waitForFunction(() => {
      const tied = window.__zonegraph?.store.get().tied;
      return typeof tied === "object" && tied !== null && "items" in tied;
    });
    const drawn = await page.evaluate((id) => {
      const hook = window.__zonegraph!;
      return {
        hidden: hook.graph!.getNodeAttribute(id, "hidden") === true,
        zone: hook.store.get().filters.zoneId,
        selected: hook.store.get().selection.selected,
      };
    }, company!.node.entity.rawId);
    expect(drawn).toEqual({ hidden: false, zone: ZONE, selected: company!.node.entity.rawId });
    await screenshot(page, "review-explorer-after-publish");
  });

  it("says the token is wrong, asks for it again, and lets the curator in with the right one", async () => {
    const page = await openReview("/review?lang=en#token=not-the-token-at-all");
    await signIn(page, "Wang Fang");
    const problem = page.getByTestId("sign-in-problem");
    await expect.poll(() => problem.textContent()).toContain("Wrong token");
    expect(await page.locator("#curator-token").isVisible()).toBe(true);
    await screenshot(page, "review-wrong-token-390-en");
    await page.locator("#curator-token").fill(TOKEN);
    await page.locator("form.sign-in button[type=submit]").click();
    await page.getByLabel("Title").waitFor();
    expect(await problem.isVisible()).toBe(false);
  });

  it("gives a second tab CONFLICT when another tab decided first, reloads the draft and keeps its place", async () => {
    const draftId = await ingestByApi("两个标签页");
    const [first, second] = await Promise.all([
      openReview(`/review?draft=${draftId}#token=${TOKEN}`),
      openReview(`/review?draft=${draftId}#token=${TOKEN}`),
    ]);
    for (const page of [first, second]) {
      await signIn(page);
      await page.locator(".proposal.current").waitFor();
      await goTo(page, ZONE_ROW); // both on the zone
    }
    const zoneId = (await current(first)) ?? "";
    await first.keyboard.press("l");
    await expect.poll(() => decisionOf(first, ZONE_ROW)).toBe("ACCEPTED");
    // The second tab, on the version it loaded, rejects: CONFLICT, reloaded, still on the zone.
    await second.keyboard.press("r");
    const alert = second.getByTestId("alert");
    await expect.poll(() => alert.textContent()).toContain("已重新加载");
    expect(await alert.getAttribute("data-kind")).toBe("conflict");
    expect(await current(second)).toBe(zoneId);
    expect(await decisionOf(second, ZONE_ROW)).toBe("ACCEPTED");
    await screenshot(second, "review-conflict-1440-zh");
    // Deciding again now works on the fresh version.
    await second.keyboard.press("r");
    await expect.poll(() => decisionOf(second, ZONE_ROW)).toBe("REJECTED");
    expect(await alert.isVisible()).toBe(false);
  });

  it("shows the loader's message when it refuses a publish, and writes nothing", async () => {
    const draftId = await ingestByApi("重复的园区");
    const page = await openReview(`/review?draft=${draftId}&lang=en#token=${TOKEN}`, 390);
    await signIn(page);
    await page.locator(".proposal.current").waitFor();
    // Accept the company and the zone as a NEW zone: its name is already the existing zone's.
    await goTo(page, COMPANY_ROW);
    await page.keyboard.press("a");
    await expect.poll(() => decisionOf(page, COMPANY_ROW)).toBe("ACCEPTED");
    await goTo(page, ZONE_ROW);
    await page.keyboard.press("a");
    await expect.poll(() => decisionOf(page, ZONE_ROW)).toBe("ACCEPTED");
    const before = await graphVersion();
    await page.getByTestId("publish").click();
    const alert = page.getByTestId("alert");
    await expect.poll(() => alert.textContent()).toContain("The loader refused the publish");
    expect(await alert.textContent()).toContain("already claimed");
    expect(await graphVersion()).toBe(before);
    expect(await page.getByTestId("open-in-explorer").count()).toBe(0);
    await screenshot(page, "review-publish-refused-390-en");
  });
});
