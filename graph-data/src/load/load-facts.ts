/**
 * Loads data/facts/*.yaml (files → unknown → validated records): parses each file with line
 * numbers, narrows it with zod, checks every entity, metric and relation against the ontology and
 * resolves quotes to offsets. All problems are collected and thrown together as LoadErrors.
 */
import { existsSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { checkEntity } from "./check-entity.ts";
import { checkRelation } from "./check-relation.ts";
import { FactsFileSchema } from "./fact-schemas.ts";
import { FactScope } from "./fact-scope.ts";
import { LoadError, LoadErrors, zodLoadErrors } from "./load-errors.ts";
import type { QuoteContext } from "./resolve-evidence.ts";
import type { EntityAttributes, RelationAttributes, Source } from "../types.ts";
import { readYamlFile, type YamlFile } from "./yaml-file.ts";

/** A validated relation with its ends. */
export interface RelationRecord {
  from: string;
  to: string;
  attributes: RelationAttributes;
}

/** The validated facts of a facts directory, in file order. */
export interface FactRecords {
  entities: EntityAttributes[];
  relations: RelationRecord[];
}

interface FactsFile {
  yaml: YamlFile;
  context: QuoteContext;
  entities: unknown[];
  relations: unknown[];
}

/** Loads and validates every *.yaml in `factsDir` against `sources`; throws LoadErrors. */
export function loadFacts(factsDir: string, sources: readonly Source[]): FactRecords {
  const dirName = basename(factsDir);
  const names = existsSync(factsDir)
    ? readdirSync(factsDir)
        .filter((f) => /\.ya?ml$/.test(f))
        .sort()
    : [];
  if (names.length === 0)
    throw new LoadErrors([
      new LoadError(`${dirName}/`, 0, undefined, `no facts files (*.yaml) in ${factsDir}`),
    ]);
  const errors: LoadError[] = [];
  const sourceMap = new Map(sources.map((s) => [s.id, s]));
  const files: FactsFile[] = [];
  for (const name of names) {
    try {
      const yaml = readYamlFile(join(factsDir, name), `${dirName}/${name}`);
      // An empty, comments-only or `~` file would silently drop its article's facts.
      if (yaml.data === null || yaml.data === undefined) {
        errors.push(
          new LoadError(
            yaml.file,
            1,
            undefined,
            "the file holds no facts (it is empty, only comments or ~): a facts file is a map of source, entities and relations; remove the file if its article has none",
          ),
        );
        continue;
      }
      const parsed = FactsFileSchema.safeParse(yaml.data);
      if (!parsed.success) errors.push(...zodLoadErrors(yaml, [], undefined, parsed.error));
      else
        files.push({
          yaml,
          context: { sources: sourceMap, defaultSource: parsed.data.source },
          entities: parsed.data.entities,
          relations: parsed.data.relations,
        });
    } catch (error) {
      if (error instanceof LoadErrors) errors.push(...error.loadErrors);
      else throw error;
    }
  }
  for (const file of files) {
    if (file.context.defaultSource !== undefined && !sourceMap.has(file.context.defaultSource)) {
      errors.push(
        new LoadError(
          file.yaml.file,
          file.yaml.lineOf(["source"]),
          undefined,
          `unknown source "${file.context.defaultSource}" (sources: ${[...sourceMap.keys()].join(", ")})`,
        ),
      );
    }
  }
  const entities = new Map<string, EntityAttributes>();
  const known = new Set<string>();
  const firstSeen = new Map<string, string>();
  const claims = new Map<string, { id: string; at: string }>();
  for (const file of files) {
    file.entities.forEach((raw, i) => {
      const id = idOf(raw);
      const scope = new FactScope(file.yaml, ["entities", i], `entity ${id ?? `#${i + 1}`}`, errors);
      const at = `${file.yaml.file}:${scope.lineOf()}`;
      if (id !== undefined) {
        const first = firstSeen.get(id);
        if (first !== undefined)
          return scope.fail(["id"], `duplicate id "${id}" (first defined at ${first})`);
        firstSeen.set(id, at);
        known.add(id);
      }
      const entity = checkEntity(scope, raw, file.context);
      if (!entity) return;
      entities.set(entity.id, entity);
      // One name or alias means one entity: the second claim is the error.
      const names = [entity.name, ...entity.aliases];
      names.forEach((name, n) => {
        const claim = claims.get(name);
        if (claim && claim.id !== entity.id)
          scope.fail(
            n === 0 ? ["name"] : ["aliases", n - 1],
            `${n === 0 ? "name" : "alias"} "${name}" is already claimed by entity ${claim.id} (${claim.at})`,
          );
        else if (!claim) claims.set(name, { id: entity.id, at });
      });
    });
  }
  const relations: RelationRecord[] = [];
  const idCounts = new Map<string, number>();
  for (const file of files) {
    file.relations.forEach((raw, i) => {
      const scope = new FactScope(file.yaml, ["relations", i], relationLabel(raw, i), errors);
      const checked = checkRelation(scope, raw, file.context, entities, known);
      if (!checked) return;
      const base = `${checked.attributes.type}:${checked.from}->${checked.to}`;
      const count = (idCounts.get(base) ?? 0) + 1;
      idCounts.set(base, count);
      const id = count === 1 ? base : `${base}#${count}`;
      relations.push({ from: checked.from, to: checked.to, attributes: { id, ...checked.attributes } });
    });
  }
  if (errors.length > 0) throw new LoadErrors(errors);
  return { entities: [...entities.values()], relations };
}

function idOf(raw: unknown): string | undefined {
  return typeof raw === "object" && raw !== null && "id" in raw && typeof raw.id === "string"
    ? raw.id
    : undefined;
}

function relationLabel(raw: unknown, i: number): string {
  if (typeof raw !== "object" || raw === null) return `relation #${i + 1}`;
  const field = (key: string): string => (key in raw ? String((raw as Record<string, unknown>)[key]) : "?");
  return `relation ${field("type")} ${field("from")}->${field("to")}`;
}
