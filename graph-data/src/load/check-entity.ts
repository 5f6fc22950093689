/**
 * Checks one entity of a facts file against the ontology: its type, the type-specific attributes
 * it may carry (level, kind, status, orgKind, designations …) and their values; resolves its
 * evidence and checks its metrics and designations. Cross-entity checks (duplicate ids, names claimed twice) live in load-facts.ts.
 */
import {
  ENTITY_TYPES,
  LEVELS,
  ORGANIZATION_KINDS,
  PLATFORM_KINDS,
  PROJECT_STATUSES,
  DESIGNATION_HOLDERS,
  UNITS,
  type EntityType,
} from "../ontology.ts";
import { checkDesignations } from "./check-designation.ts";
import { checkMetric } from "./check-metric.ts";
import { EntityFactSchema } from "./fact-schemas.ts";
import type { FactScope } from "./fact-scope.ts";
import { ontologyChoice } from "./ontology-choice.ts";
import { resolveEvidence, type QuoteContext } from "./resolve-evidence.ts";
import type { EntityAttributes } from "../types.ts";

/** Which entity types may carry each type-specific attribute. */
const APPLIES_TO: Readonly<Record<string, readonly EntityType[]>> = {
  level: ["ZONE", "PLATFORM"],
  designations: DESIGNATION_HOLDERS,
  kind: ["PLATFORM"],
  investmentYuan: ["PROJECT"],
  capacity: ["PROJECT"],
  status: ["PROJECT"],
  year: ["PROJECT"],
  fundSizeYuan: ["INVESTOR"],
  orgKind: ["ORGANIZATION"],
  regionKind: ["REGION"],
};

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The checked entity's attributes, or undefined when it had errors (reported into `scope`). */
export function checkEntity(
  scope: FactScope,
  raw: unknown,
  context: QuoteContext,
): EntityAttributes | undefined {
  const e = scope.parse(EntityFactSchema, raw);
  if (e === undefined) return undefined;
  const before = scope.errors.length;
  if (!KEBAB.test(e.id))
    scope.fail(["id"], `id "${e.id}" is not kebab-case (lower-case letters, digits and "-")`);
  const type = ontologyChoice(scope, ["type"], "entity type", ENTITY_TYPES, e.type);
  if (type) {
    for (const [field, types] of Object.entries(APPLIES_TO)) {
      if (field in e && e[field as keyof typeof e] !== undefined && !types.includes(type.id))
        scope.fail([field], `"${field}" applies to ${types.join(", ")}, not ${type.id}`);
    }
  }
  const level =
    e.level === undefined ? undefined : ontologyChoice(scope, ["level"], "level", LEVELS, e.level);
  const kind =
    e.kind === undefined
      ? undefined
      : ontologyChoice(scope, ["kind"], "platform kind", PLATFORM_KINDS, e.kind);
  const status =
    e.status === undefined
      ? undefined
      : ontologyChoice(scope, ["status"], "project status", PROJECT_STATUSES, e.status);
  const orgKind =
    e.orgKind === undefined
      ? undefined
      : ontologyChoice(scope, ["orgKind"], "organisation kind", ORGANIZATION_KINDS, e.orgKind);
  const capacity = (e.capacity ?? []).map((c, i) => ({
    value: c.value,
    unit: ontologyChoice(scope, ["capacity", i, "unit"], "unit", UNITS, c.unit)?.id,
  }));
  const evidence = resolveEvidence(scope, e.evidence, context);
  const designations =
    e.designations === undefined ? undefined : checkDesignations(scope, e.designations, context);
  const metrics = e.metrics.flatMap((m, i) => {
    const key = typeof m === "object" && m !== null && "key" in m ? String(m.key) : `#${i + 1}`;
    return checkMetric(scope.child(["metrics", i], `metric ${key} of ${e.id}`), m, context) ?? [];
  });
  if (!type || scope.errors.length > before) return undefined;
  const entity: EntityAttributes = {
    id: e.id,
    type: type.id,
    name: e.name,
    nameEn: e.nameEn,
    aliases: e.aliases,
    evidence,
    metrics,
  };
  if (e.description !== undefined) entity.description = e.description;
  if (e.inferred !== undefined) entity.inferred = { reason: e.inferred };
  if (level) entity.level = level.id;
  if (e.established !== undefined) entity.established = e.established;
  if (e.upgraded !== undefined) entity.upgraded = e.upgraded;
  if (designations !== undefined) entity.designations = designations;
  if (kind) entity.kind = kind.id;
  if (e.investmentYuan !== undefined) entity.investmentYuan = e.investmentYuan;
  if (e.capacity !== undefined)
    entity.capacity = capacity.flatMap((c) => (c.unit ? [{ value: c.value, unit: c.unit }] : []));
  if (status) entity.status = status.id;
  if (e.year !== undefined) entity.year = e.year;
  if (e.fundSizeYuan !== undefined) entity.fundSizeYuan = e.fundSizeYuan;
  if (orgKind) entity.orgKind = orgKind.id;
  if (e.regionKind !== undefined) entity.regionKind = e.regionKind;
  return entity;
}
