/**
 * Every named producer of the explorer's state (state → state, the same state when nothing
 * changes), gathered from their modules by concern so that callers import them as one namespace.
 */
export * from "./connection-producers.ts";
export * from "./details-producers.ts";
export * from "./filter-producers.ts";
export * from "./load-producers.ts";
export * from "./navigation-producers.ts";
export * from "./path-producers.ts";
export * from "./selection-producers.ts";
export * from "./set-lang.ts";
export * from "./suggestion-producers.ts";
export * from "./zone-producers.ts";
