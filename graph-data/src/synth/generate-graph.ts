/**
 * The synthetic generator: a deterministic (seeded) ZoneGraph of national shape — zones with
 * power-law sizes, companies with platforms, projects, people and figures, a shared pool of investors with
 * heavy-tailed popularity, universities and institutes that platforms partner with.
 */
import {
  PLATFORM_KINDS,
  PROJECT_STATUSES,
  type Level,
  type PlatformKind,
  type ProjectStatus,
} from "../ontology.ts";
import type { GraphParts } from "../snapshot/graph-parts.ts";
import { BRAND_CHARS, COMPANY_TITLES, FIELDS, INDUSTRIES, type Industry } from "./name-pools.ts";
import { cap, personName } from "./person-name.ts";
import { placeZones, type ZoneRef } from "./place-zones.ts";
import { addCompanyMetrics } from "./add-company-metrics.ts";
import { addOutsiders, type Outsiders } from "./add-outsiders.ts";
import { addZoneMetrics } from "./add-zone-metrics.ts";
import { PRESETS, type PresetName, type SynthPreset } from "./presets.ts";
import { PROVINCES } from "./regions.ts";
import { Rng, WeightedPicker } from "./rng.ts";
import { SynthBuilder } from "./synth-builder.ts";

/** Options of `generateGraph`. */
export interface SynthOptions {
  preset: PresetName | SynthPreset;
  /** The PRNG seed; the same seed and preset always give the same graph. Default 1. */
  seed?: number;
}

/** A generated company: entity index, zone, short name (alias) and English short name. */
export interface CompanyRef {
  readonly index: number;
  readonly zone: ZoneRef;
  readonly short: string;
  readonly en: string;
  readonly industry: Industry;
}

const SUFFIXES = ["有限公司", "有限公司", "有限公司", "股份有限公司", "集团有限公司"] as const;
const PLATFORM_CHOICES = PLATFORM_KINDS.filter((k) => k.id !== "INDUSTRIAL_PARK");
const PARTNERING: ReadonlySet<PlatformKind> = new Set([
  "RESEARCH_INSTITUTE",
  "NEW_RD_INSTITUTION",
  "ACADEMICIAN_WORKSTATION",
  "POSTDOC_WORKSTATION",
  "KEY_LAB",
]);
const STATUSES: readonly ProjectStatus[] = PROJECT_STATUSES.map((s) => s.id);
// Mixed into the seed for the company figures' own random stream.
const COMPANY_FIGURES_STREAM = 0x5f3759df;

/** Generate a synthetic ZoneGraph as GraphParts (convert with partsToGraph or writeSnapshot). */
export function generateGraph(options: SynthOptions): GraphParts {
  const preset = typeof options.preset === "string" ? PRESETS[options.preset] : options.preset;
  const seed = options.seed ?? 1;
  const rng = new Rng(seed);
  const b = new SynthBuilder();
  const names = new Set<string>();
  const { zones, cities } = placeZones(preset, rng, b, names);

  // Companies: every zone gets a couple, the rest follow the zones' power-law weights.
  const zonePicker = new WeightedPicker(zones.map((z) => z.weight));
  const companies: CompanyRef[] = [];
  const companiesByZone: CompanyRef[][] = zones.map(() => []);
  const zoneOf = new Map<ZoneRef, number>(zones.map((z, i) => [z, i]));
  for (let i = 0; i < preset.companies; i++) {
    const zi = i < zones.length * 2 ? i % zones.length : zonePicker.pick(rng);
    const zone = zones[zi]!;
    const c = addCompany(rng, b, names, zone);
    companies.push(c);
    companiesByZone[zi]!.push(c);
  }
  // Subsidiaries belong to a group in another company's name.
  for (const c of companies) {
    if (rng.chance(0.05)) {
      const parent = companies[rng.int(companies.length)]!;
      if (parent !== c) b.relate(c.index, "PART_OF", parent.index);
    }
  }

  const outsiders = addOutsiders(preset, rng, b, names, zones, cities);

  // Companies raise money from the shared pool of investors.
  for (const c of companies) {
    if (!rng.chance(0.5)) continue;
    fundFromPool(rng, b, c.index, rng.chance(0.6) ? 1 : rng.range(2, 4), outsiders);
    if (rng.chance(0.1))
      b.relate(c.index, "PARTNERS_WITH", outsiders.universities[outsiders.universityPicker.pick(rng)]!);
  }

  // Platforms hosted by companies, some partnering universities, some relying on another platform.
  const platformsOf = new Map<CompanyRef, number>();
  for (let i = 0; i < preset.platforms; i++) {
    const host = companies[rng.int(companies.length)]!;
    const kind = rng.pick(PLATFORM_CHOICES);
    const field = rng.pick(FIELDS);
    const province = host.zone.city.province;
    const level: Level = rng.chance(0.06)
      ? "NATIONAL"
      : rng.chance(0.35)
        ? isAutonomous(province)
          ? "AUTONOMOUS_REGION"
          : "PROVINCIAL"
        : "MUNICIPAL";
    const p = b.add(
      {
        id: `platform-${b.size}`,
        type: "PLATFORM",
        name: `${host.short}${field}${kind.zh}`,
        nameEn: `${host.en} ${cap(kind.en)}`,
        aliases: [],
        kind: kind.id,
        level,
        established: String(rng.range(2005, 2023)),
      },
      host.zone.index,
    );
    b.relate(p, "HOSTED_BY", host.index);
    b.relate(p, "LOCATED_IN", host.zone.index);
    if (rng.chance(PARTNERING.has(kind.id) ? 0.8 : 0.2)) {
      const k = rng.chance(0.7) ? 1 : 2;
      for (let j = 0; j < k; j++)
        b.relate(p, "PARTNERS_WITH", outsiders.universities[outsiders.universityPicker.pick(rng)]!);
    }
    const earlier = platformsOf.get(host);
    if (earlier !== undefined && rng.chance(0.3)) b.relate(p, "RELIES_ON", earlier);
    platformsOf.set(host, p);
  }

  // Projects carried out by companies, mostly in their own zone, funded from the shared pool.
  for (let i = 0; i < preset.projects; i++) {
    const owner = companies[rng.int(companies.length)]!;
    const zone = rng.chance(0.9) ? owner.zone : zones[zonePicker.pick(rng)]!;
    const ind = owner.industry;
    const size = Math.round(rng.logNormal(ind.capacityUnit === "MW" ? 100 : 20, 0.8)) + 1;
    const name =
      ind.capacityUnit === "MW"
        ? `${owner.short}${size}MW${ind.product}项目`
        : ind.capacityUnit === "count"
          ? `${owner.short}年产${size}万台${ind.product}项目`
          : `${owner.short}年产${size}万吨${ind.product}项目`;
    const capacity =
      ind.capacityUnit === "MW"
        ? [
            { value: size, unit: "MW" as const },
            { value: size * 2, unit: "MWh" as const },
          ]
        : ind.capacityUnit === "count"
          ? [{ value: size * 10_000, unit: "count" as const }]
          : [{ value: size * 10_000, unit: "tonne/year" as const }];
    const p = b.add(
      {
        id: `project-${b.size}`,
        type: "PROJECT",
        name,
        nameEn: `${owner.en} ${ind.en} Project`,
        aliases: [],
        investmentYuan: Math.round(rng.logNormal(200, 1.1)) * 1_000_000 + 1_000_000,
        capacity,
        status: rng.pick(STATUSES),
        year: rng.range(2019, 2025),
      },
      zone.index,
    );
    b.relate(p, "OWNED_BY", owner.index);
    b.relate(p, "LOCATED_IN", zone.index);
    fundFromPool(rng, b, p, rng.chance(0.15) ? 0 : rng.range(1, 4), outsiders);
    if (rng.chance(0.1)) b.relate(p, "FUNDED_BY", companies[rng.int(companies.length)]!.index);
  }

  // People with titles at companies; some hold a second role.
  for (let i = 0; i < preset.people; i++) {
    const c = companies[rng.int(companies.length)]!;
    const [name, nameEn] = personName(rng);
    const p = b.add({ id: `person-${b.size}`, type: "PERSON", name, nameEn, aliases: [] }, c.zone.index);
    b.relate(p, "ROLE_AT", c.index, rng.pick(COMPANY_TITLES));
    if (rng.chance(0.3)) {
      const other = companiesByZone[zoneOf.get(c.zone) ?? 0]!;
      const second = other[rng.int(other.length)]!;
      if (second !== c) b.relate(p, "ROLE_AT", second.index, rng.pick(COMPANY_TITLES));
    }
  }

  // Zones cooperate with a few companies from elsewhere.
  for (const z of zones) {
    const k = rng.range(0, z.national ? 4 : 2);
    for (let j = 0; j < k; j++)
      b.relate(z.index, "COOPERATES_WITH", companies[rng.int(companies.length)]!.index);
  }

  addZoneMetrics(
    rng,
    b,
    zones,
    companiesByZone.map((list) => list.length),
  );
  // Company figures draw from their own stream (seeded from the same seed), so that adding them
  // left every other entity, relation and figure of a seed's graph as it was.
  addCompanyMetrics(
    new Rng(seed ^ COMPANY_FIGURES_STREAM),
    b,
    companies.map((c) => c.index),
  );
  return b.build(`synthetic ${preset.name} graph (seed ${seed})`);
}

/** Add one company in `zone`: registered name 城市+字号+行业+有限公司, short name as alias. */
function addCompany(rng: Rng, b: SynthBuilder, names: Set<string>, zone: ZoneRef): CompanyRef {
  const industry = rng.pick(INDUSTRIES);
  for (;;) {
    const [c1, e1] = rng.pick(BRAND_CHARS);
    const [c2, e2] = rng.pick(BRAND_CHARS);
    if (c1 === c2) continue;
    const suffix = rng.pick(SUFFIXES);
    const name = `${zone.city.short}${c1}${c2}${industry.zh}${suffix}`;
    if (names.has(name)) continue;
    names.add(name);
    let alias = `${c1}${c2}${industry.short}`;
    if (names.has(alias)) alias = `${zone.city.short}${c1}${c2}${industry.short}`;
    const aliases = names.has(alias) ? [] : [alias];
    if (aliases.length > 0) names.add(alias);
    const brandEn = cap(e1) + e2;
    const index = b.add(
      {
        id: `company-${b.size}`,
        type: "COMPANY",
        name,
        nameEn: `${zone.city.en} ${brandEn} ${industry.en} ${suffix === "股份有限公司" ? "Co., Ltd. (joint-stock)" : suffix === "集团有限公司" ? "Group Co., Ltd." : "Co., Ltd."}`,
        aliases,
      },
      zone.index,
    );
    b.relate(index, "LOCATED_IN", zone.index);
    return { index, zone, short: aliases[0] ?? `${c1}${c2}${industry.short}`, en: brandEn, industry };
  }
}

/** Add up to `k` FUNDED_BY relations from `from` to distinct investors drawn by popularity. */
function fundFromPool(rng: Rng, b: SynthBuilder, from: number, k: number, outsiders: Outsiders): void {
  const seen: number[] = [];
  for (let j = 0; j < k; j++) {
    const inv = outsiders.investors[outsiders.investorPicker.pick(rng)]!;
    if (seen.includes(inv)) continue;
    seen.push(inv);
    b.relate(from, "FUNDED_BY", inv);
  }
}

/** True when the province is an autonomous region (its platforms are 自治区级, not 省级). */
function isAutonomous(province: number): boolean {
  return PROVINCES[province]?.name.endsWith("自治区") ?? false;
}
