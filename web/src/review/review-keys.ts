/**
 * The review page's keyboard: which key does what, as one table the help panel also shows. Pure:
 * a key press (key and modifiers) → a command, or null for keys the page leaves alone.
 */
import type { SpanNudge } from "./span-edit.ts";

/** What a key asks for. */
export type KeyCommand =
  | { do: "next" | "prev" | "accept" | "reject" | "retype" | "link" | "fact" | "cancel" | "publish" }
  | { do: "span"; how: SpanNudge };

/** A key press, as KeyboardEvent gives it. */
export interface KeyPress {
  key: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

/** The keys, in the order the help lists them (key labels and a message key of review-i18n). */
export const KEY_HELP = [
  ["j / ↓", "keyNext"],
  ["k / ↑", "keyPrev"],
  ["a", "keyAccept"],
  ["r", "keyReject"],
  ["← / →", "keyMove"],
  ["Shift+→ / Shift+←", "keyExtend"],
  ["Alt+← / Alt+→", "keyStart"],
  ["t", "keyRetype"],
  ["l", "keyLink"],
  ["f", "keyFact"],
  ["Esc", "keyCancel"],
  ["Shift+P", "keyPublish"],
] as const;

/** The command of a key press (null: not ours, e.g. Ctrl+C). */
export function keyCommand(k: KeyPress): KeyCommand | null {
  if (k.ctrlKey || k.metaKey) return null;
  if (k.key === "ArrowLeft" || k.key === "ArrowRight") {
    const right = k.key === "ArrowRight";
    if (k.altKey) return { do: "span", how: right ? "start-right" : "start-left" };
    if (k.shiftKey) return { do: "span", how: right ? "extend" : "shrink" };
    return { do: "span", how: right ? "right" : "left" };
  }
  if (k.altKey) return null;
  switch (k.key) {
    case "j":
    case "ArrowDown":
      return { do: "next" };
    case "k":
    case "ArrowUp":
      return { do: "prev" };
    case "a":
      return { do: "accept" };
    case "r":
      return { do: "reject" };
    case "t":
      return { do: "retype" };
    case "l":
      return { do: "link" };
    case "f":
      return { do: "fact" };
    case "Escape":
      return { do: "cancel" };
    case "P":
      return k.shiftKey ? { do: "publish" } : null;
    default:
      return null;
  }
}
