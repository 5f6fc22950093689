import { describe, expect, it } from "vitest";
import { chosen, close, emptySuggestions, moveActive, setItems } from "./suggestions.ts";

describe("suggestions", () => {
  const list = setItems(emptySuggestions<string>(), ["a", "b", "c"]);

  it("chooses the first suggestion on Enter when none is active", () => {
    expect(chosen(list)).toBe("a");
  });

  it("moves down and up with the arrows, wrapping around", () => {
    expect(chosen(moveActive(list, 1))).toBe("a");
    expect(chosen(moveActive(moveActive(list, 1), 1))).toBe("b");
    expect(chosen(moveActive(list, -1))).toBe("c");
    expect(chosen(moveActive(moveActive(moveActive(moveActive(list, 1), 1), 1), 1))).toBe("a");
  });

  it("closes on Escape", () => {
    expect(close(moveActive(list, 1))).toMatchObject({ open: false, active: -1 });
  });

  it("chooses nothing from an empty list", () => {
    expect(chosen(moveActive(setItems(emptySuggestions<string>(), []), 1))).toBeUndefined();
  });
});
