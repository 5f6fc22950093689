// The review page's state: review order (entities in text order, then relations, then figures),
// moving the focus, span editing with the arrow keys, a reloaded draft keeping the curator's
// place, what publishing will add, and the keyboard table.
import { describe, expect, it } from "vitest";
import { orderedProposals } from "./proposal-order.ts";
import { publishSummary } from "./publish-summary.ts";
import { keyCommand } from "./review-keys.ts";
import * as P from "./review-producers.ts";
import { initialReviewState, phaseOf } from "./review-state.ts";
import { sampleDraft } from "./review-fixture.ts";

const key = (k: string, mods: Partial<{ shiftKey: boolean; altKey: boolean; ctrlKey: boolean }> = {}) => ({
  key: k,
  shiftKey: false,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...mods,
});

describe("review order", () => {
  it("puts entities first in the order the text names them, then relations, then figures", () => {
    expect(orderedProposals(sampleDraft()).map((x) => x.p.id)).toEqual([
      "company-1",
      "zone-2",
      "relation-1",
      "metric-1",
    ]);
  });
});

describe("producers", () => {
  const start = () => P.draftLoaded(sampleDraft())(P.signedIn("王芳")(initialReviewState("zh", "", false)));

  it("shows the review screen on the first proposal once a draft arrives", () => {
    const s = start();
    expect(phaseOf(s)).toBe("review");
    expect(s.cursor).toBe("company-1");
  });

  it("moves the focus with next and previous, stopping at both ends", () => {
    let s = start();
    s = P.moveCursor(1)(s);
    expect(s.cursor).toBe("zone-2");
    s = P.moveCursor(5)(s);
    expect(s.cursor).toBe("metric-1");
    s = P.moveCursor(-9)(s);
    expect(s.cursor).toBe("company-1");
    expect(P.moveCursor(-1)(s)).toBe(s);
  });

  it("edits the span with arrow nudges inside the text, and drops the edit when it is back where it was", () => {
    let s = start();
    s = P.editSpan("extend")(s);
    expect(s.pending).toEqual({ proposalId: "company-1", start: 0, end: 11 });
    s = P.editSpan("left")(s);
    expect(s.pending).toEqual({ proposalId: "company-1", start: 0, end: 11 }); // cannot leave the text
    s = P.editSpan("shrink")(s);
    expect(s.pending).toBeNull();
    s = P.editSpan("start-right")(s);
    expect(s.pending).toEqual({ proposalId: "company-1", start: 1, end: 10 });
    expect(P.moveCursor(1)(s).pending).toBeNull();
  });

  it("keeps the curator's place when the draft is reloaded after a conflict", () => {
    let s = P.moveCursor(2)(start());
    s = P.editSpan("extend")(s);
    const changed = { ...sampleDraft(), version: 2 };
    changed.entities[1] = { ...changed.entities[1]!, decision: "ACCEPTED" };
    s = P.draftLoaded(changed, { kind: "conflict", message: "changed" })(s);
    expect(s.cursor).toBe("relation-1");
    expect(s.pending?.proposalId).toBe("relation-1");
    expect(s.draft?.version).toBe(2);
    expect(s.notice?.kind).toBe("conflict");
  });

  it("signs out on a refused token but keeps the draft and place for after signing in again", () => {
    const s = P.signedOut("wrong")(P.moveCursor(1)(start()));
    expect(phaseOf(s)).toBe("sign-in");
    expect(s.authProblem).toBe("wrong");
    expect(phaseOf(P.signedIn("王芳")(s))).toBe("review");
    expect(P.signedIn("王芳")(s).cursor).toBe("zone-2");
  });
});

describe("publishSummary", () => {
  it("counts new and linked entities, relations and figures, and what is left out", () => {
    const d = sampleDraft();
    d.entities[0] = { ...d.entities[0]!, decision: "ACCEPTED", linkTo: "baotou" };
    d.entities[1] = { ...d.entities[1]!, decision: "ACCEPTED" };
    d.relations[0] = { ...d.relations[0]!, decision: "ACCEPTED" };
    d.metrics[0] = { ...d.metrics[0]!, decision: "REJECTED" };
    expect(publishSummary(d)).toEqual({
      decided: 4,
      total: 4,
      newEntities: 1,
      linked: 1,
      relations: 1,
      metrics: 0,
      undecided: 0,
      rejected: 1,
    });
  });
});

describe("keyCommand", () => {
  it("maps j/k and the arrows, and shift/alt arrows to span edits", () => {
    expect(keyCommand(key("j"))).toEqual({ do: "next" });
    expect(keyCommand(key("ArrowUp"))).toEqual({ do: "prev" });
    expect(keyCommand(key("ArrowRight"))).toEqual({ do: "span", how: "right" });
    expect(keyCommand(key("ArrowRight", { shiftKey: true }))).toEqual({ do: "span", how: "extend" });
    expect(keyCommand(key("ArrowLeft", { altKey: true }))).toEqual({ do: "span", how: "start-left" });
    expect(keyCommand(key("P", { shiftKey: true }))).toEqual({ do: "publish" });
  });

  it("leaves browser shortcuts and unknown keys alone", () => {
    expect(keyCommand(key("a", { ctrlKey: true }))).toBeNull();
    expect(keyCommand(key("p"))).toBeNull();
    expect(keyCommand(key("x"))).toBeNull();
  });
});
