/**
 * The input types of the curation mutations: an article to ingest, decisions on proposals (with
 * their edits), a fact to add, and spans of the text. Values are checked by graph-data's curation
 * schemas (zod), whose errors name the field (e.g. decisions[0].edit.span.quote).
 */
import { builder } from "../../builder.ts";
import { EntityTypeEnum, QualifierEnum, RelationTypeEnum } from "../ontology-enums.ts";

/** IngestArticleInput. */
export const IngestArticleInput = builder.inputType("IngestArticleInput", {
  description: "An article to run the proposer on: its text and metadata.",
  fields: (t) => ({
    text: t.string({
      required: true,
      description: "The article's text (it is normalised; offsets refer to the normalised text).",
    }),
    title: t.string({ required: true, description: "The title (publishing needs it)." }),
    publication: t.string({ required: true, description: "The newspaper or site (publishing needs it)." }),
    id: t.string({
      required: false,
      description: "A kebab-case id for the article (default: one made from the draft).",
    }),
    date: t.string({ required: false, description: "The publication date, e.g. 2024-03-05." }),
    authors: t.stringList({ required: false, description: "The reporters." }),
    url: t.string({ required: false, description: "Where it was published online." }),
  }),
});

/** SpanInput. */
export const SpanInput = builder.inputType("SpanInput", {
  description:
    "A span of the draft's text: start and end offsets (as selected), a quote found exactly once, or both (they must agree).",
  fields: (t) => ({
    start: t.int({ required: false, description: "Offset of the first character." }),
    end: t.int({ required: false, description: "Offset just past the last character." }),
    quote: t.string({ required: false, description: "The quoted text." }),
  }),
});

const EditSpanInput = builder.inputType("EditSpanInput", {
  description: "A new span for a proposal's evidence.",
  fields: (t) => ({
    start: t.int({ required: false, description: "Offset of the first character." }),
    end: t.int({ required: false, description: "Offset just past the last character." }),
    quote: t.string({ required: false, description: "The quoted text." }),
    index: t.int({
      required: false,
      description: "Which evidence item it replaces (default 0; the count of items appends one).",
    }),
  }),
});

/** DecisionAction. */
export const DecisionActionEnum = builder.enumType("DecisionAction", {
  description: "What a curator does with a proposal.",
  values: {
    ACCEPT: { description: "Accept it as proposed." },
    REJECT: { description: "Reject it (it stays rejected until decided again)." },
    EDIT: { description: "Change it (see ProposalEdit) and accept it." },
    LINK: { description: "An entity proposal is the existing entity `linkTo`: accept it as that entity." },
  } as const,
});

const ProposalEditInput = builder.inputType("ProposalEdit", {
  description:
    "What an EDIT changes; each field applies to a kind of proposal (entity: name, nameEn, aliases, entityType, span; relation: relationType, from, to, title, span; metric: entity, key, value, unit, period, qualifier, span).",
  fields: (t) => ({
    name: t.string({ required: false, description: "Entity: the name as printed." }),
    nameEn: t.string({ required: false, description: "Entity: the English name." }),
    aliases: t.stringList({
      required: false,
      description: "Entity: every short name and variant (replaces the list).",
    }),
    entityType: t.field({
      type: EntityTypeEnum,
      required: false,
      description: "Entity: its new type (a link made under the old type is dropped).",
    }),
    relationType: t.field({
      type: RelationTypeEnum,
      required: false,
      description: "Relation: its new type.",
    }),
    span: t.field({ type: EditSpanInput, required: false, description: "A new span for one evidence item." }),
    value: t.float({ required: false, description: "Metric: the value in base units (yuan, not 亿元)." }),
    unit: t.string({ required: false, description: "Metric: the unit id (yuan, person, count …)." }),
    key: t.string({ required: false, description: "Metric: the ontology metric key (rd_staff …)." }),
    period: t.string({ required: false, description: 'Metric: the period ("2022", "as of publication" …).' }),
    qualifier: t.field({
      type: QualifierEnum,
      required: false,
      description: "Metric: how the figure relates to the true value.",
    }),
    from: t.id({
      required: false,
      description: "Relation: its start (an entity proposal id or an existing entity id).",
    }),
    to: t.id({
      required: false,
      description: "Relation: its end (an entity proposal id or an existing entity id).",
    }),
    entity: t.id({ required: false, description: "Metric: the entity it is about." }),
    title: t.string({ required: false, description: "Relation: a person's title (ROLE_AT)." }),
  }),
});

/** ProposalDecision. */
export const ProposalDecisionInput = builder.inputType("ProposalDecision", {
  description: "One decision on one proposal.",
  fields: (t) => ({
    proposalId: t.id({ required: true, description: "The proposal's id in the draft." }),
    action: t.field({ type: DecisionActionEnum, required: true, description: "What to do with it." }),
    edit: t.field({ type: ProposalEditInput, required: false, description: "EDIT only: what changes." }),
    linkTo: t.id({ required: false, description: "LINK only: the raw id of the existing entity it is." }),
  }),
});

/** FactKind. */
export const FactKindEnum = builder.enumType("FactKind", {
  description: "What kind of fact a curator adds.",
  values: {
    ENTITY: { description: "An entity (name, type, aliases)." },
    RELATION: { description: "A relation (type, from, to, title)." },
    METRIC: { description: "A figure (entity, key, value, unit, period, qualifier)." },
  } as const,
});

/** NewFactInput. */
export const NewFactInput = builder.inputType("NewFactInput", {
  description: "A fact the proposer missed, with the span of text that states it; fields apply by kind.",
  fields: (t) => ({
    kind: t.field({ type: FactKindEnum, required: true, description: "ENTITY, RELATION or METRIC." }),
    span: t.field({ type: SpanInput, required: true, description: "The span of the text that states it." }),
    name: t.string({ required: false, description: "ENTITY: the name as printed." }),
    nameEn: t.string({ required: false, description: "ENTITY: the English name." }),
    entityType: t.field({
      type: EntityTypeEnum,
      required: false,
      description: "ENTITY: its type (required).",
    }),
    relationType: t.field({
      type: RelationTypeEnum,
      required: false,
      description: "RELATION: its type (required).",
    }),
    aliases: t.stringList({ required: false, description: "ENTITY: short names and variants." }),
    from: t.id({
      required: false,
      description: "RELATION: its start (an entity proposal id or an existing entity id).",
    }),
    to: t.id({ required: false, description: "RELATION: its end." }),
    title: t.string({ required: false, description: "RELATION: a person's title (ROLE_AT)." }),
    entity: t.id({ required: false, description: "METRIC: the entity it is about." }),
    key: t.string({ required: false, description: "METRIC: the ontology metric key." }),
    value: t.float({ required: false, description: "METRIC: the value in base units." }),
    unit: t.string({ required: false, description: "METRIC: the unit id." }),
    period: t.string({ required: false, description: "METRIC: the period." }),
    qualifier: t.field({
      type: QualifierEnum,
      required: false,
      description: "METRIC: how the figure relates to the true value.",
    }),
  }),
});
