/**
 * Formats figures for people: money in 亿元 / 万元 beside the exact yuan, capacities with their
 * unit, metric values with their unit and qualifier — the same numbers in both languages.
 */
import type { Lang } from "./i18n.ts";
import { ontologyLabel } from "./i18n.ts";

function trimNumber(value: number, digits: number): string {
  return Number(value.toFixed(digits)).toString();
}

/** The exact number with thousands separators. */
export function formatNumber(value: number, lang: Lang): string {
  return value.toLocaleString(lang === "zh" ? "zh-CN" : "en-US", { maximumFractionDigits: 4 });
}

/**
 * Money in 亿元 (or 万元 below 1亿) beside the exact yuan: "4.1亿元（410,000,000 元）"; in English
 * in millions or billions: "410 million yuan (410,000,000 yuan)".
 */
export function formatYuan(yuan: number, lang: Lang): string {
  const exact = formatNumber(yuan, lang);
  const a = Math.abs(yuan);
  const big =
    lang === "en"
      ? a >= 1e9
        ? `${trimNumber(yuan / 1e9, 4)} billion yuan`
        : a >= 1e6
          ? `${trimNumber(yuan / 1e6, 4)} million yuan`
          : null
      : a >= 1e8
        ? `${trimNumber(yuan / 1e8, 4)}亿元`
        : a >= 1e4
          ? `${trimNumber(yuan / 1e4, 2)}万元`
          : null;
  const unit = lang === "zh" ? "元" : "yuan";
  if (big === null) return `${exact} ${unit}`;
  return lang === "zh" ? `${big}（${exact} 元）` : `${big} (${exact} yuan)`;
}

/** A value in a unit of the ontology: yuan as money, percent with %, others with the unit's label. */
export function formatValue(value: number, unit: string, lang: Lang): string {
  if (unit === "yuan") return formatYuan(value, lang);
  if (unit === "percent") return `${formatNumber(value, lang)}%`;
  if (unit === "MW" || unit === "MWh") return `${formatNumber(value, lang)} ${unit}`;
  const label = ontologyLabel(lang, "unit", unit);
  return lang === "zh" ? `${formatNumber(value, lang)}${label}` : `${formatNumber(value, lang)} ${label}`;
}

/** Capacities, one or several ("100 MW / 200 MWh"). */
export function formatCapacity(
  capacity: { value: number; unit: string } | readonly { value: number; unit: string }[],
  lang: Lang,
): string {
  const list = Array.isArray(capacity) ? capacity : [capacity];
  return list.map((c: { value: number; unit: string }) => formatValue(c.value, c.unit, lang)).join(" / ");
}

const QUALIFIED: Record<string, Record<"zh" | "en", (text: string) => string>> = {
  MORE_THAN: { zh: (x) => `超过 ${x}`, en: (x) => `more than ${x}` },
  AT_LEAST: { zh: (x) => `${x} 以上`, en: (x) => `at least ${x}` },
  ABOUT: { zh: (x) => `约 ${x}`, en: (x) => `about ${x}` },
  TARGET: { zh: (x) => `目标 ${x}`, en: (x) => `target ${x}` },
};

/** A formatted figure with its qualifier ("超过 500个", "at least 54%"); exact or unknown qualifiers add nothing. */
export function withQualifier(text: string, qualifier: string | null | undefined, lang: Lang): string {
  const phrase = qualifier ? QUALIFIED[qualifier] : undefined;
  return phrase ? phrase[lang](text) : text;
}

/** A metric period for people: "2022-01..2022-11" → "2022-01 至 2022-11" / "2022-01 to 2022-11", "..2022-12" → "截至 2022-12". */
export function formatPeriod(period: string | null | undefined, lang: Lang): string {
  if (!period) return "—";
  if (period === "as of publication") return lang === "zh" ? "截至发稿" : "as of publication";
  const range = /^(.*)\.\.(.*)$/.exec(period);
  if (!range) return period;
  const [, from = "", to = ""] = range;
  if (from === "") return lang === "zh" ? `截至 ${to}` : `up to ${to}`;
  if (to === "") return lang === "zh" ? `${from} 起` : `from ${from}`;
  return lang === "zh" ? `${from} 至 ${to}` : `${from} to ${to}`;
}
