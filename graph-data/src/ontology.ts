/**
 * The ontology of ZoneGraph: entity types, relation types, platform kinds and levels, project
 * statuses, organisation kinds, metric keys and who may hold designations, each one `as const` list
 * with zh/en labels.
 * This is the single source of truth: the server's enums and the explorer's legend derive from it.
 */

/** A label in both languages of the product. */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

/** Entity types with labels, a description and the explorer's colour. */
export const ENTITY_TYPES = [
  {
    id: "ZONE",
    zh: "园区",
    en: "Zone",
    color: "#d94841",
    description:
      "A high-tech zone (高新区), development zone (开发区) or industrial park (产业园); its own titles are designations.",
  },
  {
    id: "REGION",
    zh: "行政区",
    en: "Region",
    color: "#8c6d31",
    description: "A province, city, prefecture or XPCC division (兵团师市).",
  },
  {
    id: "COMPANY",
    zh: "企业",
    en: "Company",
    color: "#2b6cb0",
    description: "An enterprise, by its full registered name; short names are aliases.",
  },
  {
    id: "PLATFORM",
    zh: "研发平台",
    en: "Platform",
    color: "#2f9e44",
    description:
      "An R&D or innovation platform: R&D centre, key lab, workstation, institute, incubator, alliance or base.",
  },
  {
    id: "PROJECT",
    zh: "项目",
    en: "Project",
    color: "#e8890c",
    description: "An investment or R&D project, with investment in yuan, capacity and status.",
  },
  {
    id: "INVESTOR",
    zh: "投资方",
    en: "Investor",
    color: "#9c36b5",
    description: "A fund or investment body.",
  },
  {
    id: "PERSON",
    zh: "人物",
    en: "Person",
    color: "#c2255c",
    description: "A named person; their titles are ROLE_AT relations.",
  },
  {
    id: "ORGANIZATION",
    zh: "机构",
    en: "Organization",
    color: "#5c7080",
    description: "A government body, university or research institution.",
  },
] as const;
/** One of the entity types, e.g. "ZONE". */
export type EntityType = (typeof ENTITY_TYPES)[number]["id"];
/** The entity type ids in ontology order. */
export const ENTITY_TYPE_IDS: readonly EntityType[] = ENTITY_TYPES.map((t) => t.id);

/** Relation types: directed, with the entity types each end may have. */
export const RELATION_TYPES = [
  {
    id: "LOCATED_IN",
    zh: "位于",
    en: "located in",
    from: ["COMPANY", "PLATFORM", "PROJECT", "ORGANIZATION", "INVESTOR", "ZONE"],
    to: ["ZONE", "REGION"],
    description:
      "A company, platform, project or organisation is located in a zone; a zone (or an entity outside any zone) lies in a region.",
  },
  {
    id: "PART_OF",
    zh: "隶属于",
    en: "part of",
    from: ["REGION", "ZONE", "COMPANY", "ORGANIZATION", "PLATFORM"],
    to: ["REGION", "ZONE", "COMPANY", "ORGANIZATION"],
    description:
      "A region lies in a larger region; a park lies in the zone; a subsidiary or department belongs to its parent.",
  },
  {
    id: "HOSTED_BY",
    zh: "依托企业",
    en: "hosted by",
    from: ["PLATFORM"],
    to: ["COMPANY", "ORGANIZATION"],
    description: "A platform is built and run by a company (or organisation).",
  },
  {
    id: "OWNED_BY",
    zh: "承担主体",
    en: "owned by",
    from: ["PROJECT"],
    to: ["COMPANY", "ORGANIZATION"],
    description: "A project is carried out by a company.",
  },
  {
    id: "FUNDED_BY",
    zh: "资金来源",
    en: "funded by",
    from: ["PROJECT", "COMPANY", "PLATFORM"],
    to: ["INVESTOR", "COMPANY", "ORGANIZATION"],
    description: "A project (or company) receives money from an investor or company.",
  },
  {
    id: "ROLE_AT",
    zh: "任职于",
    en: "role at",
    from: ["PERSON"],
    to: ["COMPANY", "ORGANIZATION", "PLATFORM", "ZONE", "REGION"],
    description:
      "A person holds a title (the relation's title) at an organisation, company, platform or government.",
  },
  {
    id: "PARTNERS_WITH",
    zh: "合作伙伴",
    en: "partners with",
    from: ["PLATFORM", "COMPANY", "ORGANIZATION"],
    to: ["ORGANIZATION", "COMPANY", "PLATFORM"],
    description:
      "A strategic cooperation between a member institute or company and a partner (university, institution).",
  },
  {
    id: "RELIES_ON",
    zh: "依托平台",
    en: "relies on",
    from: ["PLATFORM"],
    to: ["PLATFORM"],
    description: "A platform is built on another platform.",
  },
  {
    id: "ADMINISTERS",
    zh: "管理",
    en: "administers",
    from: ["ORGANIZATION"],
    to: ["ZONE"],
    description: "A government body administers a zone.",
  },
  {
    id: "COOPERATES_WITH",
    zh: "合作",
    en: "cooperates with",
    from: ["ZONE"],
    to: ["COMPANY", "ORGANIZATION"],
    description: "A zone works with a company it names as a partner (合作).",
  },
  {
    id: "ESTABLISHED_BY",
    zh: "设立主体",
    en: "established by",
    from: ["PLATFORM", "INVESTOR", "ORGANIZATION", "ZONE"],
    to: ["ZONE", "ORGANIZATION", "REGION", "COMPANY"],
    description: "A platform, fund or organisation was set up by a zone, organisation or government.",
  },
] as const;
/** One of the relation types, e.g. "LOCATED_IN". */
export type RelationType = (typeof RELATION_TYPES)[number]["id"];
/** The relation type ids in ontology order. */
export const RELATION_TYPE_IDS: readonly RelationType[] = RELATION_TYPES.map((t) => t.id);

/**
 * "Tied to a zone" (DESIGN.md): relation types whose source belongs to whatever its target belongs
 * to; a chain of them, followed forward, leads a member into its zone.
 */
export const MEMBERSHIP_RELATION_TYPES = [
  "LOCATED_IN",
  "PART_OF",
  "HOSTED_BY",
  "OWNED_BY",
  "ROLE_AT",
  "ADMINISTERS",
  "ESTABLISHED_BY",
  "RELIES_ON",
] as const satisfies readonly RelationType[];

/**
 * Relation types whose source is a counterparty of the member (or zone) it points at; every other
 * counterparty is the target of some relation from a member or the zone.
 */
export const INBOUND_COUNTERPARTY_RELATION_TYPES = [
  "COOPERATES_WITH",
  "PARTNERS_WITH",
] as const satisfies readonly RelationType[];

/** Kinds of R&D and innovation platforms. */
export const PLATFORM_KINDS = [
  { id: "RD_CENTER", zh: "研发中心", en: "R&D centre" },
  { id: "KEY_LAB", zh: "重点实验室", en: "key laboratory" },
  { id: "ACADEMICIAN_WORKSTATION", zh: "院士工作站", en: "academician workstation" },
  { id: "POSTDOC_WORKSTATION", zh: "博士后科研工作站", en: "postdoctoral workstation" },
  { id: "RESEARCH_INSTITUTE", zh: "研究院", en: "research institute" },
  { id: "NEW_RD_INSTITUTION", zh: "新型研发机构", en: "new-type R&D institution" },
  { id: "INCUBATOR", zh: "孵化器", en: "incubator" },
  { id: "ALLIANCE", zh: "创新联盟", en: "innovation alliance" },
  { id: "DEMONSTRATION_BASE", zh: "示范基地", en: "demonstration base" },
  { id: "INDUSTRIAL_PARK", zh: "产业园", en: "industrial park" },
] as const;
/** One of the platform kinds. */
export type PlatformKind = (typeof PLATFORM_KINDS)[number]["id"];

/** Administrative levels of platforms and zones. */
export const LEVELS = [
  { id: "NATIONAL", zh: "国家级", en: "national" },
  { id: "PROVINCIAL", zh: "省级", en: "provincial" },
  { id: "AUTONOMOUS_REGION", zh: "自治区级", en: "autonomous-region" },
  { id: "XPCC", zh: "兵团级", en: "XPCC (corps)" },
  { id: "MUNICIPAL", zh: "市级", en: "municipal" },
] as const;
/** One of the levels. */
export type Level = (typeof LEVELS)[number]["id"];

/**
 * Entity types that may hold designations: a zone's own titles (称号) such as 省级科技成果转化示范区 or
 * 国家级双创示范基地, each with a name, a level from LEVELS, the year when stated and evidence. A
 * designation is a title of the zone, not a member platform (DESIGN.md).
 */
export const DESIGNATION_HOLDERS = ["ZONE"] as const satisfies readonly EntityType[];

/** Project statuses, in lifecycle order. */
export const PROJECT_STATUSES = [
  { id: "PLANNED", zh: "谋划", en: "planned" },
  { id: "SIGNED", zh: "签约", en: "signed" },
  { id: "STARTED", zh: "开工", en: "started" },
  { id: "COMPLETED", zh: "竣工", en: "completed" },
  { id: "OPERATING", zh: "投产运营", en: "operating" },
] as const;
/** One of the project statuses. */
export type ProjectStatus = (typeof PROJECT_STATUSES)[number]["id"];

/** Kinds of organisations. */
export const ORGANIZATION_KINDS = [
  { id: "GOVERNMENT", zh: "政府机构", en: "government body" },
  { id: "UNIVERSITY", zh: "高校", en: "university" },
  { id: "RESEARCH_INSTITUTION", zh: "科研机构", en: "research institution" },
  { id: "PARTY", zh: "党委", en: "party committee" },
] as const;
/** One of the organisation kinds. */
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number]["id"];

/** Units a metric value may be in: base units only (yuan, not 亿元). */
export const UNITS = [
  { id: "yuan", zh: "元", en: "yuan" },
  { id: "count", zh: "个", en: "count" },
  { id: "person", zh: "人", en: "people" },
  { id: "percent", zh: "%", en: "percent" },
  { id: "times", zh: "倍", en: "times" },
  { id: "m2", zh: "平方米", en: "square metres" },
  { id: "tonne", zh: "吨", en: "tonnes" },
  { id: "tonne/year", zh: "吨/年", en: "tonnes per year" },
  { id: "MW", zh: "兆瓦", en: "megawatts" },
  { id: "MWh", zh: "兆瓦时", en: "megawatt-hours" },
] as const;
/** One of the units. */
export type Unit = (typeof UNITS)[number]["id"];

/** How a reported figure relates to the true value ("500多项" is MORE_THAN 500). */
export const QUALIFIERS = [
  { id: "EXACT", zh: "", en: "" },
  { id: "MORE_THAN", zh: "多/超过", en: "more than" },
  { id: "AT_LEAST", zh: "以上", en: "at least" },
  { id: "ABOUT", zh: "约", en: "about" },
  { id: "TARGET", zh: "目标", en: "target" },
  { id: "ESTIMATE", zh: "预计", en: "estimate" },
] as const;
/** One of the qualifiers. */
export type Qualifier = (typeof QUALIFIERS)[number]["id"];

/** Metric keys: what a figure measures, with labels and the unit it must be in. */
export const METRIC_KEYS = [
  { id: "rd_platforms", zh: "研发平台数量", en: "R&D platforms", unit: "count" },
  {
    id: "rd_platforms_national",
    zh: "国家级研发平台数量",
    en: "national-level R&D platforms",
    unit: "count",
  },
  {
    id: "rd_platforms_provincial",
    zh: "省级研发平台数量",
    en: "provincial-level R&D platforms",
    unit: "count",
  },
  {
    id: "rd_platforms_regional_share",
    zh: "自治区级以上研发平台占比",
    en: "share of platforms at autonomous-region level or above",
    unit: "percent",
  },
  { id: "rd_staff", zh: "专职研发人员", en: "full-time R&D staff", unit: "person" },
  { id: "technical_staff", zh: "技术人员", en: "technical staff", unit: "person" },
  { id: "rd_staff_share", zh: "技术人员占比", en: "technical staff share of headcount", unit: "percent" },
  { id: "rd_projects", zh: "研发项目数", en: "R&D projects", unit: "count" },
  {
    id: "rd_spending_share",
    zh: "研发经费占销售额比重",
    en: "R&D spending as share of sales",
    unit: "percent",
  },
  { id: "invention_patents", zh: "有效发明专利", en: "valid invention patents", unit: "count" },
  {
    id: "invention_patents_granted_new",
    zh: "新增发明专利授权",
    en: "new invention patents granted",
    unit: "count",
  },
  { id: "patents_granted", zh: "授权专利", en: "patents granted", unit: "count" },
  { id: "talents", zh: "人才", en: "talents", unit: "person" },
  {
    id: "achievements_transferred",
    zh: "科技成果转化",
    en: "research results commercialised",
    unit: "count",
  },
  {
    id: "research_results_collected",
    zh: "征集科研成果人数",
    en: "scientists whose results were collected",
    unit: "person",
  },
  {
    id: "postdocs_recruited",
    zh: "引进博士后研究人员",
    en: "postdoctoral researchers recruited",
    unit: "person",
  },
  {
    id: "partner_institutions",
    zh: "战略合作大学及科研机构",
    en: "partner universities and institutions",
    unit: "count",
  },
  { id: "tech_contracts", zh: "技术合同", en: "technology contracts", unit: "count" },
  { id: "tech_contract_value", zh: "技术合同成交额", en: "technology contract turnover", unit: "yuan" },
  {
    id: "tech_contract_value_city_share",
    zh: "技术合同成交额占全市比重",
    en: "technology contract turnover as share of the city's",
    unit: "percent",
  },
  { id: "innovation_funding", zh: "创新资金支持", en: "innovation funding received", unit: "yuan" },
  { id: "operating_revenue", zh: "营业收入", en: "operating revenue", unit: "yuan" },
  {
    id: "gdp_growth_multiple",
    zh: "生产总值增长倍数",
    en: "GDP as a multiple of an earlier year",
    unit: "times",
  },
  {
    id: "industrial_value_added_multiple",
    zh: "工业增加值增长倍数",
    en: "industrial value added as a multiple of an earlier year",
    unit: "times",
  },
  {
    id: "tax_revenue_multiple",
    zh: "全口径税收增长倍数",
    en: "total tax revenue as a multiple of an earlier year",
    unit: "times",
  },
  {
    id: "industrial_value_added_share",
    zh: "工业增加值占师市比重",
    en: "industrial value added as share of the division-city",
    unit: "percent",
  },
  {
    id: "fixed_asset_investment_share",
    zh: "固定资产投资占师市比重",
    en: "fixed-asset investment as share of the division-city",
    unit: "percent",
  },
  {
    id: "tax_revenue_share",
    zh: "全口径税收占师市比重",
    en: "total tax revenue as share of the division-city",
    unit: "percent",
  },
  { id: "enterprises", zh: "企业数量", en: "enterprises", unit: "count" },
  {
    id: "industrial_chains",
    zh: "招商产业链",
    en: "industrial chains targeted for investment",
    unit: "count",
  },
  { id: "projects_signed", zh: "新签项目", en: "projects signed", unit: "count" },
  { id: "signed_investment", zh: "协议总投资", en: "contracted investment", unit: "yuan" },
  {
    id: "reserve_projects_3bn",
    zh: "30亿元以上投资储备项目",
    en: "reserve projects of 3 billion yuan or more",
    unit: "count",
  },
  { id: "projects_completed", zh: "竣工验收项目", en: "projects completed and accepted", unit: "count" },
  { id: "innovative_smes_new", zh: "新增创新型中小企业", en: "new innovative SMEs", unit: "count" },
  {
    id: "above_scale_industrial_new",
    zh: "新增规上工业企业",
    en: "new industrial enterprises above designated size",
    unit: "count",
  },
  {
    id: "specialized_smes",
    zh: "专精特新中小企业",
    en: "specialised and innovative SMEs (专精特新)",
    unit: "count",
  },
  { id: "high_tech_enterprises", zh: "高新技术企业", en: "high-tech enterprises", unit: "count" },
  {
    id: "high_tech_enterprises_growth",
    zh: "高新技术企业同比增长",
    en: "year-on-year growth of high-tech enterprises",
    unit: "percent",
  },
  {
    id: "national_tech_smes",
    zh: "入库国家级科技型中小企业",
    en: "registered national tech-based SMEs",
    unit: "count",
  },
  {
    id: "circular_economy_linkage",
    zh: "循环经济产业链关联度",
    en: "circular-economy chain linkage",
    unit: "percent",
  },
  { id: "incubation_area", zh: "双创孵化面积", en: "incubation floor area", unit: "m2" },
  { id: "incubated_enterprises", zh: "累计孵化企业", en: "enterprises incubated", unit: "count" },
  { id: "livestream_sales", zh: "直播成交额", en: "livestream sales", unit: "yuan" },
  { id: "jobs_created", zh: "带动就业", en: "jobs created", unit: "person" },
  { id: "rent_relief", zh: "减免房租", en: "rent waived for tenants", unit: "yuan" },
  {
    id: "subsidies_applied",
    zh: "申报项目奖补资金",
    en: "project subsidies applied for on tenants' behalf",
    unit: "yuan",
  },
  { id: "planned_projects", zh: "谋划实施项目", en: "projects planned for implementation", unit: "count" },
  {
    id: "planned_total_investment",
    zh: "项目总投资",
    en: "total investment of planned projects",
    unit: "yuan",
  },
  {
    id: "annual_planned_investment",
    zh: "年度计划投资",
    en: "investment planned for the year",
    unit: "yuan",
  },
  { id: "tech_enterprises", zh: "科技型企业", en: "tech-based enterprises", unit: "count" },
  {
    id: "little_giant_enterprises",
    zh: "科技“小巨人”企业",
    en: "tech 'little giant' enterprises",
    unit: "count",
  },
  {
    id: "tech_enterprises_share_of_operating",
    zh: "科技型企业占已投产运营企业比重",
    en: "tech-based enterprises as share of operating enterprises",
    unit: "percent",
  },
  {
    id: "tech_enterprises_output_share",
    zh: "科技型企业产值贡献",
    en: "tech-based enterprises' share of output",
    unit: "percent",
  },
  { id: "factory_area", zh: "厂房面积", en: "factory floor area", unit: "m2" },
  {
    id: "heavy_rare_earth_share",
    zh: "重稀土用量占比",
    en: "heavy rare-earth content of magnets",
    unit: "percent",
  },
  { id: "storage_units", zh: "储能单元", en: "storage units", unit: "count" },
  { id: "fund_size", zh: "基金规模", en: "fund size", unit: "yuan" },
] as const;
/** One of the metric keys. */
export type MetricKey = (typeof METRIC_KEYS)[number]["id"];

/** Look up an ontology list entry by id (returns undefined for an unknown id). */
export function byId<T extends { readonly id: string }>(list: readonly T[], id: string): T | undefined {
  return list.find((item) => item.id === id);
}
