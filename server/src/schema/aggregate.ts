/**
 * `aggregate(where, groupBy)`: counts and number statistics of the entities a filter selects,
 * overall and in buckets by zone (through ties), top region, type, level or status — NumberStats,
 * AggregateBucket, Aggregate and the AggregateGroup enum.
 */
import type { EntityAttributes } from "@zonegraph/graph-data";
import { LEVELS, PROJECT_STATUSES, ENTITY_TYPE_IDS } from "@zonegraph/graph-data/ontology";
import { builder, type BuilderTypes } from "../builder.ts";
import { badInput } from "../errors.ts";
import {
  AGGREGATE_GROUPS,
  countsByType,
  groupEntities,
  numberStats,
  type AggregateGroup,
  type Bucket,
  type NumberStats,
} from "../graph/aggregate.ts";
import { filterEntities } from "../graph/entity-filter.ts";
import type { QueryIndex } from "../graph/query-index.ts";
import type { GraphState } from "../state/graph-state.ts";
import { checkFirst, MAX_FIRST } from "./connection.ts";
import { EntityWhereRef, WhereParser } from "./entity-where.ts";
import { EntityTypeEnum, LevelEnum, ProjectStatusEnum } from "./ontology-enums.ts";
import { EntityRef, RegionRef, TypeCountRef, ZoneRef } from "./refs.ts";
import { TieRoleEnum } from "./tie-role.ts";

/** A set of entities being aggregated, with what reads their columns. */
interface Aggregated {
  q: QueryIndex;
  items: Int32Array;
}
/** An aggregate: its entities, and how to bucket them. */
interface AggregateShape extends Aggregated {
  groups: AggregateGroup[];
  roles: ReadonlySet<1 | 2>;
}
/** A bucket as served. */
interface BucketShape extends Aggregated {
  groups: AggregateGroup[];
  keys: number[];
}

const GROUP_DOCS: Record<AggregateGroup, string> = {
  ZONE: "Every zone the entity is tied to (as a member unless `zoneRoles` says otherwise), within 4 hops.",
  REGION: "Every top region (province-level: in no other region) the entity lies within (see `inRegion`).",
  TYPE: "The entity type.",
  LEVEL: "The level of a zone or platform (none for others).",
  STATUS: "The status of a project (none for others).",
};

/** What entities can be grouped by. */
export const AggregateGroupEnum = builder.enumType("AggregateGroup", {
  description: "What `aggregate` buckets entities by; several groups bucket by their combinations.",
  values: Object.fromEntries(AGGREGATE_GROUPS.map((g) => [g, { description: GROUP_DOCS[g] }])) as Record<
    AggregateGroup,
    { description: string }
  >,
});

const NumberStatsRef = builder.objectRef<NumberStats>("NumberStats").implement({
  description: "Statistics of a number over the entities that have it.",
  fields: (t) => ({
    count: t.exposeInt("count", { description: "How many entities have the value." }),
    sum: t.exposeFloat("sum", { description: "Their sum (0 when none)." }),
    avg: t.float({ nullable: true, description: "Their mean (null when none).", resolve: (s) => s.avg }),
    min: t.float({ nullable: true, description: "The smallest (null when none).", resolve: (s) => s.min }),
    max: t.float({ nullable: true, description: "The largest (null when none).", resolve: (s) => s.max }),
  }),
});

/** The stats fields every aggregated set has (count, countsByType, investmentYuan, metric). */
function statsFields<T extends Aggregated>(t: PothosSchemaTypes.ObjectFieldBuilder<BuilderTypes, T>) {
  return {
    count: t.int({ description: "Number of entities.", resolve: (a) => a.items.length }),
    countsByType: t.field({
      type: [TypeCountRef],
      description: "Number of entities by type (types with none omitted).",
      resolve: (a) => countsByType(a.q, a.items),
    }),
    investmentYuan: t.field({
      type: NumberStatsRef,
      description: "Statistics of projects' investment in yuan.",
      resolve: (a) => numberStats(a.q.columns.numbers.investmentYuan, a.items),
    }),
    metric: t.field({
      type: NumberStatsRef,
      description:
        'Statistics of a metric figure (the latest, or of `period`). Example: `metric(key: "rd_staff")`.',
      args: {
        key: t.arg.string({
          required: true,
          description: 'The metric key. Example: `"tech_contract_value"`.',
        }),
        period: t.arg.string({
          description: 'The period (the latest figure when omitted). Example: `"2022"`.',
        }),
      },
      resolve: (a, args, ctx) => {
        const key = new WhereParser(ctx, "key").metricKey(args.key, "key");
        return numberStats(a.q.metric(key, args.period ?? null).values, a.items);
      },
    }),
  };
}

const keyOf = (b: BucketShape, g: AggregateGroup): number => b.keys[b.groups.indexOf(g)] ?? -1;
const entityKey = (b: BucketShape, g: AggregateGroup, ctx: GraphState): EntityAttributes | null => {
  const k = keyOf(b, g);
  return b.groups.includes(g) && k >= 0 ? ctx.store.entity(k) : null;
};

const AggregateBucketRef = builder.objectRef<BucketShape>("AggregateBucket").implement({
  description: "The entities of one combination of the groups, with their counts and statistics.",
  fields: (t) => ({
    key: t.string({
      description:
        'The bucket\'s keys joined by " / ": zone and region names, types, levels, statuses ("none" when absent).',
      resolve: (b, _a, ctx) =>
        b.groups
          .map((g, d) => {
            const k = b.keys[d]!;
            if (k < 0) return "none";
            if (g === "ZONE" || g === "REGION") return ctx.store.entityName(k);
            if (g === "TYPE") return ENTITY_TYPE_IDS[k]!;
            return (g === "LEVEL" ? LEVELS : PROJECT_STATUSES)[k]!.id;
          })
          .join(" / "),
    }),
    entity: t.field({
      type: EntityRef,
      nullable: true,
      description: "The zone or region of the bucket (the first such group), when grouping by one.",
      resolve: (b, _a, ctx) => entityKey(b, "ZONE", ctx) ?? entityKey(b, "REGION", ctx),
    }),
    zone: t.field({
      type: ZoneRef,
      nullable: true,
      description: "The bucket's zone (groupBy ZONE).",
      resolve: (b, _a, ctx) => entityKey(b, "ZONE", ctx),
    }),
    region: t.field({
      type: RegionRef,
      nullable: true,
      description: "The bucket's region (groupBy REGION).",
      resolve: (b, _a, ctx) => entityKey(b, "REGION", ctx),
    }),
    type: t.field({
      type: EntityTypeEnum,
      nullable: true,
      description: "The bucket's type (groupBy TYPE).",
      resolve: (b) => (b.groups.includes("TYPE") ? (ENTITY_TYPE_IDS[keyOf(b, "TYPE")] ?? null) : null),
    }),
    level: t.field({
      type: LevelEnum,
      nullable: true,
      description: "The bucket's level (groupBy LEVEL; null: none).",
      resolve: (b) => LEVELS[keyOf(b, "LEVEL")]?.id ?? null,
    }),
    status: t.field({
      type: ProjectStatusEnum,
      nullable: true,
      description: "The bucket's status (groupBy STATUS; null: none).",
      resolve: (b) => PROJECT_STATUSES[keyOf(b, "STATUS")]?.id ?? null,
    }),
    ...statsFields(t),
  }),
});

const AggregateRef = builder.objectRef<AggregateShape>("Aggregate").implement({
  description: "Counts and statistics of the entities `where` selects, overall and by `groupBy`.",
  fields: (t) => ({
    ...statsFields(t),
    groupCount: t.int({
      description: "Number of buckets (all of them, whatever `groups(first)` returns).",
      resolve: (a) => (a.groups.length === 0 ? 0 : buckets(a).length),
    }),
    groups: t.field({
      type: [AggregateBucketRef],
      description:
        "The buckets, largest first, then by key (zones and regions by name); none without `groupBy`.",
      args: {
        first: t.arg.int({
          defaultValue: 100,
          description: `Most buckets to return, 0..${MAX_FIRST}. Example: \`20\`.`,
        }),
      },
      resolve: (a, args) => {
        if (a.groups.length === 0) return [];
        return buckets(a)
          .slice(0, checkFirst(args.first))
          .map((b) => ({ q: a.q, items: b.items, groups: a.groups, keys: b.keys }));
      },
    }),
  }),
});

const bucketCache = new WeakMap<AggregateShape, Bucket[]>();
function buckets(a: AggregateShape): Bucket[] {
  let b = bucketCache.get(a);
  if (!b) bucketCache.set(a, (b = groupEntities(a.q, a.items, a.groups, a.roles)));
  return b;
}

builder.queryField("aggregate", (t) =>
  t.field({
    type: AggregateRef,
    description:
      "Counts and statistics of the entities matching `where`, overall and in buckets by `groupBy`. Example: `aggregate(where: { type: { eq: PLATFORM } }, groupBy: [ZONE, LEVEL]) { groups { key count } }`.",
    args: {
      where: t.arg({
        type: EntityWhereRef,
        description: "Which entities (all when omitted). Example: `{ type: { in: [PROJECT] } }`.",
      }),
      groupBy: t.arg({
        type: [AggregateGroupEnum],
        description: "Bucket by these (each at most once). Example: `[ZONE]`.",
      }),
      zoneRoles: t.arg({
        type: [TieRoleEnum],
        defaultValue: ["MEMBER"],
        description:
          "groupBy ZONE: count an entity in the zones it is tied to with these roles (default members only). Example: `[MEMBER, COUNTERPARTY]`.",
      }),
    },
    resolve: (_root, args, ctx) => {
      const groups = [...(args.groupBy ?? [])];
      if (new Set(groups).size !== groups.length) throw badInput("groupBy", "each group may be given once.");
      const q = ctx.query;
      const items = args.where ? filterEntities(q, new WhereParser(ctx).entity(args.where)) : allEntities(q);
      const roles = new Set<1 | 2>((args.zoneRoles ?? ["MEMBER"]).map((r) => (r === "MEMBER" ? 1 : 2)));
      return { q, items, groups, roles };
    },
  }),
);

function allEntities(q: QueryIndex): Int32Array {
  return Int32Array.from({ length: q.sources.store.entityCount }, (_, i) => i);
}
