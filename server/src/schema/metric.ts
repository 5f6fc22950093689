/**
 * The Metric type: a figure reported about an entity, in base units (yuan, not 亿元), with its
 * labels, period, qualifier and evidence.
 */
import { QualifierEnum } from "./ontology-enums.ts";
import { EvidenceRef, MetricRef } from "./refs.ts";

MetricRef.implement({
  description: "A figure reported about an entity (指标), in base units: yuan, not 亿元.",
  fields: (t) => ({
    key: t.exposeString("key", {
      description: 'What the figure measures, from the ontology\'s metric keys, e.g. "tech_contract_value".',
    }),
    label: t.string({ description: "Chinese label, e.g. 技术合同成交额.", resolve: (m) => m.label.zh }),
    labelEn: t.string({
      description: 'English label, e.g. "technology contract turnover".',
      resolve: (m) => m.label.en,
    }),
    value: t.exposeFloat("value", { description: "The value in base units (2.06亿元 is 206000000)." }),
    unit: t.exposeString("unit", {
      description: "The base unit: yuan, count, person, percent, times, m2, tonne, MW, MWh …",
    }),
    period: t.string({
      nullable: true,
      description: 'The period, e.g. "2022", "2022-01..2022-11", "..2022-12".',
      resolve: (m) => m.period ?? null,
    }),
    qualifier: t.field({
      type: QualifierEnum,
      nullable: true,
      description: "How the figure relates to the true value; null means exact.",
      resolve: (m) => m.qualifier ?? null,
    }),
    note: t.string({
      nullable: true,
      description: "What the figure is compared with or measured from, when the text says.",
      resolve: (m) => m.note ?? null,
    }),
    evidence: t.field({
      type: [EvidenceRef],
      description: "Quotes that state the figure.",
      resolve: (m) => m.evidence,
    }),
  }),
});
