/**
 * Size presets of the synthetic generator: how many zones of each level and how many companies,
 * platforms, projects, investors, people and universities/institutes to generate.
 */

/** The counts one preset generates (regions follow from the cities the zones land in). */
export interface SynthPreset {
  readonly name: string;
  /** National high-tech zones (国家高新区, ~180 in reality). */
  readonly highTechZones: number;
  /** National economic and technological development zones (国家经开区, ~230). */
  readonly devZones: number;
  /** Provincial parks. */
  readonly provincialParks: number;
  readonly companies: number;
  readonly platforms: number;
  readonly projects: number;
  /** The shared pool of funds that invest across zones. */
  readonly investors: number;
  /** People with roles at companies (bureau people come two or three per zone on top). */
  readonly people: number;
  readonly universities: number;
  readonly institutes: number;
}

/** The presets by name: small ~1k entities, medium ~20k, national ~250k entities / ~600k relations. */
export const PRESETS = {
  small: {
    name: "small",
    highTechZones: 3,
    devZones: 4,
    provincialParks: 13,
    companies: 440,
    platforms: 110,
    projects: 180,
    investors: 40,
    people: 110,
    universities: 10,
    institutes: 10,
  },
  medium: {
    name: "medium",
    highTechZones: 18,
    devZones: 23,
    provincialParks: 159,
    companies: 9600,
    platforms: 2400,
    projects: 4000,
    investors: 400,
    people: 2400,
    universities: 80,
    institutes: 120,
  },
  national: {
    name: "national",
    highTechZones: 180,
    devZones: 230,
    provincialParks: 2090,
    companies: 120_000,
    platforms: 30_000,
    projects: 50_000,
    investors: 3000,
    people: 30_000,
    universities: 300,
    institutes: 700,
  },
} as const satisfies Record<string, SynthPreset>;

/** A preset name: "small", "medium" or "national". */
export type PresetName = keyof typeof PRESETS;

/** True when `name` is one of the preset names. */
export function isPresetName(name: string): name is PresetName {
  return Object.hasOwn(PRESETS, name);
}
