/**
 * The review page's keyboard, as one document listener: while a draft is under review, keys of
 * `review-keys.ts` run actions, except while the curator types in a field or a button has the key.
 */
import { selectedSpan } from "./article-text.ts";
import type { ReviewActions } from "./review-actions.ts";
import { keyCommand } from "./review-keys.ts";
import { phaseOf, type ReviewState } from "./review-state.ts";
import type { Store } from "../state/store.ts";

/** Whether a key press belongs to a form control. */
function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/** Follows the keyboard from now on; `textRoot` is where a selection becomes a fact. Returns the stop. */
export function followKeys(
  store: Store<ReviewState>,
  actions: ReviewActions,
  textRoot: HTMLElement,
): () => void {
  const onKey = (event: KeyboardEvent) => {
    const s = store.get();
    if (phaseOf(s) !== "review" || typing(event.target) || s.draft === null) return;
    const command = keyCommand(event);
    if (command === null) return;
    event.preventDefault();
    switch (command.do) {
      case "next":
        return actions.next();
      case "prev":
        return actions.prev();
      case "accept":
        return void actions.accept();
      case "reject":
        return void actions.reject();
      case "retype":
        return actions.startRetype();
      case "link":
        return void actions.link();
      case "fact":
        return actions.openFact(selectedSpan(textRoot, s.draft.source.text));
      case "cancel":
        return actions.cancel();
      case "publish":
        return void actions.publish();
      case "span":
        return actions.nudge(command.how);
    }
  };
  document.addEventListener("keydown", onKey);
  return () => document.removeEventListener("keydown", onKey);
}
