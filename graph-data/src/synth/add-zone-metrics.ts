/**
 * Figures on zones with plausible values that grow with the zone's size: operating revenue,
 * enterprises, high-tech enterprises, R&D platforms and invention patents, each stated in a clause.
 */
import type { ZoneRef } from "./place-zones.ts";
import type { Rng } from "./rng.ts";
import type { SynthBuilder } from "./synth-builder.ts";

/** Add the yearly figures of every zone (`companyCounts[i]` is the number of companies in zone i). */
export function addZoneMetrics(
  rng: Rng,
  b: SynthBuilder,
  zones: readonly ZoneRef[],
  companyCounts: readonly number[],
): void {
  zones.forEach((z, i) => {
    const companies = companyCounts[i] ?? 0;
    const enterprises = Math.round(companies * rng.range(4, 12)) + rng.range(10, 60);
    const revenueYi = Math.round(enterprises * rng.logNormal(0.4, 0.5) * 100) / 100;
    const highTech = Math.round(enterprises * (0.1 + rng.next() * 0.3));
    const platforms = Math.round(companies * (0.2 + rng.next() * 0.5)) + rng.range(1, 10);
    const patents = Math.round(enterprises * rng.logNormal(1.5, 0.6));
    b.metric(
      z.index,
      "operating_revenue",
      Math.round(revenueYi * 100) * 1_000_000,
      "2022",
      `2022年实现营业收入${revenueYi.toFixed(2)}亿元`,
    );
    b.metric(z.index, "enterprises", enterprises, "2022", `入驻企业${enterprises}家`);
    b.metric(z.index, "high_tech_enterprises", highTech, "2022", `其中高新技术企业${highTech}家`);
    if (z.national || rng.chance(0.5)) {
      b.metric(z.index, "rd_platforms", platforms, "as of publication", `各级各类研发平台${platforms}家`);
      b.metric(z.index, "invention_patents", patents, "as of publication", `有效发明专利${patents}件`);
    }
  });
}
