/**
 * A tiny helper to build DOM elements: tag, properties/attributes, children. Text is always set
 * as text (never as HTML), so names and quotes from the server cannot inject markup.
 */

/** Attributes and properties of an element: strings become attributes, functions listeners (on…). */
export type Props = Record<string, string | number | boolean | null | undefined | ((event: Event) => void)>;

/** A child: an element, text, or nothing. */
export type Child = Node | string | null | undefined | false;

/** Creates an element. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === "function") el.addEventListener(key.slice(2).toLowerCase(), value);
    else if (key === "className") el.className = String(value);
    // Through the CSSOM, which a Content-Security-Policy without 'unsafe-inline' allows (a style attribute it blocks).
    else if (key === "style") el.style.cssText = String(value);
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child);
  }
  return el;
}

/** Replaces the children of an element. */
export function replaceChildren(el: Element, ...children: (Child | Child[])[]): void {
  el.replaceChildren(
    ...children.flat().filter((c): c is Node | string => c !== null && c !== undefined && c !== false),
  );
}
