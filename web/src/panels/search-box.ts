/**
 * A search box with suggestions as you type (Chinese, alias, pinyin, English — the server matches),
 * navigable with the keyboard: ↑/↓ move, Enter chooses, Esc closes. Used by the toolbar and the path tool.
 */
import type { SearchHitItem } from "../api/api-types.ts";
import type { Lang, MessageKey } from "../state/i18n.ts";
import { ontologyLabel, t } from "../state/i18n.ts";
import { entityLabel, typeColor } from "../state/labels.ts";
import {
  chosen,
  close,
  emptySuggestions,
  moveActive,
  setItems,
  type SuggestionsState,
} from "../state/suggestions.ts";
import { h, replaceChildren } from "./dom.ts";

/** How a search box is set up. */
export interface SearchBoxOptions {
  id: string;
  inputTestId?: string;
  resultTestId?: string;
  placeholder: MessageKey;
  label: MessageKey;
  search(query: string): Promise<SearchHitItem[]>;
  onChoose(hit: SearchHitItem): void;
}

/** A mounted search box. */
export interface SearchBox {
  el: HTMLElement;
  render(lang: Lang): void;
  setText(text: string): void;
}

/** Delay between the last keystroke and the query. */
export const DEBOUNCE_MS = 120;

/** Creates a search box. */
export function createSearchBox(options: SearchBoxOptions): SearchBox {
  let lang: Lang = "zh";
  let state: SuggestionsState<SearchHitItem> = emptySuggestions();
  let requestNo = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const listId = `${options.id}-list`;
  const label = h("label", { for: options.id, className: "visually-hidden" });
  const input = h("input", {
    id: options.id,
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

  const choose = (hit: SearchHitItem | undefined) => {
    if (!hit) return;
    state = close(state);
    input.value = entityLabel(hit.entity, lang);
    draw();
    options.onChoose(hit);
  };

  const draw = () => {
    list.hidden = !state.open;
    input.setAttribute("aria-expanded", String(state.open));
    if (state.active >= 0) input.setAttribute("aria-activedescendant", `${listId}-${state.active}`);
    else input.removeAttribute("aria-activedescendant");
    if (state.open && state.items.length === 0) {
      replaceChildren(
        list,
        h("li", { className: "empty", role: "presentation" }, t(lang, "searchNoResults")),
      );
      return;
    }
    replaceChildren(
      list,
      state.items.map((hit, i) => {
        const name = entityLabel(hit.entity, lang);
        const li = h(
          "li",
          {
            id: `${listId}-${i}`,
            role: "option",
            "aria-selected": String(i === state.active),
            className: i === state.active ? "active" : "",
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
          choose(hit);
        });
        return li;
      }),
    );
  };

  const query = (text: string) => {
    const mine = ++requestNo;
    if (text.trim() === "") {
      state = close(setItems(state, []));
      draw();
      return;
    }
    options.search(text.trim()).then(
      (items) => {
        if (mine !== requestNo) return;
        state = setItems(state, items);
        draw();
      },
      () => {
        if (mine !== requestNo) return;
        state = setItems(state, []);
        draw();
      },
    );
  };

  input.addEventListener("input", () => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      query(input.value);
    }, DEBOUNCE_MS);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      state = moveActive(state, event.key === "ArrowDown" ? 1 : -1);
      draw();
      list.querySelector(".active")?.scrollIntoView({ block: "nearest" });
    } else if (event.key === "Enter") {
      event.preventDefault();
      // Enter typed faster than the debounce: search now, then choose the first hit.
      if (timer !== null || (!state.open && input.value.trim() !== "")) {
        if (timer !== null) clearTimeout(timer);
        timer = null;
        const mine = ++requestNo;
        void options.search(input.value.trim()).then((items) => {
          if (mine !== requestNo) return;
          state = setItems(state, items);
          choose(chosen(state));
        });
        return;
      }
      choose(chosen(state));
    } else if (event.key === "Escape") {
      // A search input clears itself on Escape; the first Escape should only close the list.
      if (state.open) event.preventDefault();
      state = close(state);
      draw();
    }
  });
  input.addEventListener("blur", () => {
    state = close(state);
    draw();
  });

  return {
    el,
    render(next) {
      lang = next;
      label.textContent = t(lang, options.label);
      input.placeholder = t(lang, options.placeholder);
      input.title = t(lang, "searchHint");
      draw();
    },
    setText(text) {
      input.value = text;
    },
  };
}
