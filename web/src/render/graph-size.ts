/**
 * The sizes at which drawing changes: small graphs show every label, large ones draw cheaply and
 * hide edges and labels while the camera moves. Apart from sigma so that loaders can use them in Node.
 */

/** Graphs up to this many nodes show every label the label grid has room for. */
export const SMALL_GRAPH = 300;
/** Graphs above this many nodes hide edges and labels while the camera moves. */
export const LARGE_GRAPH = 1000;
/** Graphs with more edges than this draw them as thin lines. */
export const MANY_EDGES = 1500;
