/**
 * Figures on companies: the kinds the corpus reports for its companies (granted patents, R&D
 * spending as a share of sales, innovation funding, research results commercialised) and operating
 * revenue. A share of companies report them; one latent size per company makes its figures
 * heavy-tailed and correlated (a large company has both more revenue and more patents).
 */
import type { Rng } from "./rng.ts";
import type { SynthBuilder } from "./synth-builder.ts";

/** The share of companies that report any figure. */
export const COMPANY_FIGURE_SHARE = 0.45;

/** Add figures to about `COMPANY_FIGURE_SHARE` of `companies` (entity indexes), drawn from `rng`. */
export function addCompanyMetrics(rng: Rng, b: SynthBuilder, companies: readonly number[]): void {
  for (const c of companies) {
    if (!rng.chance(COMPANY_FIGURE_SHARE)) continue;
    // Log-normal size with a Pareto-like tail: most companies are small, a few are very large.
    const size = rng.logNormal(1, 1);
    const hasRevenue = rng.chance(0.6);
    const hasShare = rng.chance(0.4);
    const hasFunding = rng.chance(0.15);
    const hasTransfers = rng.chance(0.2);
    // Patents are the commonest figure, and every reporting company states at least one figure.
    const hasPatents = rng.chance(0.8) || !(hasRevenue || hasShare || hasFunding || hasTransfers);
    if (hasPatents) {
      const patents = Math.max(1, Math.round(12 * size * rng.logNormal(1, 0.6)));
      b.metric(c, "patents_granted", patents, "as of publication", `已获得授权专利${patents}项`);
    }
    if (hasRevenue) {
      const [yuan, printed] = yuanFigure(50_000_000 * size * rng.logNormal(1, 0.7));
      b.metric(c, "operating_revenue", yuan, "2022", `2022年实现营业收入${printed}`);
    }
    if (hasShare) {
      const tenths = Math.min(300, Math.max(5, Math.round(10 * rng.logNormal(4, 0.5))));
      const share = (tenths / 10).toFixed(1);
      b.metric(c, "rd_spending_share", tenths / 10, "2022", `研发经费占销售额的${share}%`);
    }
    if (hasFunding) {
      const wan = Math.round(rng.logNormal(300, 1)) + 10;
      b.metric(c, "innovation_funding", wan * 10_000, "2022", `2022年获得创新资金支持${wan}万元`);
    }
    if (hasTransfers) {
      const count = Math.max(1, Math.round(3 * Math.sqrt(size) * rng.logNormal(1, 0.7)));
      b.metric(c, "achievements_transferred", count, "as of publication", `累计转化科技成果${count}项`);
    }
  }
}

/**
 * A sum of money as the text would print it and the value it states, in yuan: 亿元 with two
 * decimals from 1亿 up, whole 万元 below. Returns [value in yuan, printed amount].
 */
function yuanFigure(yuan: number): [number, string] {
  if (yuan >= 100_000_000) {
    const hundredths = Math.round(yuan / 1_000_000);
    return [hundredths * 1_000_000, `${(hundredths / 100).toFixed(2)}亿元`];
  }
  const wan = Math.max(1, Math.round(yuan / 10_000));
  return [wan * 10_000, `${wan}万元`];
}
