/**
 * The `where` inputs: EntityWhere (AND/OR/NOT, type, name, tiedTo, inRegion, attributes, metric,
 * degree, relation) with its condition inputs, and RelationWhere; and their parsing into the graph
 * layer's filters, where a condition that does not fit the types the filter allows, an unknown
 * metric key or unit, or a bad id is BAD_USER_INPUT naming its path (e.g. `where.AND[1].level`).
 */
import {
  ENTITY_TYPE_IDS,
  METRIC_KEYS,
  UNITS,
  type EntityType,
  type RelationType,
} from "@zonegraph/graph-data/ontology";
import { builder } from "../builder.ts";
import { badInput } from "../errors.ts";
import type { Direction } from "../graph/adjacency.ts";
import {
  ENUM_FIELDS,
  ESTABLISHED_TYPES,
  NUMBER_FIELDS,
  type EnumField,
  type NumberField,
} from "../graph/entity-columns.ts";
import type { DateRange, EntityFilter, NumberRange, RelationFilter } from "../graph/entity-filter.ts";
import { DEFAULT_MAX_HOPS, MAX_HOPS, MIN_HOPS, type TieRole } from "../graph/tied-to-zone.ts";
import { resolveEntityId } from "../ids.ts";
import type { GraphState } from "../state/graph-state.ts";
import {
  EntityTypeEnum,
  LevelEnum,
  OrganizationKindEnum,
  PlatformKindEnum,
  ProjectStatusEnum,
  RelationTypeEnum,
} from "./ontology-enums.ts";
import { DirectionEnum } from "./relation.ts";
import { TieRoleEnum } from "./tie-role.ts";

type Maybe<T> = T | null | undefined;

/** A numeric condition as sent. */
export interface NumberConditionInput {
  eq?: Maybe<number>;
  gt?: Maybe<number>;
  gte?: Maybe<number>;
  lt?: Maybe<number>;
  lte?: Maybe<number>;
}
interface EnumConditionInput<T extends string> {
  eq?: Maybe<T>;
  in?: Maybe<readonly T[]>;
}
interface DateConditionInput {
  eq?: Maybe<string>;
  gt?: Maybe<string>;
  gte?: Maybe<string>;
  lt?: Maybe<string>;
  lte?: Maybe<string>;
}

/** An EntityWhere as sent. */
export interface EntityWhereInput {
  AND?: Maybe<readonly EntityWhereInput[]>;
  OR?: Maybe<readonly EntityWhereInput[]>;
  NOT?: Maybe<EntityWhereInput>;
  type?: Maybe<EnumConditionInput<EntityType>>;
  name?: Maybe<{ eq?: Maybe<string>; contains?: Maybe<string>; startsWith?: Maybe<string> }>;
  tiedTo?: Maybe<{ zone: string | number; role?: Maybe<TieRole>; maxHops?: Maybe<number> }>;
  inRegion?: Maybe<string | number>;
  investmentYuan?: Maybe<NumberConditionInput>;
  year?: Maybe<NumberConditionInput>;
  fundSizeYuan?: Maybe<NumberConditionInput>;
  capacity?: Maybe<{ unit?: Maybe<string>; value?: Maybe<NumberConditionInput> }>;
  status?: Maybe<EnumConditionInput<string>>;
  level?: Maybe<EnumConditionInput<string>>;
  kind?: Maybe<EnumConditionInput<string>>;
  orgKind?: Maybe<EnumConditionInput<string>>;
  established?: Maybe<DateConditionInput>;
  metric?: Maybe<{ key: string; period?: Maybe<string>; value?: Maybe<NumberConditionInput> }>;
  degree?: Maybe<NumberConditionInput>;
  relation?: Maybe<{
    type?: Maybe<RelationType>;
    direction?: Maybe<Direction>;
    other?: Maybe<EntityWhereInput>;
  }>;
}

/** A RelationWhere as sent. */
export interface RelationWhereInput {
  AND?: Maybe<readonly RelationWhereInput[]>;
  OR?: Maybe<readonly RelationWhereInput[]>;
  NOT?: Maybe<RelationWhereInput>;
  type?: Maybe<EnumConditionInput<RelationType>>;
  inferred?: Maybe<boolean>;
  from?: Maybe<EntityWhereInput>;
  to?: Maybe<EntityWhereInput>;
}

const NUMBER_DOC = (example: string) => ({
  eq: `Equal to this. Example: \`{ eq: ${example} }\`.`,
  gt: `Greater than this. Example: \`{ gt: ${example} }\`.`,
  gte: `At least this. Example: \`{ gte: ${example} }\`.`,
  lt: `Less than this. Example: \`{ lt: ${example} }\`.`,
  lte: `At most this. Example: \`{ lte: ${example} }\`.`,
});

/** A numeric condition: every bound given must hold; `{}` means "has a value". */
export const NumberConditionRef = builder.inputType("NumberCondition", {
  description:
    "A numeric condition: every bound given must hold; entities without the value never match; `{}` matches every entity that has one. Example: `{ gte: 1e9, lt: 5e9 }`.",
  fields: (t) => {
    const doc = NUMBER_DOC("1e9");
    return {
      eq: t.float({ description: doc.eq }),
      gt: t.float({ description: doc.gt }),
      gte: t.float({ description: doc.gte }),
      lt: t.float({ description: doc.lt }),
      lte: t.float({ description: doc.lte }),
    };
  },
});

const DateConditionRef = builder.inputType("DateCondition", {
  description:
    'A date condition on "YYYY", "YYYY-MM" or "YYYY-MM-DD", compared at the precision of each bound: `{ lte: "2013" }` includes 2013-09. Example: `{ gte: "2010", lt: "2020" }`.',
  fields: (t) => ({
    eq: t.string({ description: 'In this year or month. Example: `{ eq: "1992-05" }`.' }),
    gt: t.string({ description: 'After this year or month. Example: `{ gt: "2015" }`.' }),
    gte: t.string({ description: 'In or after. Example: `{ gte: "2015" }`.' }),
    lt: t.string({ description: 'Before. Example: `{ lt: "2000" }`.' }),
    lte: t.string({ description: 'In or before. Example: `{ lte: "2013" }`.' }),
  }),
});

type EnumRef =
  | typeof EntityTypeEnum
  | typeof LevelEnum
  | typeof ProjectStatusEnum
  | typeof PlatformKindEnum
  | typeof OrganizationKindEnum
  | typeof RelationTypeEnum;

function enumCondition<R extends EnumRef>(name: string, type: R, what: string, example: [string, string]) {
  return builder.inputType(name, {
    description: `A condition on ${what}: \`eq\` one value or \`in\` a list (both: both must hold). Example: \`{ in: [${example.join(", ")}] }\`.`,
    fields: (t) => ({
      eq: t.field({ type, description: `Exactly this. Example: \`{ eq: ${example[0]} }\`.` }),
      in: t.field({
        type: [type],
        description: `Any of these. Example: \`{ in: [${example.join(", ")}] }\`.`,
      }),
    }),
  });
}

const EntityTypeConditionRef = enumCondition("EntityTypeCondition", EntityTypeEnum, "the entity type", [
  "PROJECT",
  "COMPANY",
]);
const LevelConditionRef = enumCondition("LevelCondition", LevelEnum, "the level of a zone or platform", [
  "NATIONAL",
  "PROVINCIAL",
]);
const StatusConditionRef = enumCondition("ProjectStatusCondition", ProjectStatusEnum, "a project's status", [
  "STARTED",
  "OPERATING",
]);
const KindConditionRef = enumCondition("PlatformKindCondition", PlatformKindEnum, "a platform's kind", [
  "KEY_LAB",
  "RD_CENTER",
]);
const OrgKindConditionRef = enumCondition(
  "OrganizationKindCondition",
  OrganizationKindEnum,
  "an organisation's kind",
  ["UNIVERSITY", "GOVERNMENT"],
);
const RelationTypeConditionRef = enumCondition(
  "RelationTypeCondition",
  RelationTypeEnum,
  "the relation type",
  ["LOCATED_IN", "FUNDED_BY"],
);

const NameConditionRef = builder.inputType("NameCondition", {
  description:
    'A condition on names, matched as `search` matches: the name, every alias, the English name, full pinyin and pinyin initials, ignoring case and spaces. Example: `{ contains: "稀土" }`.',
  fields: (t) => ({
    eq: t.string({
      description: 'A name, alias, English name or pinyin form equals this. Example: `{ eq: "威丰电磁" }`.',
    }),
    startsWith: t.string({ description: 'A form starts with this. Example: `{ startsWith: "baotou" }`.' }),
    contains: t.string({
      description:
        'A name, alias or English name contains this, or a pinyin form starts with it. Example: `{ contains: "稀土" }`.',
    }),
  }),
});

const TiedToConditionRef = builder.inputType("TiedToCondition", {
  description:
    'Tied to a zone (as `tiedToZone` answers). Example: `{ zone: "包头稀土高新区", role: MEMBER }`.',
  fields: (t) => ({
    zone: t.id({
      required: true,
      description: 'The zone: global id, raw id or exact name or alias. Example: `"包头稀土高新区"`.',
    }),
    role: t.field({
      type: TieRoleEnum,
      description: "Only members, or only counterparties; both when omitted. Example: `MEMBER`.",
    }),
    maxHops: t.int({
      description: `Largest hop count, ${MIN_HOPS}..${MAX_HOPS} (default ${DEFAULT_MAX_HOPS}). Example: \`2\`.`,
    }),
  }),
});

const CapacityConditionRef = builder.inputType("CapacityCondition", {
  description:
    'A project has a capacity in `unit` whose value meets `value`. Example: `{ unit: "MW", value: { gte: 100 } }`.',
  fields: (t) => ({
    unit: t.string({
      description: 'The unit (MW, MWh, tonne/year, count …); any unit when omitted. Example: `"MW"`.',
    }),
    value: t.field({
      type: NumberConditionRef,
      description: "The value, in `unit`. Example: `{ gte: 100 }`.",
    }),
  }),
});

const MetricConditionRef = builder.inputType("MetricCondition", {
  description:
    'A figure of the entity: metric `key`, of `period` (the latest figure without one: the period ending last, figures "as of publication" or without a period counting as latest), whose value meets `value`. Example: `{ key: "patents_granted", value: { gte: 50 } }`.',
  fields: (t) => ({
    key: t.string({
      required: true,
      description: 'A metric key of the ontology. Example: `"tech_contract_value"`.',
    }),
    period: t.string({ description: 'Exactly this period. Example: `"2022-01..2022-11"`.' }),
    value: t.field({
      type: NumberConditionRef,
      description:
        "The value in base units (yuan, not 亿元); has the figure when omitted. Example: `{ gte: 1e8 }`.",
    }),
  }),
});

/** EntityWhere (recursive). */
export const EntityWhereRef = builder.inputRef<EntityWhereInput>("EntityWhere");

const RelationConditionRef = builder.inputType("RelationCondition", {
  description:
    "Has a relation of `type` in `direction` whose other end matches `other` (one level: `other` may not hold a `relation`). Example: `{ type: HOSTED_BY, direction: IN, other: { level: { eq: NATIONAL } } }`.",
  fields: (t) => ({
    type: t.field({
      type: RelationTypeEnum,
      description: "The relation type; any when omitted. Example: `FUNDED_BY`.",
    }),
    direction: t.field({
      type: DirectionEnum,
      description: "OUT (from this entity), IN, or BOTH (default). Example: `OUT`.",
    }),
    other: t.field({
      type: EntityWhereRef,
      description: "The entity at the other end. Example: `{ type: { eq: INVESTOR } }`.",
    }),
  }),
});

EntityWhereRef.implement({
  description:
    'Which entities: every field given must hold (AND); each field is one condition. Example: `{ type: { in: [PROJECT] }, investmentYuan: { gte: 1e9 }, inRegion: "内蒙古自治区" }`.',
  fields: (t) => ({
    AND: t.field({
      type: [EntityWhereRef],
      description: 'All of these. Example: `[{ level: { eq: NATIONAL } }, { inRegion: "四川省" }]`.',
    }),
    OR: t.field({
      type: [EntityWhereRef],
      description: "Any of these. Example: `[{ kind: { eq: KEY_LAB } }, { level: { eq: NATIONAL } }]`.",
    }),
    NOT: t.field({
      type: EntityWhereRef,
      description: "Not this. Example: `{ status: { eq: OPERATING } }`.",
    }),
    type: t.field({
      type: EntityTypeConditionRef,
      description: "The entity type. Example: `{ in: [PROJECT] }`.",
    }),
    name: t.field({
      type: NameConditionRef,
      description:
        'Names, aliases, English names and pinyin, as search matches them. Example: `{ contains: "稀土" }`.',
    }),
    tiedTo: t.field({
      type: TiedToConditionRef,
      description: 'Tied to a zone. Example: `{ zone: "包头稀土高新区" }`.',
    }),
    inRegion: t.id({
      description:
        'Within a region: placed (LOCATED_IN / PART_OF) in it, or in a zone or region that is, up through regions. Example: `"内蒙古自治区"`.',
    }),
    investmentYuan: t.field({
      type: NumberConditionRef,
      description: "PROJECT: total investment in yuan (10亿元 is 1e9). Example: `{ gte: 1e9 }`.",
    }),
    year: t.field({
      type: NumberConditionRef,
      description: "PROJECT: the year of its status. Example: `{ gte: 2022 }`.",
    }),
    fundSizeYuan: t.field({
      type: NumberConditionRef,
      description: "INVESTOR: fund size in yuan. Example: `{ gte: 1e8 }`.",
    }),
    capacity: t.field({
      type: CapacityConditionRef,
      description: 'PROJECT: a capacity. Example: `{ unit: "MW", value: { gte: 100 } }`.',
    }),
    status: t.field({
      type: StatusConditionRef,
      description: "PROJECT: its status. Example: `{ in: [STARTED, OPERATING] }`.",
    }),
    level: t.field({
      type: LevelConditionRef,
      description: "ZONE, PLATFORM: the level. Example: `{ eq: NATIONAL }`.",
    }),
    kind: t.field({ type: KindConditionRef, description: "PLATFORM: its kind. Example: `{ eq: KEY_LAB }`." }),
    orgKind: t.field({
      type: OrgKindConditionRef,
      description: "ORGANIZATION: its kind. Example: `{ eq: UNIVERSITY }`.",
    }),
    established: t.field({
      type: DateConditionRef,
      description: 'ZONE, PLATFORM: date founded. Example: `{ lt: "2000" }`.',
    }),
    metric: t.field({
      type: MetricConditionRef,
      description: 'A reported figure. Example: `{ key: "patents_granted", value: { gte: 50 } }`.',
    }),
    degree: t.field({
      type: NumberConditionRef,
      description: "Number of relations, both directions. Example: `{ gte: 10 }`.",
    }),
    relation: t.field({
      type: RelationConditionRef,
      description:
        "A relation to an entity matching a filter. Example: `{ type: OWNED_BY, direction: OUT }`.",
    }),
  }),
});

/** RelationWhere (recursive). */
export const RelationWhereRef = builder.inputRef<RelationWhereInput>("RelationWhere");
RelationWhereRef.implement({
  description:
    "Which relations: every field given must hold. Example: `{ type: { eq: FUNDED_BY }, inferred: false, to: { type: { in: [INVESTOR] } } }`.",
  fields: (t) => ({
    AND: t.field({
      type: [RelationWhereRef],
      description: "All of these. Example: `[{ inferred: true }, { type: { eq: PART_OF } }]`.",
    }),
    OR: t.field({
      type: [RelationWhereRef],
      description: "Any of these. Example: `[{ type: { eq: LOCATED_IN } }, { type: { eq: PART_OF } }]`.",
    }),
    NOT: t.field({ type: RelationWhereRef, description: "Not this. Example: `{ inferred: true }`." }),
    type: t.field({
      type: RelationTypeConditionRef,
      description: "The relation type. Example: `{ in: [FUNDED_BY, OWNED_BY] }`.",
    }),
    inferred: t.boolean({ description: "Inferred (true) or stated by the text (false). Example: `true`." }),
    from: t.field({
      type: EntityWhereRef,
      description: 'The entity it starts from. Example: `{ tiedTo: { zone: "包头稀土高新区" } }`.',
    }),
    to: t.field({
      type: EntityWhereRef,
      description: "The entity it points to. Example: `{ type: { eq: INVESTOR } }`.",
    }),
  }),
});

const METRIC_KEY_IDS = new Set<string>(METRIC_KEYS.map((m) => m.id));
const UNIT_IDS = new Set<string>(UNITS.map((u) => u.id));
const ATTRIBUTE_TYPES: Record<NumberField | EnumField | "capacity" | "established", readonly EntityType[]> = {
  investmentYuan: [NUMBER_FIELDS.investmentYuan],
  year: [NUMBER_FIELDS.year],
  fundSizeYuan: [NUMBER_FIELDS.fundSizeYuan],
  status: ENUM_FIELDS.status.types,
  level: ENUM_FIELDS.level.types,
  kind: ENUM_FIELDS.kind.types,
  orgKind: ENUM_FIELDS.orgKind.types,
  capacity: ["PROJECT"],
  established: ESTABLISHED_TYPES,
};

function range(input: NumberConditionInput): NumberRange {
  const r: NumberRange = {};
  for (const k of ["eq", "gt", "gte", "lt", "lte"] as const) {
    const v = input[k];
    if (v != null) r[k] = v;
  }
  return r;
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Parses `where` inputs of argument `arg` against the state (ids resolved, conditions checked). */
export class WhereParser {
  /** A parser for argument `arg` (named in every error). */
  constructor(
    private readonly ctx: GraphState,
    private readonly arg = "where",
  ) {}

  private fail(path: string, message: string): never {
    throw badInput(this.arg, `\`${path}\`: ${message}`);
  }

  private entityIndex(path: string, id: string | number, type: EntityType): number {
    const i = resolveEntityId(this.ctx, String(id));
    if (i < 0 || ENTITY_TYPE_IDS[this.ctx.store.entityType[i]!] !== type)
      this.fail(path, `no ${type.toLowerCase()} with id "${String(id)}".`);
    return i;
  }

  private enumValues<T extends string>(c: EnumConditionInput<T>, path: string): T[] {
    const eq = c.eq ?? null;
    const list = c.in ?? null;
    if (eq === null && list === null) this.fail(path, "give `eq` or `in`.");
    if (eq !== null && list !== null) return list.includes(eq) ? [eq] : [];
    return eq !== null ? [eq] : [...list!];
  }

  /** The filter of an EntityWhere at `path`; `scope` is the types enclosing conditions allow. */
  entity(
    w: EntityWhereInput,
    path = this.arg,
    scope: readonly EntityType[] | null = null,
    nested = false,
  ): EntityFilter {
    const parts: EntityFilter[] = [];
    let types = scope;
    if (w.type) {
      const own = this.enumValues(w.type, `${path}.type`);
      types = scope ? own.filter((t) => scope.includes(t)) : own;
      parts.push({ op: "type", types: [...types] });
    }
    const fits = (field: keyof typeof ATTRIBUTE_TYPES): void => {
      const allowed = ATTRIBUTE_TYPES[field];
      if (types && !types.some((t) => allowed.includes(t)))
        this.fail(
          `${path}.${field}`,
          `applies to ${allowed.join(", ")} only, but this filter allows only ${types.join(", ") || "no type"}.`,
        );
    };
    if (w.AND) w.AND.forEach((p, k) => parts.push(this.entity(p, `${path}.AND[${k}]`, types, nested)));
    if (w.OR)
      parts.push({ op: "OR", parts: w.OR.map((p, k) => this.entity(p, `${path}.OR[${k}]`, types, nested)) });
    if (w.NOT) parts.push({ op: "NOT", part: this.entity(w.NOT, `${path}.NOT`, types, nested) });
    if (w.name) {
      const n = w.name;
      for (const match of ["eq", "startsWith", "contains"] as const) {
        const text = n[match];
        if (text != null) {
          if (text.trim() === "") this.fail(`${path}.name.${match}`, "must not be empty.");
          parts.push({ op: "name", match, text });
        }
      }
    }
    if (w.tiedTo) {
      const p = `${path}.tiedTo`;
      const zone = this.entityIndex(`${p}.zone`, w.tiedTo.zone, "ZONE");
      const hops = w.tiedTo.maxHops ?? DEFAULT_MAX_HOPS;
      if (!Number.isInteger(hops) || hops < MIN_HOPS || hops > MAX_HOPS)
        this.fail(`${p}.maxHops`, `must be between ${MIN_HOPS} and ${MAX_HOPS}, got ${hops}.`);
      parts.push({ op: "tiedTo", zone, role: w.tiedTo.role ?? null, maxHops: hops });
    }
    if (w.inRegion != null)
      parts.push({ op: "inRegion", region: this.entityIndex(`${path}.inRegion`, w.inRegion, "REGION") });
    for (const field of Object.keys(NUMBER_FIELDS) as NumberField[]) {
      const c = w[field];
      if (c) {
        fits(field);
        parts.push({ op: "number", field, range: range(c) });
      }
    }
    for (const field of Object.keys(ENUM_FIELDS) as EnumField[]) {
      const c = w[field];
      if (c) {
        fits(field);
        parts.push({ op: "enum", field, values: this.enumValues(c, `${path}.${field}`) });
      }
    }
    if (w.capacity) {
      fits("capacity");
      const unit = w.capacity.unit ?? null;
      if (unit !== null && !UNIT_IDS.has(unit))
        this.fail(`${path}.capacity.unit`, `unknown unit "${unit}" (one of ${[...UNIT_IDS].join(", ")}).`);
      parts.push({ op: "capacity", unit, range: range(w.capacity.value ?? {}) });
    }
    if (w.established) {
      fits("established");
      const r: DateRange = {};
      for (const k of ["eq", "gt", "gte", "lt", "lte"] as const) {
        const v = w.established[k];
        if (v == null) continue;
        if (!DATE.test(v))
          this.fail(`${path}.established.${k}`, `"${v}" is not YYYY, YYYY-MM or YYYY-MM-DD.`);
        r[k] = v;
      }
      parts.push({ op: "established", range: r });
    }
    if (w.metric) {
      const key = this.metricKey(w.metric.key, `${path}.metric.key`);
      parts.push({ op: "metric", key, period: w.metric.period ?? null, range: range(w.metric.value ?? {}) });
    }
    if (w.degree) parts.push({ op: "degree", range: range(w.degree) });
    if (w.relation) {
      const p = `${path}.relation`;
      if (nested) this.fail(p, "a `relation` inside `relation.other` is not supported (one level only).");
      const other = w.relation.other ? this.entity(w.relation.other, `${p}.other`, null, true) : null;
      parts.push({
        op: "relation",
        types: w.relation.type ? [w.relation.type] : null,
        direction: w.relation.direction ?? "BOTH",
        other,
      });
    }
    return parts.length === 1 ? parts[0]! : { op: "AND", parts };
  }

  /** A metric key checked against the ontology. */
  metricKey(key: string, path: string): string {
    if (!METRIC_KEY_IDS.has(key)) {
      const near = [...METRIC_KEY_IDS].filter((k) => k.includes(key) || key.includes(k)).slice(0, 5);
      this.fail(
        path,
        `unknown metric key "${key}"${near.length ? ` (did you mean ${near.join(", ")}?)` : ""}.`,
      );
    }
    return key;
  }

  /** The filter of a RelationWhere at `path`. */
  relation(w: RelationWhereInput, path = this.arg): RelationFilter {
    const parts: RelationFilter[] = [];
    if (w.AND) w.AND.forEach((p, k) => parts.push(this.relation(p, `${path}.AND[${k}]`)));
    if (w.OR) parts.push({ op: "OR", parts: w.OR.map((p, k) => this.relation(p, `${path}.OR[${k}]`)) });
    if (w.NOT) parts.push({ op: "NOT", part: this.relation(w.NOT, `${path}.NOT`) });
    if (w.type) parts.push({ op: "type", types: this.enumValues(w.type, `${path}.type`) });
    if (w.inferred != null) parts.push({ op: "inferred", value: w.inferred });
    if (w.from) parts.push({ op: "from", entity: this.entity(w.from, `${path}.from`) });
    if (w.to) parts.push({ op: "to", entity: this.entity(w.to, `${path}.to`) });
    return parts.length === 1 ? parts[0]! : { op: "AND", parts };
  }
}
