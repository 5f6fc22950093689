/**
 * The zoom buttons over the canvas (in, out, whole view), named in the interface language.
 */
import type { AppState } from "../state/app-state.ts";
import { t } from "../state/i18n.ts";
import { h } from "./dom.ts";

/** Mounts the buttons; `zoom` moves the camera. Returns their render function. */
export function mountZoomButtons(
  root: HTMLElement,
  zoom: (direction: "in" | "out" | "reset") => void,
): (state: AppState) => void {
  root.classList.add("zoom");
  const buttons = (["in", "out", "reset"] as const).map((d) => {
    const b = h(
      "button",
      { type: "button", onclick: () => zoom(d) },
      d === "in" ? "+" : d === "out" ? "−" : "⟲",
    );
    return { d, b };
  });
  root.replaceChildren(...buttons.map((x) => x.b));
  let lang = "";
  return (state) => {
    if (state.lang === lang) return;
    lang = state.lang;
    for (const { d, b } of buttons) {
      const name = t(state.lang, d === "in" ? "zoomIn" : d === "out" ? "zoomOut" : "zoomReset");
      b.setAttribute("aria-label", name);
      b.title = name;
    }
  };
}
