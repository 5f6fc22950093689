/**
 * Checks one relation of a facts file: its type is in the ontology, both ends name entities, and
 * the ends' entity types are ones the relation type allows; resolves its evidence.
 */
import { RELATION_TYPES } from "../ontology.ts";
import { RelationFactSchema } from "./fact-schemas.ts";
import type { FactScope } from "./fact-scope.ts";
import { ontologyChoice } from "./ontology-choice.ts";
import { resolveEvidence, type QuoteContext } from "./resolve-evidence.ts";
import type { EntityAttributes, RelationAttributes } from "../types.ts";

/** A checked relation: its ends and its attributes without the id (assigned when building). */
export interface CheckedRelation {
  from: string;
  to: string;
  attributes: Omit<RelationAttributes, "id">;
}

/**
 * The checked relation, or undefined when it had errors (reported into `scope`). `entities` maps
 * ids to entities; `known` also holds ids of entities that failed their own checks, so a relation
 * to them is not reported a second time.
 */
export function checkRelation(
  scope: FactScope,
  raw: unknown,
  context: QuoteContext,
  entities: ReadonlyMap<string, EntityAttributes>,
  known: ReadonlySet<string>,
): CheckedRelation | undefined {
  const r = scope.parse(RelationFactSchema, raw);
  if (r === undefined) return undefined;
  const before = scope.errors.length;
  const type = ontologyChoice(scope, ["type"], "relation type", RELATION_TYPES, r.type);
  for (const end of ["from", "to"] as const) {
    const id = r[end];
    const entity = entities.get(id);
    if (!entity) {
      if (!known.has(id)) scope.fail([end], `"${end}" names no entity "${id}"`);
      continue;
    }
    const allowed: readonly string[] = type ? type[end] : [];
    if (type && !allowed.includes(entity.type))
      scope.fail([end], `"${end}" is ${id}, a ${entity.type}; ${type.id} goes ${end} ${allowed.join(", ")}`);
  }
  const evidence = resolveEvidence(scope, r.evidence, context);
  if (!type || scope.errors.length > before) return undefined;
  const attributes: Omit<RelationAttributes, "id"> = { type: type.id, evidence };
  if (r.title !== undefined) attributes.title = r.title;
  if (r.inferred !== undefined) attributes.inferred = { reason: r.inferred };
  return { from: r.from, to: r.to, attributes };
}
