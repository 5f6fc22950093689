/**
 * Entities outside any zone that zone members deal with: the shared pool of investors (funds with
 * heavy-tailed popularity, some set up by a zone) and the universities and institutes partnered with.
 */
import { BRAND_CHARS, FIELDS } from "./name-pools.ts";
import { cap } from "./person-name.ts";
import type { CityRef, ZoneRef } from "./place-zones.ts";
import type { SynthPreset } from "./presets.ts";
import { PROVINCES } from "./regions.ts";
import { Rng, WeightedPicker } from "./rng.ts";
import type { SynthBuilder } from "./synth-builder.ts";

/** The pools `addOutsiders` creates, with pickers that favour the popular ones. */
export interface Outsiders {
  readonly investors: number[];
  readonly investorPicker: WeightedPicker;
  readonly universities: number[];
  readonly universityPicker: WeightedPicker;
}

const FUND_KINDS = [
  ["产业投资基金", "Industrial Investment Fund"],
  ["创业投资基金", "Venture Capital Fund"],
  ["股权投资基金合伙企业", "Equity Investment Fund LP"],
  ["资本管理有限公司", "Capital Management Co., Ltd."],
  ["科创投资基金", "Sci-tech Innovation Fund"],
] as const;

const REAL_UNIVERSITIES = [
  ["清华大学", "Tsinghua University"],
  ["北京大学", "Peking University"],
  ["浙江大学", "Zhejiang University"],
  ["上海交通大学", "Shanghai Jiao Tong University"],
  ["复旦大学", "Fudan University"],
  ["南京大学", "Nanjing University"],
  ["中国科学技术大学", "University of Science and Technology of China"],
  ["哈尔滨工业大学", "Harbin Institute of Technology"],
  ["西安交通大学", "Xi'an Jiaotong University"],
  ["华中科技大学", "Huazhong University of Science and Technology"],
  ["武汉大学", "Wuhan University"],
  ["中山大学", "Sun Yat-sen University"],
  ["四川大学", "Sichuan University"],
  ["电子科技大学", "University of Electronic Science and Technology of China"],
  ["同济大学", "Tongji University"],
  ["东南大学", "Southeast University"],
  ["天津大学", "Tianjin University"],
  ["大连理工大学", "Dalian University of Technology"],
  ["华南理工大学", "South China University of Technology"],
  ["重庆大学", "Chongqing University"],
  ["中南大学", "Central South University"],
  ["山东大学", "Shandong University"],
  ["吉林大学", "Jilin University"],
  ["内蒙古科技大学", "Inner Mongolia University of Science and Technology"],
] as const;
const UNIVERSITY_SUFFIXES = [
  ["大学", "University"],
  ["理工大学", "University of Technology"],
  ["科技大学", "University of Science and Technology"],
  ["工业大学", "Industrial University"],
  ["师范大学", "Normal University"],
  ["职业技术学院", "Polytechnic"],
] as const;

/** Add investors, universities and institutes, each LOCATED_IN a city and described in a zone's source. */
export function addOutsiders(
  preset: SynthPreset,
  rng: Rng,
  b: SynthBuilder,
  names: Set<string>,
  zones: readonly ZoneRef[],
  cities: readonly CityRef[],
): Outsiders {
  const placed = cities.filter((c) => c.index >= 0);
  const zoneIn = (city: CityRef): ZoneRef => zones.find((z) => z.city === city) ?? zones[0]!;
  const unique = (make: () => readonly [string, string]): readonly [string, string] => {
    for (let i = 0; ; i++) {
      const [zh, en] = make();
      const name = i > 20 ? `${zh.slice(0, 2)}${i}${zh.slice(2)}` : zh;
      if (!names.has(name)) {
        names.add(name);
        return [name, en];
      }
    }
  };

  const investors: number[] = [];
  const investorWeights: number[] = [];
  for (let i = 0; i < preset.investors; i++) {
    const city = rng.pick(placed);
    const own = rng.chance(0.15) ? zoneIn(city) : undefined;
    const [kind, kindEn] = rng.pick(FUND_KINDS);
    const [name, nameEn] = unique(() => {
      if (own !== undefined) return [`${own.short}${kind}`, `${b.entity(own.index).nameEn} ${kindEn}`];
      const [c1, e1] = rng.pick(BRAND_CHARS);
      const [c2, e2] = rng.pick(BRAND_CHARS);
      return [`${city.short}${c1}${c2}${kind}`, `${city.en} ${cap(e1)}${e2} ${kindEn}`];
    });
    const home = own ?? zones[rng.int(zones.length)]!;
    const fund = Math.round(rng.logNormal(500, 1.2)) * 1_000_000 + 10_000_000;
    const inv = b.add(
      { id: `investor-${b.size}`, type: "INVESTOR", name, nameEn, aliases: [], fundSizeYuan: fund },
      home.index,
    );
    b.relate(inv, "LOCATED_IN", city.index);
    if (own !== undefined) b.relate(inv, "ESTABLISHED_BY", own.index);
    b.metric(inv, "fund_size", fund, "as of publication", `基金规模${(fund / 1e8).toFixed(2)}亿元`);
    investors.push(inv);
    investorWeights.push(Math.min(2000, rng.pareto(1, 1.1)));
  }

  const universities: number[] = [];
  const universityWeights: number[] = [];
  const addOrg = (
    name: string,
    nameEn: string,
    orgKind: "UNIVERSITY" | "RESEARCH_INSTITUTION",
    city: CityRef,
    weight: number,
  ): void => {
    const o = b.add(
      { id: `org-${b.size}`, type: "ORGANIZATION", name, nameEn, aliases: [], orgKind },
      zones[rng.int(zones.length)]!.index,
    );
    b.relate(o, "LOCATED_IN", city.index);
    universities.push(o);
    universityWeights.push(weight);
  };
  for (let i = 0; i < preset.universities; i++) {
    const city = rng.pick(placed);
    const real = REAL_UNIVERSITIES[i];
    if (real !== undefined && !names.has(real[0])) {
      names.add(real[0]);
      addOrg(real[0], real[1], "UNIVERSITY", city, 40);
      continue;
    }
    const [name, nameEn] = unique(() => {
      const [suffix, suffixEn] = rng.pick(UNIVERSITY_SUFFIXES);
      const province = PROVINCES[city.province]!;
      return rng.chance(0.5)
        ? [`${city.short}${suffix}`, `${city.en} ${suffixEn}`]
        : [
            `${province.name.replace(/(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)$/, "")}${rng.pick(FIELDS).slice(0, 2)}${suffix}`,
            `${province.en} ${suffixEn}`,
          ];
    });
    addOrg(name, nameEn, "UNIVERSITY", city, rng.pareto(1, 1.3));
  }
  for (let i = 0; i < preset.institutes; i++) {
    const city = rng.pick(placed);
    const [name, nameEn] = unique(() => {
      const field = rng.pick(FIELDS);
      return rng.chance(0.5)
        ? [`中国科学院${city.short}${field}研究所`, `CAS ${city.en} Institute`]
        : [`${city.short}${field}研究院`, `${city.en} Research Institute`];
    });
    addOrg(name, nameEn, "RESEARCH_INSTITUTION", city, rng.pareto(1, 1.3));
  }
  return {
    investors,
    investorPicker: new WeightedPicker(investorWeights),
    universities,
    universityPicker: new WeightedPicker(universityWeights),
  };
}
