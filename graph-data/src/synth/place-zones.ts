/**
 * The first stage of the generator: provinces and cities (REGION), zones of each level with
 * heavy-tailed sizes, each zone's administering bureau with its people, and parks PART_OF zones.
 */
import type { Level } from "../ontology.ts";
import { PARK_PLACES, PARK_THEMES } from "./name-pools.ts";
import type { SynthPreset } from "./presets.ts";
import { PROVINCES } from "./regions.ts";
import { Rng, WeightedPicker } from "./rng.ts";
import type { SynthBuilder } from "./synth-builder.ts";
import { personName } from "./person-name.ts";
import { BUREAU_TITLES } from "./name-pools.ts";

/** A city a zone lies in. */
export interface CityRef {
  readonly short: string;
  readonly en: string;
  /** Index of the city's REGION entity (created when the first zone lands in the city). */
  index: number;
  readonly province: number;
}

/** A placed zone: entity index, its city, its size weight and short name. */
export interface ZoneRef {
  readonly index: number;
  readonly city: CityRef;
  readonly weight: number;
  readonly short: string;
  readonly national: boolean;
}

/** Regions and zones created by `placeZones`. */
export interface PlacedZones {
  readonly zones: ZoneRef[];
  readonly cities: CityRef[];
  readonly provinceIndex: number[];
}

/** Create regions, zones (power-law sizes), bureaus with their people, and parks PART_OF zones. */
export function placeZones(preset: SynthPreset, rng: Rng, b: SynthBuilder, names: Set<string>): PlacedZones {
  const cities: CityRef[] = [];
  const cityWeights: number[] = [];
  PROVINCES.forEach((p, pi) =>
    p.cities.forEach(([short, en], ci) => {
      cities.push({ short, en, index: -1, province: pi });
      cityWeights.push(ci === 0 ? 4 : rng.pareto(1, 1.5));
    }),
  );
  const provinceIndex = PROVINCES.map(() => -1);
  const picker = new WeightedPicker(cityWeights);
  const zones: ZoneRef[] = [];
  const usedHighTech = new Set<number>();

  const cityEntity = (city: CityRef, home: number): number => {
    if (city.index >= 0) return city.index;
    const province = PROVINCES[city.province]!;
    const suffix = province.name.endsWith("市") && province.name.length <= 4 ? "区" : "市";
    city.index = b.add(
      {
        id: `region-${b.size}`,
        type: "REGION",
        name: city.short + suffix,
        nameEn: `${city.en} ${suffix === "区" ? "District" : "City"}`,
        aliases: [],
        regionKind: suffix === "区" ? "district" : "city",
      },
      home,
    );
    if (provinceIndex[city.province]! < 0) {
      const kind = province.name.endsWith("自治区")
        ? "autonomous region"
        : province.name.endsWith("市")
          ? "municipality"
          : "province";
      provinceIndex[city.province] = b.add(
        {
          id: `region-${b.size}`,
          type: "REGION",
          name: province.name,
          nameEn: province.en,
          aliases: [],
          regionKind: kind,
        },
        home,
      );
    }
    b.relate(city.index, "PART_OF", provinceIndex[city.province]!);
    return city.index;
  };

  const addZone = (kind: "hightech" | "dev" | "park"): void => {
    let ci = picker.pick(rng);
    if (kind === "hightech") {
      for (let tries = 0; usedHighTech.has(ci) && tries < 50; tries++) ci = picker.pick(rng);
      usedHighTech.add(ci);
    }
    const city = cities[ci]!;
    const province = PROVINCES[city.province]!;
    let name = "";
    let alias = "";
    let nameEn = "";
    let short = "";
    for (let attempt = 0; name === "" || names.has(name); attempt++) {
      const [place, placeEn] = attempt === 0 && kind !== "park" ? ["", ""] : rng.pick(PARK_PLACES);
      const n = attempt > 8 ? String(attempt) : "";
      if (kind === "hightech") {
        name = `${city.short}${place}${n}高新技术产业开发区`;
        alias = `${city.short}${place}${n}高新区`;
        nameEn = `${city.en} ${placeEn} Hi-tech Industrial Development Zone`.replace("  ", " ");
      } else if (kind === "dev") {
        name = `${city.short}${place}${n}经济技术开发区`;
        alias = `${city.short}${place}${n}经开区`;
        nameEn = `${city.en} ${placeEn} Economic and Technological Development Zone`.replace("  ", " ");
      } else {
        const [theme, themeEn] = rng.pick(PARK_THEMES);
        name = `${city.short}${place}${n}${theme}`;
        alias = "";
        nameEn = `${city.en} ${placeEn} ${themeEn}`;
      }
      short = alias === "" ? name : alias;
    }
    names.add(name);
    if (alias !== "") names.add(alias);
    const national = kind !== "park";
    const level: Level = national
      ? "NATIONAL"
      : province.name.endsWith("自治区")
        ? "AUTONOMOUS_REGION"
        : "PROVINCIAL";
    const founded = rng.range(national ? 1988 : 1995, 2020);
    const z = b.add(
      {
        id: `zone-${zones.length}`,
        type: "ZONE",
        name,
        nameEn,
        aliases: alias === "" ? [] : [alias],
        level,
        established: `${founded}-${String(rng.range(1, 12)).padStart(2, "0")}`,
        ...(kind === "hightech" && rng.chance(0.6)
          ? {
              upgraded: `${Math.min(2022, founded + rng.range(3, 15))}-${String(rng.range(1, 12)).padStart(2, "0")}`,
            }
          : {}),
      },
      -1,
    );
    b.relate(z, "LOCATED_IN", cityEntity(city, z));
    const weight = Math.min(800, rng.pareto(kind === "park" ? 1 : kind === "hightech" ? 6 : 4, 1.15));
    zones.push({ index: z, city, weight, short, national });

    const bureau = b.add(
      {
        id: `org-${b.size}`,
        type: "ORGANIZATION",
        name: `${name}管理委员会`,
        nameEn: `Administrative Committee of ${nameEn}`,
        aliases: alias === "" ? [] : [`${alias}管委会`],
        orgKind: "GOVERNMENT",
      },
      z,
    );
    b.relate(bureau, "ADMINISTERS", z);
    b.relate(bureau, "LOCATED_IN", z);
    const staff = rng.range(2, 3);
    for (let s = 0; s < staff; s++) {
      const [pname, pen] = personName(rng);
      const p = b.add({ id: `person-${b.size}`, type: "PERSON", name: pname, nameEn: pen, aliases: [] }, z);
      b.relate(
        p,
        "ROLE_AT",
        bureau,
        BUREAU_TITLES[s === 0 ? rng.int(2) * 2 : 1 + rng.int(BUREAU_TITLES.length - 1)],
      );
    }
  };

  for (let i = 0; i < preset.highTechZones; i++) addZone("hightech");
  for (let i = 0; i < preset.devZones; i++) addZone("dev");
  const nationalCount = zones.length;
  for (let i = 0; i < preset.provincialParks; i++) addZone("park");

  // Some provincial parks are parks inside a national zone of the same city (园中园).
  const nationalByCity = new Map<CityRef, ZoneRef>();
  for (const z of zones.slice(0, nationalCount))
    if (!nationalByCity.has(z.city)) nationalByCity.set(z.city, z);
  for (const z of zones.slice(nationalCount)) {
    const parent = nationalByCity.get(z.city);
    if (parent !== undefined && rng.chance(0.3)) b.relate(z.index, "PART_OF", parent.index);
  }
  return { zones, cities, provinceIndex };
}
