// The draft limits that bound what a server returns about a draft: an over-long article is refused
// before the proposer runs, the proposer's long lists are cut, and neither an edit nor an added
// fact can grow a draft past them; each refusal names the field and the limit.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  addFact,
  createDraft,
  CuratedFolder,
  CurationError,
  decideProposals,
  MAX_ARTICLE_CHARS,
  MAX_EVIDENCE,
  MAX_LINKS,
  MAX_PROPOSALS,
  type Draft,
} from "../../src/curation/index.ts";
import { sampleProposal } from "./sample-proposal.ts";

const alice = { curator: "alice", at: "2024-01-01T00:00:00.000Z" };
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function refusal(f: () => unknown): Promise<CurationError> {
  try {
    await f();
  } catch (error) {
    if (error instanceof CurationError) return error;
    throw error;
  }
  throw new Error("expected a CurationError");
}

describe("draft limits", () => {
  it("refuses an article longer than the limit before running the proposer", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zg-limits-"));
    dirs.push(dir);
    const folder = await CuratedFolder.open(dir);
    const error = await refusal(() => folder.ingest("园".repeat(MAX_ARTICLE_CHARS + 1), {}, "alice"));
    expect(error.field).toBe("input.text");
    expect(error.message).toContain(`at most ${MAX_ARTICLE_CHARS} characters`);
    expect(folder.drafts()).toEqual([]);
  });

  it("keeps the proposer's first spans and link candidates up to the limits", () => {
    const doc = sampleProposal(1);
    const zone = doc.entities[1]!;
    zone.evidence = Array.from({ length: MAX_EVIDENCE + 5 }, () => zone.evidence[0]!);
    zone.linksTo = Array.from({ length: MAX_LINKS + 3 }, (_, i) => ({ ...zone.linksTo[0]!, id: `z${i}` }));
    const draft = createDraft("d1", doc, alice, "test");
    expect(draft.entities[1]!.evidence).toHaveLength(MAX_EVIDENCE);
    expect(draft.entities[1]!.linksTo.map((l) => l.id)).toEqual(
      Array.from({ length: MAX_LINKS }, (_, i) => `z${i}`),
    );
  });

  it("refuses a proposer answer with more proposals of a kind than a draft holds", async () => {
    const doc = sampleProposal(1);
    doc.metrics = Array.from({ length: MAX_PROPOSALS + 1 }, () => doc.metrics[0]!);
    const error = await refusal(() => createDraft("d1", doc, alice, "test"));
    expect(error.field).toBe("input.text");
    expect(error.message).toContain(`at most ${MAX_PROPOSALS} metrics`);
  });

  it("refuses an added fact or an appended span past the limits", async () => {
    const full: Draft = createDraft("d1", sampleProposal(1), alice, "test");
    full.relations = Array.from({ length: MAX_PROPOSALS }, (_, i) => ({
      ...full.relations[0]!,
      id: `relation-${i + 1}`,
    }));
    const quote = full.relations[0]!.evidence[0]!.quote;
    const added = await refusal(() =>
      addFact(
        full,
        1,
        { kind: "RELATION", type: "LOCATED_IN", from: "company-1", to: "zone-2", span: { quote } },
        alice,
      ),
    );
    expect(added.field).toBe("fact");
    expect(added.message).toContain(`at most ${MAX_PROPOSALS} relations`);

    const long = createDraft("d2", sampleProposal(1), alice, "test");
    const company = long.entities[0]!;
    company.evidence = Array.from({ length: MAX_EVIDENCE }, () => company.evidence[0]!);
    const appended = await refusal(() =>
      decideProposals(
        long,
        1,
        [{ proposalId: "company-1", action: "EDIT", edit: { span: { quote, index: MAX_EVIDENCE } } }],
        alice,
      ),
    );
    expect(appended.field).toBe("decisions");
    expect(appended.message).toContain(`more than ${MAX_EVIDENCE} evidence spans`);
  });
});
