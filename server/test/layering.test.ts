// The server's layers, checked by scanning its imports: lib ← graph ← state ← curation (the served
// folder, the token, the plugin guarding writes) ← schema (with the builder, ids and errors) ← app ←
// front ← main and the CLIs; limits sit beside the schema. No
// module imports from a layer above its own, and no import cycle exists between modules.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL("../src/", import.meta.url));

/** The layer of a module (by its path under src/); higher layers may import lower ones. */
function layerOf(path: string): number {
  const top = path.split("/")[0]!;
  const layers: Record<string, number> = {
    lib: 0,
    graph: 1,
    state: 2,
    curation: 3,
    schema: 4,
    "builder.ts": 4,
    "ids.ts": 4,
    "errors.ts": 4,
    limits: 4,
    app: 5,
    front: 6,
    cli: 7,
    "main.ts": 7,
  };
  const layer = layers[top];
  if (layer === undefined) throw new Error(`server/test/layering: no layer for src/${path}`);
  return layer;
}

function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? modules(join(dir, d.name)) : d.name.endsWith(".ts") ? [join(dir, d.name)] : [],
  );
}

/** Each module's relative imports (static and dynamic), as paths under src/. */
const imports = new Map<string, string[]>();
for (const file of modules(SRC)) {
  const text = readFileSync(file, "utf8");
  const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*"(\.[^"]+)"/gu)].map((m) => m[1]!);
  imports.set(
    relative(SRC, file),
    specs.map((s) => relative(SRC, resolve(dirname(file), s))),
  );
}

describe("the server's layers", () => {
  it("never imports from a higher layer", () => {
    const upward: string[] = [];
    for (const [from, tos] of imports)
      for (const to of tos) if (layerOf(to) > layerOf(from)) upward.push(`${from} → ${to}`);
    expect(upward).toEqual([]);
  });

  it("has no import cycle", () => {
    const cycles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const visit = (m: string, trail: string[]): void => {
      if (state.get(m) === "done") return;
      if (state.get(m) === "open") {
        cycles.push([...trail.slice(trail.indexOf(m)), m].join(" → "));
        return;
      }
      state.set(m, "open");
      for (const to of imports.get(m) ?? []) visit(to, [...trail, m]);
      state.set(m, "done");
    };
    for (const m of imports.keys()) visit(m, []);
    expect(cycles).toEqual([]);
  });

  it("keeps the front off the schema: it gets the app, the state and the compile cache", () => {
    const front = [...imports].filter(([m]) => m.startsWith("front/"));
    expect(front.length).toBeGreaterThan(0);
    for (const [m, tos] of front)
      expect(
        tos.filter((t) => t.startsWith("schema/")),
        m,
      ).toEqual([]);
  });
});
