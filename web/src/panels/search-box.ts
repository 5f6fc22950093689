/**
 * A search box with suggestions as you type (Chinese, alias, pinyin, English — the server matches),
 * navigable with the keyboard: ↑/↓ move, Enter chooses, Esc closes. Used by the toolbar and the path
 * tool. It renders its box of `state.suggestions` and dispatches; an effect loads the suggestions.
 */
import type { SearchHitItem } from "../api/api-types.ts";
import type { AppState } from "../state/app-state.ts";
import type { Lang, MessageKey } from "../state/i18n.ts";
import { ontologyLabel, t } from "../state/i18n.ts";
import { entityLabel, typeColor } from "../state/labels.ts";
import type { SearchBoxId, SuggestionBox } from "../state/suggestion-box.ts";
import { chosen } from "../state/suggestions.ts";
import { h, replaceChildren } from "./dom.ts";

/** What a search box asks the app to do. */
export interface SearchBoxActions {
  typeQuery(box: SearchBoxId, text: string): void;
  moveSuggestion(box: SearchBoxId, delta: number): void;
  closeSuggestions(box: SearchBoxId): void;
  /** Enter before the suggestions arrived: choose the first one when they do. */
  chooseFirstWhenLoaded(box: SearchBoxId): void;
  chooseSuggestion(box: SearchBoxId, hit: SearchHitItem): void;
}

/** How a search box is set up. */
export interface SearchBoxOptions {
  id: SearchBoxId;
  inputTestId?: string;
  resultTestId?: string;
  placeholder: MessageKey;
  label: MessageKey;
  actions: SearchBoxActions;
}

/** A mounted search box. */
export interface SearchBox {
  el: HTMLElement;
  render(state: AppState): void;
  /** Shows a text in the box without searching (e.g. the name of a path end). */
  setText(text: string): void;
}

/** Creates a search box. */
export function createSearchBox(options: SearchBoxOptions): SearchBox {
  const { id, actions } = options;
  let lang: Lang = "zh";
  let box: SuggestionBox | null = null;
  const listId = `${id}-list`;
  const label = h("label", { for: id, className: "visually-hidden" });
  const input = h("input", {
    id,
    type: "search",
    autocomplete: "off",
    spellcheck: "false",
    role: "combobox",
    "aria-autocomplete": "list",
    "aria-controls": listId,
    "aria-expanded": "false",
    "data-testid": options.inputTestId,
  });
  const list = h("ul", { id: listId, role: "listbox", className: "suggestions" });
  const el = h("div", { className: "search-box" }, label, input, list);

  const option = (hit: SearchHitItem, i: number, active: number) => {
    const name = entityLabel(hit.entity, lang);
    const li = h(
      "li",
      {
        id: `${listId}-${i}`,
        role: "option",
        "aria-selected": String(i === active),
        className: i === active ? "active" : "",
        "data-testid": options.resultTestId,
        "data-id": hit.entity.id,
      },
      h("span", {
        className: "swatch",
        style: `background:${typeColor(hit.entity.type)}`,
        "aria-hidden": "true",
      }),
      h("span", { className: "suggestion-name" }, name),
      hit.matched && hit.matched !== name
        ? h("span", { className: "suggestion-matched" }, hit.matched)
        : null,
      h("span", { className: "suggestion-type" }, ontologyLabel(lang, "entity", hit.entity.type)),
    );
    // mousedown, not click: the input's blur would close the list before a click lands.
    li.addEventListener("mousedown", (event) => {
      event.preventDefault();
      actions.chooseSuggestion(id, hit);
    });
    return li;
  };

  const draw = (next: SuggestionBox) => {
    const { list: s } = next;
    list.hidden = !s.open;
    input.setAttribute("aria-expanded", String(s.open));
    if (s.active >= 0) input.setAttribute("aria-activedescendant", `${listId}-${s.active}`);
    else input.removeAttribute("aria-activedescendant");
    if (s.open && s.items.length === 0)
      replaceChildren(
        list,
        h("li", { className: "empty", role: "presentation" }, t(lang, "searchNoResults")),
      );
    else
      replaceChildren(
        list,
        s.items.map((hit, i) => option(hit, i, s.active)),
      );
    list.querySelector(".active")?.scrollIntoView({ block: "nearest" });
  };

  input.addEventListener("input", () => actions.typeQuery(id, input.value));
  input.addEventListener("keydown", (event) => {
    const current = box;
    if (!current) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      actions.moveSuggestion(id, event.key === "ArrowDown" ? 1 : -1);
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (current.status === "loading") return actions.chooseFirstWhenLoaded(id);
      const hit = chosen(current.list);
      if (hit) actions.chooseSuggestion(id, hit);
    } else if (event.key === "Escape") {
      // A search input clears itself on Escape; the first Escape should only close the list.
      if (current.list.open) {
        event.preventDefault();
        event.stopPropagation();
      }
      actions.closeSuggestions(id);
    }
  });
  input.addEventListener("blur", () => actions.closeSuggestions(id));

  return {
    el,
    render(state) {
      const next = state.suggestions[id];
      if (box === next && lang === state.lang) return;
      const langChanged = lang !== state.lang;
      lang = state.lang;
      if (langChanged || box === null) {
        label.textContent = t(lang, options.label);
        input.placeholder = t(lang, options.placeholder);
        input.title = t(lang, "searchHint");
      }
      // The state follows the input; the input follows the state only when it changed elsewhere (a choice).
      if (next.query !== input.value.trim() && (box === null || next.query !== box.query))
        input.value = next.query;
      box = next;
      draw(next);
    },
    setText(text) {
      input.value = text;
    },
  };
}
