/**
 * Label choice and node styling: the Chinese name by default, the English name in English mode
 * (falling back to the Chinese one), colours from the ontology, size growing with degree.
 */
import { ENTITY_TYPES, byId } from "@zonegraph/graph-data/ontology";
import type { Lang } from "./i18n.ts";

/** The label of an entity in a language. */
export function entityLabel(entity: { name: string; nameEn?: string | null }, lang: Lang): string {
  if (lang === "en" && entity.nameEn && entity.nameEn.trim() !== "") return entity.nameEn;
  return entity.name;
}

/** The colour of an entity type, from the ontology. */
export function typeColor(type: string): string {
  return byId(ENTITY_TYPES, type)?.color ?? "#999999";
}

/** The drawn size of a node with this many relations. */
export function nodeSize(degree: number): number {
  return 4 + 2 * Math.sqrt(degree);
}

/**
 * Whether to show a relation's title in a language: titles of roles are Chinese (局长), shown in
 * the Chinese interface; curators' notes are English, shown in the English one.
 */
export function showTitle(lang: Lang, relation: { title: string | null }): boolean {
  const title = relation.title;
  if (title === null || title === "") return false;
  return /[\u4e00-\u9fff]/.test(title) === (lang === "zh");
}
