// The facts file a draft publishes: ids, linked entities, quotes, inferred relations, refusals.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { addExistingFigures } from "../../src/curation/add-existing-figures.ts";
import { createDraft, decideProposals, toFactsFile, type Draft } from "../../src/curation/index.ts";
import { caught } from "./caught.ts";
import { SAMPLE_DECISIONS, sampleProposal } from "./sample-proposal.ts";

const actor = { curator: "alice", at: "2024-01-01T00:00:00.000Z" };
const folder = {
  entityIds: new Set(["generated-zone-0", "xinxing-materials"]),
  sourceIds: new Set(["sample-1"]),
};
const decided = (decisions: readonly unknown[] = SAMPLE_DECISIONS): Draft =>
  decideProposals(createDraft("d1", sampleProposal(1), actor, "test"), 1, decisions, actor);
const doc = (d: Draft, ids = folder) =>
  parse(toFactsFile(d, ids).factsYaml) as {
    source: string;
    entities: Record<string, unknown>[];
    relations: Record<string, unknown>[];
  };

describe("toFactsFile", () => {
  it("writes accepted entities with new kebab ids and relations to linked entities by their existing id", () => {
    const out = toFactsFile(decided(), folder);
    // sample-1 is taken, so the article id falls back to one made with the draft id.
    expect(out.sourceId).toBe("sample-1-d1");
    const facts = doc(decided());
    expect(facts.source).toBe("sample-1-d1");
    expect(facts.entities.map((e) => [e["id"], e["name"], e["nameEn"]])).toEqual([
      ["sample-1-d1-company-1", "新星1号材料有限公司", "新星1号材料有限公司"],
    ]);
    expect(facts.relations).toEqual([
      {
        type: "LOCATED_IN",
        from: "sample-1-d1-company-1",
        to: "generated-zone-0",
        evidence: ["新星1号材料有限公司位于示范第0高新区"],
      },
    ]);
    expect(facts.entities[0]?.["metrics"]).toEqual([
      { key: "rd_staff", value: 101, unit: "person", evidence: ["现有专职研发人员101人"] },
    ]);
    expect(out.article).toMatchObject({
      id: "sample-1-d1",
      file: "sources/sample-1-d1.txt",
      zoneId: "generated-zone-0",
      publication: "示范日报",
    });
  });

  it("makes an id from the English name, unique across the folder", () => {
    const d = decided([
      ...SAMPLE_DECISIONS,
      { proposalId: "company-1", action: "EDIT", edit: { nameEn: "Xinxing Materials" } },
    ]);
    expect(doc(d).entities[0]?.["id"]).toBe("xinxing-materials-2");
  });

  it("says which occurrence a quote printed twice is, and why an inferred relation holds", () => {
    const text = sampleProposal(1).source.text;
    const second = text.indexOf("示范第0高新区", text.indexOf("示范第0高新区") + 1);
    const d = decided([
      { proposalId: "company-1", action: "ACCEPT" },
      { proposalId: "relation-1", action: "ACCEPT" },
      { proposalId: "zone-2", action: "EDIT", edit: { span: { start: 0, end: 2 } } },
      { proposalId: "zone-2", action: "EDIT", edit: { span: { start: second, end: second + 7, index: 1 } } },
    ]);
    const draft: Draft = {
      ...d,
      relations: d.relations.map((r) => ({ ...r, inferred: true, reason: "the article says so twice" })),
    };
    const facts = doc(draft);
    expect(facts.entities[1]?.["evidence"]).toEqual(["##", { quote: "示范第0高新区", occurrence: 2 }]);
    expect(facts.relations[0]?.["inferred"]).toBe("the article says so twice");
  });

  it("leaves out an accepted relation the folder already holds", () => {
    const out = toFactsFile(decided(), {
      ...folder,
      hasRelation: (type, _from, to) => type === "LOCATED_IN" && to === "generated-zone-0",
    });
    expect(out.added).toEqual({ entities: 1, relations: 0, metrics: 1 });
  });

  it("refuses a relation to an entity that is not accepted, naming the relation", () => {
    const error = caught(() =>
      toFactsFile(
        decided([
          { proposalId: "relation-1", action: "ACCEPT" },
          { proposalId: "zone-2", action: "REJECT" },
        ]),
        folder,
      ),
    );
    expect([error.code, error.field]).toEqual(["BAD_INPUT", "relations.relation-1.from"]);
    expect(error.message).toContain("is proposed: accept or link it");
  });

  it("refuses a draft with nothing accepted, or without a title", () => {
    expect(
      caught(() => toFactsFile(decided([{ proposalId: "company-1", action: "REJECT" }]), folder)).field,
    ).toBe("draft");
    const untitled = decided();
    delete untitled.source.title;
    expect(caught(() => toFactsFile(untitled, folder)).field).toBe("source.title");
  });

  it("puts a figure on a linked entity aside, its quotes naming this article", () => {
    const d = decided([
      ...SAMPLE_DECISIONS,
      { proposalId: "metric-1", action: "EDIT", edit: { entity: "zone-2", key: "talents" } },
    ]);
    expect(toFactsFile(d, folder).existingFigures).toEqual([
      {
        entityId: "generated-zone-0",
        metric: {
          key: "talents",
          value: 101,
          unit: "person",
          evidence: [{ quote: "现有专职研发人员101人", source: "sample-1-d1" }],
        },
      },
    ]);
  });
});

describe("addExistingFigures", () => {
  const dir = mkdtempSync(join(tmpdir(), "zg-figures-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = [
    "# a comment that stays",
    "source: a",
    "entities:",
    "  - id: zone-a # the zone",
    "    type: ZONE",
    "    evidence: [{ quote: x, occurrence: 2 }]",
    "  - id: firm-b",
    "    type: COMPANY",
    "    metrics:",
    "      - key: rd_staff",
    "        value: 1",
    "    evidence: [y]",
    "relations: []",
    "",
  ].join("\n");
  mkdirSync(join(dir, "facts"));
  writeFileSync(join(dir, "facts", "a.yaml"), file);
  const metric = { key: "talents", value: 5, unit: "person", evidence: [{ quote: "q", source: "s" }] };

  it("adds a metrics list to an entity without one, keeping every other line", () => {
    const out = addExistingFigures(dir, [{ entityId: "zone-a", metric }]).get("facts/a.yaml") ?? "";
    const lines = file.split("\n");
    expect(out.split("\n")).toEqual([
      ...lines.slice(0, 6),
      "    metrics:",
      "      - key: talents",
      "        value: 5",
      "        unit: person",
      "        evidence:",
      "          - quote: q",
      "            source: s",
      ...lines.slice(6),
    ]);
  });

  it("appends to an entity's metrics list", () => {
    const out = addExistingFigures(dir, [{ entityId: "firm-b", metric }]).get("facts/a.yaml") ?? "";
    const parsed = parse(out) as { entities: { metrics?: unknown[] }[] };
    expect(parsed.entities[1]?.metrics).toEqual([{ key: "rd_staff", value: 1 }, metric]);
    expect(out.startsWith(file.split("\n").slice(0, 11).join("\n"))).toBe(true);
  });

  it("names an entity no file defines", () => {
    expect(() => addExistingFigures(dir, [{ entityId: "nowhere", metric }])).toThrow(
      "no facts file defines entity nowhere",
    );
  });
});

describe("toFactsFile with zone designations", () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it("writes a new zone's designations, which the loader accepts and the published graph holds", async () => {
    const { CuratedFolder, loadCuratedGraph } = await import("../../src/curation/index.ts");
    const { generateCuratedFolder } = await import("../../src/curation/generate-curated-folder.ts");
    const dir = mkdtempSync(join(tmpdir(), "zg-designations-"));
    dirs.push(dir);
    generateCuratedFolder(dir, { articles: 2 });
    const text = "## 新星高新区获批\n\n新星高新区于2022年获批省级科技成果转化示范区,园区企业加快集聚。\n";
    const span = (quote: string) => ({
      quote,
      start: text.indexOf(quote),
      end: text.indexOf(quote) + quote.length,
    });
    const folderHandle = await CuratedFolder.open(dir);
    const draft = await folderHandle.saveNewDraft(
      {
        source: { id: "xinxing-zone", title: "新星高新区获批", publication: "示范日报", authors: [], text },
        entities: [
          {
            id: "zone-1",
            name: "新星高新区",
            type: "ZONE",
            aliases: [],
            confidence: 0.9,
            rule: "zone-suffix",
            evidence: [span("新星高新区于2022年获批")],
            linksTo: [],
            flags: [],
            designations: [
              {
                name: "省级科技成果转化示范区",
                level: "PROVINCIAL",
                year: 2022,
                evidence: [span("新星高新区于2022年获批省级科技成果转化示范区")],
              },
            ],
          },
        ],
        relations: [],
        metrics: [],
      },
      "alice",
    );
    const decidedDraft = await folderHandle.decide(
      draft.id,
      1,
      [{ proposalId: "zone-1", action: "ACCEPT" }],
      "alice",
    );
    const zoneYaml = (
      parse(toFactsFile(decidedDraft, { entityIds: new Set(), sourceIds: new Set() }).factsYaml) as {
        entities: Record<string, unknown>[];
      }
    ).entities[0];
    expect(zoneYaml?.["designations"]).toEqual([
      {
        name: "省级科技成果转化示范区",
        level: "PROVINCIAL",
        year: 2022,
        evidence: ["新星高新区于2022年获批省级科技成果转化示范区"],
      },
    ]);
    await folderHandle.publish(draft.id, decidedDraft.version, "alice");
    const graph = loadCuratedGraph(dir);
    const zone = graph.findNode((_, a) => a.name === "新星高新区") ?? "";
    expect(graph.getNodeAttribute(zone, "designations")).toMatchObject([
      { name: "省级科技成果转化示范区", level: "PROVINCIAL", year: 2022 },
    ]);
  });
});

describe("designations of a linked zone", () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it("are written into the facts file that defines the zone, once, and the published graph holds them", async () => {
    const { CuratedFolder, loadCuratedGraph } = await import("../../src/curation/index.ts");
    const { generateCuratedFolder } = await import("../../src/curation/generate-curated-folder.ts");
    const { readdirSync, readFileSync } = await import("node:fs");
    const dir = mkdtempSync(join(tmpdir(), "zg-linked-designations-"));
    dirs.push(dir);
    generateCuratedFolder(dir, { articles: 2 });
    const zoneName = "示范第0高新区";
    const definedIn = readdirSync(join(dir, "facts")).find((f) =>
      readFileSync(join(dir, "facts", f), "utf8").includes("id: generated-zone-0"),
    );
    if (definedIn === undefined) throw new Error("no facts file defines generated-zone-0");
    const before = readFileSync(join(dir, "facts", definedIn), "utf8");
    const folderHandle = await CuratedFolder.open(dir);
    const publishTitle = async (k: number): Promise<void> => {
      const text = `## 园区获评\n\n${zoneName}于2023年获评国家级双创示范基地,第${k}次见报。\n`;
      const span = (quote: string) => ({
        quote,
        start: text.indexOf(quote),
        end: text.indexOf(quote) + quote.length,
      });
      const draft = await folderHandle.saveNewDraft(
        {
          source: { id: `title-${k}`, title: "园区获评", publication: "示范日报", authors: [], text },
          entities: [
            {
              id: "zone-1",
              name: zoneName,
              type: "ZONE",
              aliases: [],
              confidence: 0.9,
              rule: "zone-suffix",
              evidence: [span(zoneName)],
              linksTo: [{ id: "generated-zone-0", name: zoneName, type: "ZONE", reason: "same name" }],
              flags: [],
              designations: [
                {
                  name: "国家级双创示范基地",
                  level: "NATIONAL",
                  year: 2023,
                  evidence: [span(`${zoneName}于2023年获评国家级双创示范基地`)],
                },
              ],
            },
          ],
          relations: [],
          metrics: [],
        },
        "alice",
      );
      const decided = await folderHandle.decide(
        draft.id,
        1,
        [{ proposalId: "zone-1", action: "LINK", linkTo: "generated-zone-0" }],
        "alice",
      );
      await folderHandle.publish(draft.id, decided.version, "alice");
    };
    await publishTitle(1);
    await publishTitle(2);
    const graph = loadCuratedGraph(dir);
    const titles = graph.getNodeAttribute("generated-zone-0", "designations") ?? [];
    expect(titles.map((d) => [d.name, d.level, d.year])).toEqual([["国家级双创示范基地", "NATIONAL", 2023]]);
    expect(titles[0]?.evidence.map((e) => e.sourceId)).toEqual(["title-1"]);
    // Spliced in: every line of the file before is still there, in order.
    const after = readFileSync(join(dir, "facts", definedIn), "utf8").split("\n");
    let at = 0;
    for (const line of before.split("\n")) at = after.indexOf(line, at) + 1;
    expect(at).toBeGreaterThan(0);
    expect(after.length).toBeGreaterThan(before.split("\n").length);
  });
});
