/**
 * Search: the MatchField enum, SearchHit, and the `search` query field over names, aliases,
 * English names, pinyin and initials (exact > prefix > substring, then shorter name, then id).
 */
import { builder } from "../builder.ts";
import { MATCH_FIELDS } from "../graph/search-index.ts";
import { entityTypeCode } from "../graph/store.ts";
import { EntityTypeEnum } from "./ontology-enums.ts";
import { EntityRef, SearchHitRef } from "./refs.ts";
import { checkFirst, MAX_FIRST } from "./connection.ts";
import { entityTest } from "../graph/entity-filter.ts";
import { EntityWhereRef, WhereParser } from "./entity-where.ts";

const FIELD_DESCRIPTIONS: Record<(typeof MATCH_FIELDS)[number], string> = {
  NAME: "The canonical Chinese name (名称).",
  ALIAS: "One of the aliases (简称/别名).",
  NAME_EN: "The English name.",
  PINYIN: 'Full pinyin of the name or an alias, without tones or spaces (e.g. "baotou…").',
  INITIALS: 'Pinyin initials of the name or an alias (e.g. "btxt…").',
};

const MatchFieldEnum = builder.enumType("MatchField", {
  description: "Which form of an entity a search query matched.",
  values: Object.fromEntries(MATCH_FIELDS.map((f) => [f, { description: FIELD_DESCRIPTIONS[f] }])) as Record<
    (typeof MATCH_FIELDS)[number],
    { description: string }
  >,
});

const MatchKindEnum = builder.enumType("MatchKind", {
  description: "How a search query matched the form.",
  values: {
    EXACT: { description: "The whole form equals the query." },
    PREFIX: { description: "The form starts with the query." },
    SUBSTRING: { description: "The form contains the query (names, aliases and English names only)." },
  } as const,
});

SearchHitRef.implement({
  description: "A search result: the entity and which of its forms matched.",
  fields: (t) => ({
    entity: t.field({
      type: EntityRef,
      description: "The entity found.",
      resolve: (h, _a, { store }) => store.entity(h.entity),
    }),
    score: t.exposeFloat("score", {
      description:
        "Higher is better: 3 exact, 2 prefix, 1 substring, plus a bonus below 1 for shorter names.",
    }),
    matched: t.exposeString("matched", {
      description:
        "The form that matched, as written: the name, the alias text, the English name, or the pinyin string.",
    }),
    matchedField: t.field({
      type: MatchFieldEnum,
      description: "Which form matched.",
      resolve: (h) => h.field,
    }),
    matchKind: t.field({
      type: MatchKindEnum,
      description: "Whether it matched exactly, as a prefix or as a substring.",
      resolve: (h) => h.kind,
    }),
  }),
});

builder.queryField("search", (t) =>
  t.field({
    type: [SearchHitRef],
    description:
      'Find entities by Chinese name, any alias, substring ("技术" finds "…技术研究院"), full pinyin ("baotou"), pinyin initials ("btxt") or English name; case-insensitive. Exact matches rank before prefix matches before substring matches, then shorter names, then ids.',
    args: {
      query: t.arg.string({
        required: true,
        description: "What to look for; whitespace and case are ignored.",
      }),
      types: t.arg({ type: [EntityTypeEnum], description: "Only entities of these types." }),
      where: t.arg({
        type: EntityWhereRef,
        description:
          'Only entities matching this filter (ranked as usual among them). Example: `{ tiedTo: { zone: "包头稀土高新区" } }`.',
      }),
      first: t.arg.int({ defaultValue: 10, description: `Most results to return, 0..${MAX_FIRST}.` }),
    },
    resolve: (_root, args, ctx) => {
      const first = checkFirst(args.first, 10);
      const codes = args.types ? new Set(args.types.map(entityTypeCode)) : undefined;
      const where = args.where ? entityTest(ctx.query, new WhereParser(ctx).entity(args.where)) : undefined;
      return ctx.search.search(args.query, first, codes, where);
    },
  }),
);
