/**
 * The GraphQL enums derived from graph-data's ontology lists (EntityType, RelationType,
 * PlatformKind, Level, ProjectStatus, OrganizationKind, Qualifier): values and their descriptions
 * (zh/en labels) come from the one list, so the schema follows the ontology.
 */
import {
  ENTITY_TYPES,
  LEVELS,
  ORGANIZATION_KINDS,
  PLATFORM_KINDS,
  PROJECT_STATUSES,
  QUALIFIERS,
  RELATION_TYPES,
  type EntityType,
  type Level,
  type OrganizationKind,
  type PlatformKind,
  type ProjectStatus,
  type Qualifier,
  type RelationType,
} from "@zonegraph/graph-data/ontology";
import { builder } from "../builder.ts";

interface Labelled {
  readonly id: string;
  readonly zh: string;
  readonly en: string;
  readonly description?: string;
}

function values<K extends string>(
  list: readonly Labelled[],
  describe?: (item: Labelled) => string,
): Record<K, { description: string }> {
  const entries = list.map((item) => [
    item.id,
    {
      description: describe
        ? describe(item)
        : item.zh
          ? `${item.zh} — ${item.en}.`
          : "Exact: the figure is the value as stated.",
    },
  ]);
  return Object.fromEntries(entries) as Record<K, { description: string }>;
}

/** EntityType: what kind of thing an entity is. */
export const EntityTypeEnum = builder.enumType("EntityType", {
  description: "What kind of thing an entity is (实体类型).",
  values: values<EntityType>(ENTITY_TYPES, (t) => `${t.zh} (${t.en}): ${t.description ?? ""}`),
});

/** RelationType: what a directed relation says. */
export const RelationTypeEnum = builder.enumType("RelationType", {
  description: "What a directed relation between two entities says (关系类型).",
  values: values<RelationType>(RELATION_TYPES, (t) => `${t.zh} (${t.en}): ${t.description ?? ""}`),
});

/** PlatformKind: the kind of an R&D platform. */
export const PlatformKindEnum = builder.enumType("PlatformKind", {
  description: "The kind of an R&D or innovation platform (平台类型).",
  values: values<PlatformKind>(PLATFORM_KINDS),
});

/** Level: administrative level of a zone or platform. */
export const LevelEnum = builder.enumType("Level", {
  description: "The administrative level of a zone or platform (级别).",
  values: values<Level>(LEVELS),
});

/** ProjectStatus: where a project is in its lifecycle. */
export const ProjectStatusEnum = builder.enumType("ProjectStatus", {
  description: "Where a project is in its lifecycle (项目状态), in lifecycle order.",
  values: values<ProjectStatus>(PROJECT_STATUSES),
});

/** OrganizationKind: the kind of an organisation. */
export const OrganizationKindEnum = builder.enumType("OrganizationKind", {
  description: "The kind of an organisation (机构类型).",
  values: values<OrganizationKind>(ORGANIZATION_KINDS),
});

/** Qualifier: how a reported figure relates to the true value. */
export const QualifierEnum = builder.enumType("Qualifier", {
  description: 'How a reported figure relates to the true value ("500多项" is MORE_THAN 500).',
  values: values<Qualifier>(QUALIFIERS),
});
