/**
 * The analyst questions of issue 14 as GraphiQL tabs: filter, sort, aggregate and compare, each a
 * document that runs on the corpus (and, with other names, on any graph).
 */

/** Every project over 10亿元 in the zones of 内蒙古, largest first. */
export const BIG_PROJECTS_IN_REGION = `# Every project over 10亿元 (1e9 yuan) within 内蒙古, largest first.
query BigProjectsInInnerMongolia {
  entities(
    where: { type: { in: [PROJECT] }, investmentYuan: { gte: 1e9 }, inRegion: "内蒙古自治区" }
    orderBy: [{ field: INVESTMENT_YUAN, direction: DESC }]
    first: 20
  ) {
    totalCount
    edges { node { name ... on Project { investmentYuan status zone { name } } } }
  }
}`;

/** Companies tied to 包头稀土高新区 with at least 50 authorised patents. */
export const PATENT_COMPANIES = `# Companies tied to 包头稀土高新区 with at least 50 authorised patents (授权专利).
query PatentRichCompanies {
  tiedToZone(
    zoneId: "包头稀土高新区"
    where: { type: { eq: COMPANY }, metric: { key: "patents_granted", value: { gte: 50 } } }
  ) {
    totalCount
    edges { node { role hops entity { name metrics { key value period } } } }
  }
}`;

/** The zones of 四川 ranked by 技术合同成交额. */
export const ZONES_BY_TECH_CONTRACTS = `# The zones of 四川 ranked by 技术合同成交额 (technology contract turnover), zones without it last.
query SichuanZonesByTechContracts {
  entities(
    where: { type: { eq: ZONE }, inRegion: "四川省" }
    orderBy: [{ field: METRIC, metricKey: "tech_contract_value", direction: DESC }]
  ) {
    edges { node { name metrics { key value unit period } } }
  }
}`;

/** How many platforms of each level per zone. */
export const PLATFORMS_BY_ZONE_AND_LEVEL = `# How many platforms of each level per zone (members of the zone; level null: not stated).
query PlatformsPerZoneAndLevel {
  aggregate(where: { type: { eq: PLATFORM } }, groupBy: [ZONE, LEVEL]) {
    count
    groupCount
    groups(first: 50) { key zone { name } level count }
  }
}`;

/** Two zones side by side, metric by metric, with evidence. */
export const COMPARE_ZONES = `# Zones side by side: each cell is a figure with its period and the quote that states it.
query CompareZones {
  compareZones(ids: ["包头稀土高新区", "泸州高新区"], metrics: ["tech_contract_value", "rd_staff", "rd_platforms"]) {
    metrics { key label unit }
    rows { zone { name } cells { key value period evidence { quote } } }
  }
}`;

/** The analyst examples by name (GraphiQL tabs; tests run them). */
export const ANALYST_EXAMPLES = {
  BIG_PROJECTS_IN_REGION,
  PATENT_COMPANIES,
  ZONES_BY_TECH_CONTRACTS,
  PLATFORMS_BY_ZONE_AND_LEVEL,
  COMPARE_ZONES,
};
