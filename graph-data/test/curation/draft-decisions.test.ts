// Decisions and added facts on a draft (pure functions): versions, conflicts, fields named in errors.
import { describe, expect, it } from "vitest";
import { addFact, createDraft, decideProposals, type Draft } from "../../src/curation/index.ts";
import { caught } from "./caught.ts";
import { sampleProposal } from "./sample-proposal.ts";

const alice = { curator: "alice", at: "2024-01-01T00:00:00.000Z" };
const bob = { curator: "bob", at: "2024-01-01T00:01:00.000Z" };
const fresh = (): Draft => createDraft("d1", sampleProposal(1), alice, "test");

describe("decideProposals", () => {
  it("starts every proposal undecided at version 1", () => {
    const d = fresh();
    expect(d.version).toBe(1);
    expect([...d.entities, ...d.relations, ...d.metrics].map((p) => p.decision)).toEqual(
      Array(4).fill("PROPOSED"),
    );
  });

  it("accepts, rejects and links, bumping the version once per call and stamping who", () => {
    const d = decideProposals(
      fresh(),
      1,
      [
        { proposalId: "company-1", action: "ACCEPT" },
        { proposalId: "metric-1", action: "REJECT" },
        { proposalId: "zone-2", action: "LINK", linkTo: "generated-zone-0" },
      ],
      bob,
    );
    expect(d.version).toBe(2);
    expect(d.updatedBy).toBe("bob");
    expect(d.entities.map((e) => [e.decision, e.linkTo])).toEqual([
      ["ACCEPTED", undefined],
      ["ACCEPTED", "generated-zone-0"],
    ]);
    expect(d.metrics[0]?.decision).toBe("REJECTED");
  });

  it("answers a stale expectedVersion with CONFLICT and changes nothing", () => {
    const d1 = fresh();
    const d2 = decideProposals(d1, 1, [{ proposalId: "company-1", action: "REJECT" }], alice);
    const error = caught(() => decideProposals(d2, 1, [{ proposalId: "company-1", action: "ACCEPT" }], bob));
    expect(error.code).toBe("CONFLICT");
    expect(d2.entities[0]?.decision).toBe("REJECTED");
    expect(d1.entities[0]?.decision).toBe("PROPOSED");
  });

  it("keeps a rejected proposal rejected through other decisions until it is decided again", () => {
    let d = decideProposals(fresh(), 1, [{ proposalId: "metric-1", action: "REJECT" }], alice);
    d = decideProposals(d, 2, [{ proposalId: "company-1", action: "ACCEPT" }], alice);
    expect(d.metrics[0]?.decision).toBe("REJECTED");
    d = decideProposals(d, 3, [{ proposalId: "metric-1", action: "ACCEPT" }], alice);
    expect(d.metrics[0]?.decision).toBe("ACCEPTED");
  });

  it("re-reads an edited span's quote from the text and accepts the edit", () => {
    const d0 = fresh();
    const text = d0.source.text;
    const start = text.indexOf("新星1号材料");
    const d = decideProposals(
      d0,
      1,
      [
        {
          proposalId: "company-1",
          action: "EDIT",
          edit: { name: "新星1号材料有限公司", nameEn: "Xinxing Materials", span: { start, end: start + 6 } },
        },
      ],
      alice,
    );
    expect(d.entities[0]?.evidence[0]).toEqual({ quote: "新星1号材料", start, end: start + 6 });
    expect(d.entities[0]?.nameEn).toBe("Xinxing Materials");
    expect(d.entities[0]?.decision).toBe("ACCEPTED");
  });

  it("edits a metric's value, key and unit and a relation's endpoint and type", () => {
    const d = decideProposals(
      fresh(),
      1,
      [
        { proposalId: "metric-1", action: "EDIT", edit: { key: "technical_staff", value: 101 } },
        {
          proposalId: "relation-1",
          action: "EDIT",
          edit: { type: "COOPERATES_WITH", from: "zone-2", to: "company-1" },
        },
      ],
      alice,
    );
    expect(d.metrics[0]).toMatchObject({ key: "technical_staff", value: 101, unit: "person" });
    expect(d.relations[0]).toMatchObject({ type: "COOPERATES_WITH", from: "zone-2", to: "company-1" });
  });

  it("names the bad field of a bad decision", () => {
    const cases: [unknown, string][] = [
      [[{ proposalId: "nope", action: "ACCEPT" }], "decisions[0].proposalId"],
      [[{ proposalId: "company-1", action: "MERGE" }], "decisions[0].action"],
      [
        [
          { proposalId: "company-1", action: "ACCEPT" },
          { proposalId: "company-1", action: "EDIT", edit: { span: { start: 5, end: 2 } } },
        ],
        "decisions[1].edit.span.end",
      ],
      [
        [{ proposalId: "company-1", action: "EDIT", edit: { span: { start: 0, end: 9999 } } }],
        "decisions[0].edit.span.end",
      ],
      [[{ proposalId: "company-1", action: "EDIT", edit: { value: 3 } }], "decisions[0].edit.value"],
      [[{ proposalId: "company-1", action: "EDIT", edit: { type: "FACTORY" } }], "decisions[0].edit.type"],
      [[{ proposalId: "metric-1", action: "EDIT", edit: { unit: "yuan" } }], "decisions[0].edit.unit"],
      [[{ proposalId: "relation-1", action: "LINK", linkTo: "x" }], "decisions[0].action"],
      [[], "decisions"],
    ];
    for (const [decisions, field] of cases) {
      const error = caught(() => decideProposals(fresh(), 1, decisions, alice));
      expect({ field: error.field, code: error.code }).toEqual({ field, code: "BAD_INPUT" });
    }
  });

  it("refuses a link to an entity the graph does not have, or of another type", () => {
    const graph = { entityType: (id: string) => (id === "generated-zone-0" ? ("ZONE" as const) : undefined) };
    expect(
      caught(() =>
        decideProposals(
          fresh(),
          1,
          [{ proposalId: "zone-2", action: "LINK", linkTo: "nowhere" }],
          alice,
          graph,
        ),
      ).field,
    ).toBe("decisions[0].linkTo");
    const error = caught(() =>
      decideProposals(
        fresh(),
        1,
        [{ proposalId: "company-1", action: "LINK", linkTo: "generated-zone-0" }],
        alice,
        graph,
      ),
    );
    expect(error.message).toContain("is a ZONE");
  });
});

describe("addFact", () => {
  it("adds an accepted entity whose quote is found in the text", () => {
    const d = addFact(
      fresh(),
      1,
      {
        kind: "ENTITY",
        type: "ORGANIZATION",
        name: "示范第0高新区管委会",
        span: { quote: "示范第0高新区管委会" },
      },
      bob,
    );
    const added = d.entities.at(-1);
    expect(added).toMatchObject({
      id: "added-1",
      decision: "ACCEPTED",
      origin: "CURATOR",
      name: "示范第0高新区管委会",
    });
    expect(d.source.text.slice(added?.evidence[0]?.start, added?.evidence[0]?.end)).toBe(
      "示范第0高新区管委会",
    );
    expect(d.version).toBe(2);
  });

  it("adds a relation and a metric between draft entities", () => {
    let d = addFact(
      fresh(),
      1,
      {
        kind: "RELATION",
        type: "LOCATED_IN",
        from: "company-1",
        to: "zone-2",
        span: { quote: "位于示范第0高新区" },
      },
      bob,
    );
    d = addFact(
      d,
      2,
      {
        kind: "METRIC",
        entity: "company-1",
        key: "technical_staff",
        value: 101,
        unit: "person",
        span: { quote: "现有专职研发人员101人" },
      },
      bob,
    );
    expect(d.relations.at(-1)).toMatchObject({ id: "added-1", from: "company-1", to: "zone-2" });
    expect(d.metrics.at(-1)).toMatchObject({ id: "added-2", key: "technical_staff", value: 101 });
  });

  it("refuses a quote that is not a span of the text, naming the field", () => {
    const error = caught(() =>
      addFact(
        fresh(),
        1,
        { kind: "ENTITY", type: "COMPANY", name: "某公司", span: { quote: "某公司" } },
        bob,
      ),
    );
    expect([error.code, error.field]).toEqual(["BAD_INPUT", "fact.span.quote"]);
    const offsets = caught(() =>
      addFact(
        fresh(),
        1,
        { kind: "ENTITY", type: "COMPANY", name: "某公司", span: { start: 2, end: 5, quote: "某公司" } },
        bob,
      ),
    );
    expect(offsets.field).toBe("fact.span.quote");
  });

  it("refuses a metric whose value is not in its quote or whose unit is not its key's", () => {
    const value = caught(() =>
      addFact(
        fresh(),
        1,
        {
          kind: "METRIC",
          entity: "company-1",
          key: "rd_staff",
          value: 7,
          unit: "person",
          span: { quote: "现有专职研发人员101人" },
        },
        bob,
      ),
    );
    expect(value.field).toBe("fact.value");
    const unit = caught(() =>
      addFact(
        fresh(),
        1,
        {
          kind: "METRIC",
          entity: "company-1",
          key: "rd_staff",
          value: 101,
          unit: "count",
          span: { quote: "现有专职研发人员101人" },
        },
        bob,
      ),
    );
    expect(unit.field).toBe("fact.unit");
  });

  it("answers a stale version with CONFLICT", () => {
    expect(
      caught(() =>
        addFact(fresh(), 3, { kind: "ENTITY", type: "COMPANY", name: "x", span: { quote: "新星" } }, bob),
      ).code,
    ).toBe("CONFLICT");
  });
});
