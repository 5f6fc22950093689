/**
 * Write GraphParts as a graphology JSON export (the format `graph.export()` gives and
 * `graph.import()` reads), streamed entity by entity so national-size graphs need no giant string.
 */
import { closeSync, openSync, renameSync, writeSync } from "node:fs";
import type { GraphParts } from "../snapshot/graph-parts.ts";

/** Write `parts` to `file` as graphology's serialised JSON (multi, directed graph). */
export function writeGraphJson(parts: GraphParts, file: string): void {
  const tmp = `${file}.tmp-${process.pid}`;
  const fd = openSync(tmp, "w");
  let buffer: string[] = [];
  let size = 0;
  const put = (text: string): void => {
    buffer.push(text);
    size += text.length;
    if (size > 1 << 20) flush();
  };
  const flush = (): void => {
    writeSync(fd, buffer.join(""));
    buffer = [];
    size = 0;
  };
  try {
    put(
      `{"options":{"type":"directed","multi":true,"allowSelfLoops":true},"attributes":${JSON.stringify(parts.attributes)},"nodes":[`,
    );
    parts.nodes.forEach((node, i) =>
      put(`${i === 0 ? "" : ","}{"key":${JSON.stringify(node.id)},"attributes":${JSON.stringify(node)}}`),
    );
    put(`],"edges":[`);
    parts.edges.forEach((edge, j) => {
      const source = parts.nodes[edge.source]?.id;
      const target = parts.nodes[edge.target]?.id;
      if (source === undefined || target === undefined)
        throw new Error(
          `graph-data/synth/write-graph-json: relation ${edge.attributes.id} points outside the entities`,
        );
      put(
        `${j === 0 ? "" : ","}{"key":${JSON.stringify(edge.attributes.id)},"source":${JSON.stringify(source)},"target":${JSON.stringify(target)},"attributes":${JSON.stringify(edge.attributes)}}`,
      );
    });
    put("]}\n");
    flush();
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
}
