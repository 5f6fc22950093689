/**
 * Picks the ontology metric key a figure measures from the words of its clause (营业收入 →
 * operating_revenue, 有效发明专利 → invention_patents …); the key's unit must be the figure's unit.
 * No key fits → null, and the figure keeps its clause as its label.
 */
import { METRIC_KEYS, type MetricKey, type Unit } from "../index.ts";

/** Clause words → key, most specific first. */
const KEY_RULES: ReadonlyArray<readonly [RegExp, MetricKey]> = [
  [/国家级[^,，;；。]*平台/u, "rd_platforms_national"],
  [/省级[^,，;；。]*平台/u, "rd_platforms_provincial"],
  [/级以上[^,，;；。]*平台[^,，;；。]*占比/u, "rd_platforms_regional_share"],
  [/研发平台|创新平台/u, "rd_platforms"],
  [/研究与试验发展人员|研发人员|专职研究/u, "rd_staff"],
  [/总人数/u, "rd_staff_share"],
  [/技术人员/u, "technical_staff"],
  [/研发项目/u, "rd_projects"],
  [/研发经费|研发投入/u, "rd_spending_share"],
  [/有效发明专利/u, "invention_patents"],
  [/发明专利授权|新增发明专利/u, "invention_patents_granted_new"],
  [/专利/u, "patents_granted"],
  [/征集[^,，;；。]*成果|科研成果/u, "research_results_collected"],
  [/博士后/u, "postdocs_recruited"],
  [/大学|科研机构|院校/u, "partner_institutions"],
  [/成果[^,，;；。]*转化|转化[^,，;；。]*成果/u, "achievements_transferred"],
  [/技术合同[^,，;；。]*(?:成交额|金额)|成交额[^,，;；。]*占/u, "tech_contract_value_city_share"],
  [/技术合同成交额|成交额达/u, "tech_contract_value"],
  [/技术合同/u, "tech_contracts"],
  [/创新资金/u, "innovation_funding"],
  [/营业收入|营收/u, "operating_revenue"],
  [/生产总值|GDP/iu, "gdp_growth_multiple"],
  [/工业增加值/u, "industrial_value_added_share"],
  [/工业增加值/u, "industrial_value_added_multiple"],
  [/固定资产投资/u, "fixed_asset_investment_share"],
  [/税收/u, "tax_revenue_share"],
  [/税收/u, "tax_revenue_multiple"],
  [/企业数量/u, "enterprises"],
  [/产业链/u, "industrial_chains"],
  [/新签项目|签约项目/u, "projects_signed"],
  [/协议总投资|签约总投资|协议投资/u, "signed_investment"],
  [/储备项目/u, "reserve_projects_3bn"],
  [/竣工/u, "projects_completed"],
  [/创新型中小企业/u, "innovative_smes_new"],
  [/规上工业企业|规模以上工业企业/u, "above_scale_industrial_new"],
  [/专精特新/u, "specialized_smes"],
  [/高新技术企业[^,，;；。]*增长|同比增长/u, "high_tech_enterprises_growth"],
  [/高新技术企业/u, "high_tech_enterprises"],
  [/科技型中小企业/u, "national_tech_smes"],
  [/关联度/u, "circular_economy_linkage"],
  [/孵化面积/u, "incubation_area"],
  [/孵化企业|在孵企业/u, "incubated_enterprises"],
  [/直播/u, "livestream_sales"],
  [/就业/u, "jobs_created"],
  [/房租|租金/u, "rent_relief"],
  [/奖补|补贴/u, "subsidies_applied"],
  [/谋划实施项目|实施项目/u, "planned_projects"],
  [/年度计划投资|年度投资/u, "annual_planned_investment"],
  [/总投资/u, "planned_total_investment"],
  [/科技型企业数量|已投产运营企业/u, "tech_enterprises_share_of_operating"],
  [/产值/u, "tech_enterprises_output_share"],
  [/小巨人/u, "little_giant_enterprises"],
  [/科技型企业/u, "tech_enterprises"],
  [/厂房/u, "factory_area"],
  [/重稀土/u, "heavy_rare_earth_share"],
  [/储能单元/u, "storage_units"],
  [/总规模|基金规模/u, "fund_size"],
  [/人才/u, "talents"],
];
const UNIT_OF = new Map<string, Unit>(METRIC_KEYS.map((k) => [k.id, k.unit]));
/** KEY_RULES split by the unit of their key, in the same order. */
const RULES_BY_UNIT = new Map<Unit, (typeof KEY_RULES)[number][]>();
for (const rule of KEY_RULES) {
  const unit = UNIT_OF.get(rule[1]);
  if (unit !== undefined) RULES_BY_UNIT.set(unit, [...(RULES_BY_UNIT.get(unit) ?? []), rule]);
}

/** The metric key for a figure with this clause label and unit, or null. */
export function classifyMetric(label: string, unit: Unit): MetricKey | null {
  for (const [pattern, key] of RULES_BY_UNIT.get(unit) ?? []) if (pattern.test(label)) return key;
  return null;
}
