/**
 * Mentions → entity groups: mentions of one key are one entity; a zone printed with and without a
 * leading place (新疆石河子开发区 / 石河子开发区) is one zone, named by the shorter form. Every other
 * form printed becomes an alias.
 */
import type { EntityType } from "../index.ts";
import type { Mention } from "./mention.ts";
import { regionGazetteer } from "./region-gazetteer.ts";

/** The mentions of one entity. */
export interface MentionGroup {
  key: string;
  type: EntityType;
  name: string;
  aliases: string[];
  mentions: Mention[];
}

/** Groups mentions by entity; `keyMap` receives every merged key → the group's key. */
export function groupMentions(mentions: readonly Mention[]): {
  groups: MentionGroup[];
  keyMap: Map<string, string>;
} {
  const keyMap = new Map<string, string>();
  const zoneKeys = new Set(mentions.filter((m) => m.type === "ZONE" && !m.refersTo).map((m) => m.key));
  for (const key of zoneKeys) {
    const core = coreZone(key, zoneKeys);
    if (core !== key) keyMap.set(key, core);
  }
  const groups = new Map<string, MentionGroup>();
  for (const m of mentions) {
    const raw = m.refersTo ?? m.key;
    const key = keyMap.get(raw) ?? raw;
    keyMap.set(raw, key);
    let group = groups.get(key);
    if (!group) {
      group = { key, type: m.type, name: m.type === "REGION" ? key : m.name, aliases: [], mentions: [] };
      groups.set(key, group);
    }
    group.mentions.push(m);
  }
  for (const group of groups.values()) {
    const forms = new Set<string>();
    for (const m of group.mentions) {
      if (m.rule !== "anaphora") forms.add(m.name);
      if (m.alias) forms.add(m.alias);
      if (!m.refersTo && m.key === group.key && m.rule !== "anaphora")
        group.name = m.type === "REGION" ? group.key : m.name;
    }
    forms.delete(group.name);
    group.aliases = [...forms];
  }
  return { groups: [...groups.values()], keyMap };
}

/** The shortest zone of `known` left when places printed before `name` are dropped ("宁夏苏银产业园" → "苏银产业园"). */
export function coreZone(name: string, known: ReadonlySet<string>): string {
  const forms = regionGazetteer().forms;
  for (let length = Math.min(8, name.length - 3); length >= 2; length--) {
    if (!forms.has(name.slice(0, length))) continue;
    const rest = coreZone(name.slice(length), known);
    if (known.has(rest)) return rest;
  }
  return name;
}
