/**
 * Types of ForceAtlas2's one-iteration kernel, which the package ships without a declaration: it
 * moves the nodes of a node matrix (10 floats a node) along the edges of an edge matrix (3 a edge).
 */
declare module "graphology-layout-forceatlas2/iterate.js" {
  /** Runs one ForceAtlas2 iteration in place on `nodes`. */
  export default function iterate(
    settings: Record<string, number | boolean>,
    nodes: Float32Array,
    edges: Float32Array,
  ): Record<string, never>;
}
