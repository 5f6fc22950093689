/**
 * Suffix rules: the name endings that make a span a company, zone, platform, organisation, fund or
 * project, with the platform kind or organisation kind each implies. Generic words (企业, 科技,
 * 国家级 …) never make a name on their own: "企业研发中心" and "国家级孵化器" are not entities.
 */
import type { EntityType, OrganizationKind, PlatformKind } from "../index.ts";

/** One name ending. */
export interface SuffixRule {
  suffix: string;
  type: EntityType;
  rule: string;
  /** Longest name (suffix included) the rule accepts. */
  maxLength: number;
  kind?: PlatformKind;
  orgKind?: OrganizationKind;
  /** Characters that must not follow the suffix (局 in 局长). */
  notFollowedBy?: RegExp;
  /** Text that must not come right before the suffix (格 in 格局, 布 in 布局). */
  notPrecededBy?: RegExp;
}

const company = (suffix: string): SuffixRule => ({
  suffix,
  type: "COMPANY",
  rule: "company-suffix",
  maxLength: 32,
});
const zone = (suffix: string): SuffixRule => ({ suffix, type: "ZONE", rule: "zone-suffix", maxLength: 24 });
const platform = (suffix: string, kind: PlatformKind): SuffixRule => ({
  suffix,
  type: "PLATFORM",
  rule: "platform-suffix",
  maxLength: 30,
  kind,
});
const org = (
  suffix: string,
  orgKind: OrganizationKind,
  notFollowedBy?: RegExp,
  notPrecededBy?: RegExp,
): SuffixRule => ({
  suffix,
  type: "ORGANIZATION",
  rule: orgKind === "UNIVERSITY" ? "university-suffix" : "organization-suffix",
  maxLength: 30,
  orgKind,
  ...(notFollowedBy ? { notFollowedBy } : {}),
  ...(notPrecededBy ? { notPrecededBy } : {}),
});
/** Words ending in 局 or 厅 that are not government bodies (格局, 布局, 大局, 展厅, 大厅 …). */
const NOT_A_BUREAU =
  /(?:格|布|大|全|开|结|当|时|骗|残|饭|棋|赌|变|战|僵|定|终|出|入|展|客|餐|舞|门|前|后|崭新)$/u;

/** Every suffix rule; longer suffixes are tried first. */
export const SUFFIX_RULES: readonly SuffixRule[] = [
  ...[
    "集团股份有限公司",
    "集团有限公司",
    "股份有限公司",
    "有限责任公司",
    "有限公司",
    "股份公司",
    "集团公司",
    "集团",
  ].map(company),
  ...[
    "高新技术产业开发区",
    "经济技术开发区",
    "高新区",
    "经开区",
    "开发区",
    "产业园区",
    "工业园区",
    "产业园",
    "工业园",
    "科技园",
    "工业区",
    "新区",
    "示范区",
    "保税区",
    "自贸区",
    "产业基地",
    "科技城",
    "科学城",
    "软件园",
    "物流园",
    "创业园",
  ].map(zone),
  platform("重点实验室", "KEY_LAB"),
  platform("工程技术研究中心", "RD_CENTER"),
  platform("工程研究中心", "RD_CENTER"),
  platform("技术创新中心", "RD_CENTER"),
  platform("研发中心", "RD_CENTER"),
  platform("技术中心", "RD_CENTER"),
  platform("院士专家工作站", "ACADEMICIAN_WORKSTATION"),
  platform("院士工作站", "ACADEMICIAN_WORKSTATION"),
  platform("博士后科研工作站", "POSTDOC_WORKSTATION"),
  platform("博士后工作站", "POSTDOC_WORKSTATION"),
  platform("新型研发机构", "NEW_RD_INSTITUTION"),
  platform("研究院", "RESEARCH_INSTITUTE"),
  platform("孵化器", "INCUBATOR"),
  platform("众创空间", "INCUBATOR"),
  platform("加速器", "INCUBATOR"),
  platform("创新联盟", "ALLIANCE"),
  platform("产业联盟", "ALLIANCE"),
  platform("创新联合体", "ALLIANCE"),
  platform("实验室", "KEY_LAB"),
  platform("示范基地", "DEMONSTRATION_BASE"),
  platform("中试基地", "DEMONSTRATION_BASE"),
  platform("中试平台", "DEMONSTRATION_BASE"),
  org("大学", "UNIVERSITY"),
  org("学院", "UNIVERSITY"),
  org("研究所", "RESEARCH_INSTITUTION"),
  org("科学院", "RESEARCH_INSTITUTION"),
  org("管理委员会", "GOVERNMENT"),
  org("管委会", "GOVERNMENT"),
  org("委员会", "GOVERNMENT"),
  org("人民政府", "GOVERNMENT"),
  org("政府", "GOVERNMENT"),
  org("局", "GOVERNMENT", /^[长面势]/u, NOT_A_BUREAU),
  org("厅", "GOVERNMENT", /^[长]/u, NOT_A_BUREAU),
  ...["创业投资基金", "投资基金", "产业基金", "基金"].map((suffix): SuffixRule => ({
    suffix,
    type: "INVESTOR",
    rule: "fund-suffix",
    maxLength: 24,
  })),
  { suffix: "项目", type: "PROJECT", rule: "project-suffix", maxLength: 28 } satisfies SuffixRule,
].sort((a, b) => b.suffix.length - a.suffix.length);

/**
 * Words that say what kind or level a thing is but never name it: a prefix made only of these
 * (and region names, and words ending in 级) is not a name.
 */
export const GENERIC_WORDS = new Set(
  (
    "企业 公司 科技 技术 创新 研发 产业 各类 各级 重点 国家 国家级 省级 市级 区级 县级 自治区级 兵团级 省 市 区 县 " +
    "工程 科研 孵化 新型 公共 服务 综合 高新 双创 示范 联合 协同 开放 高端 重大 新 大 小 中 相关 有关 地方 区域 " +
    "科创 首批 一批 多个 更多 其他 其它 所有 全部 我们 他们 该 本 其 这 此 年度 谋划 实施 建设 投资 计划 储备 招商 " +
    "实验 中试 共性 关键 平台 成果 转化 科技成果 知名 著名 一流 高校 院校 国内外 海外 世界 全国 全省 全市 " +
    "数字 智慧 智能 绿色 低碳 生态 现代 先进 特色 优势 主导 新兴 未来 农业 工业 制造业 服务业 申报 签约 开工 竣工 在建 新建 续建 前期 示范性"
  ).split(" "),
);
