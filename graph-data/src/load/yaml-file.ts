/**
 * Reads a YAML file as `unknown` data plus a way to find the line of any path in it, so every
 * later validation error can name file:line. Syntax errors become LoadErrors with their line, and
 * so does an alias bomb ("billion laughs"): aliases may expand at most MAX_ALIAS_EXPANSIONS times.
 */
import { readFileSync } from "node:fs";
import { isNode, LineCounter, parseDocument, visit, type Alias, type Document } from "yaml";
import { LoadError, LoadErrors } from "./load-errors.ts";

/** How many alias expansions a file may make (yaml's own default; curators rarely use aliases). */
export const MAX_ALIAS_EXPANSIONS = 100;

/** A path into parsed YAML: map keys and sequence indices. */
export type YamlPath = readonly (string | number)[];

/** A parsed YAML file: its data (unknown until narrowed) and a line lookup. */
export interface YamlFile {
  /** The file as shown in errors. */
  file: string;
  data: unknown;
  /** 1-based line of the node at `path`, or of its nearest existing ancestor. */
  lineOf(path: YamlPath): number;
}

/** Parses `path` (shown as `displayPath`); throws its syntax errors as LoadErrors. */
export function readYamlFile(path: string, displayPath: string): YamlFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(path, "utf8"), {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
  });
  if (doc.errors.length > 0) {
    throw new LoadErrors(
      doc.errors.map(
        (e) =>
          new LoadError(
            displayPath,
            lineCounter.linePos(e.pos[0]).line,
            undefined,
            `YAML: ${e.message.split("\n")[0] ?? e.code}`,
          ),
      ),
    );
  }
  let data: unknown;
  try {
    // yaml counts expansions per anchor before expanding, so a bomb is refused in linear time.
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSIONS }) as unknown;
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    const alias = firstAlias(doc);
    throw new LoadErrors([
      new LoadError(
        displayPath,
        alias?.range ? lineCounter.linePos(alias.range[0]).line : 1,
        undefined,
        `YAML: aliases expand more than ${MAX_ALIAS_EXPANSIONS} times (an alias bomb?)${alias ? `, starting with *${alias.source}` : ""}: ${error.message}`,
      ),
    ]);
  }
  return {
    file: displayPath,
    data,
    lineOf(at: YamlPath): number {
      for (let n = at.length; n >= 0; n--) {
        const node: unknown = doc.getIn(at.slice(0, n), true);
        if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
      }
      return 1;
    },
  };
}

function firstAlias(doc: Document): Alias | undefined {
  let found: Alias | undefined;
  visit(doc, {
    Alias(_key, node) {
      found = node;
      return visit.BREAK;
    },
  });
  return found;
}
