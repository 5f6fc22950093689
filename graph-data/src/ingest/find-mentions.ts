/**
 * All mentions of an article, in text order: suffix names, gazetteer regions and titled people
 * (overlaps resolved), then short names, hosts named in postdoctoral workstations, anaphora and
 * company + product projects. Also returns the reporters and the designation candidates.
 */
import type { ArticleContext } from "./article-context.ts";
import { findAnaphora, findShortNames } from "./find-references.ts";
import { findNamedMentions, type DesignationMention } from "./find-named-mentions.ts";
import { findPeople, type PersonMention } from "./find-people.ts";
import { findProjects, type ProjectMention } from "./find-projects.ts";
import { findRegions } from "./find-regions.ts";
import { findReporters } from "./find-reporters.ts";
import type { Mention } from "./mention.ts";
import { resolveOverlaps } from "./resolve-overlaps.ts";

/** Everything the mention rules found. */
export interface ArticleMentions {
  mentions: Mention[];
  people: PersonMention[];
  projects: ProjectMention[];
  hosts: { platform: Mention; host: Mention }[];
  designations: DesignationMention[];
  reporters: string[];
}

const POSTDOC = /(?:博士后科研工作站|博士后工作站|博士后创新实践基地)$/u;

/** Runs every mention rule over the article. */
export function findMentions(context: ArticleContext): ArticleMentions {
  const reporters = findReporters(context.match);
  const { mentions: named, designations } = findNamedMentions(context);
  const people = findPeople(context, reporters);
  const base = resolveOverlaps<Mention>([...named, ...findRegions(context), ...people]);
  const shortNames = findShortNames(context, base);
  const hosts: { platform: Mention; host: Mention }[] = [];
  for (const platform of base) {
    if (platform.type !== "PLATFORM" || !POSTDOC.test(platform.key)) continue;
    const prefix = platform.key.replace(POSTDOC, "");
    if (prefix.length < 2 || /级$/u.test(prefix)) continue;
    const university = /(?:大学|学院)$/u.test(prefix);
    const host: Mention = {
      type: university ? "ORGANIZATION" : "COMPANY",
      name: context.text.slice(platform.start, platform.start + prefix.length),
      key: prefix,
      start: platform.start,
      end: platform.start + prefix.length,
      rule: "postdoc-workstation-host",
      confidence: 0.5,
    };
    if (university) host.orgKind = "UNIVERSITY";
    hosts.push({ platform, host });
  }
  const sorted = [...base, ...shortNames].sort((a, b) => a.start - b.start);
  const anaphora = findAnaphora(context, sorted);
  const withAnaphora = [...sorted, ...anaphora].sort((a, b) => a.start - b.start);
  const projects = findProjects(context, withAnaphora);
  const superseded = (m: Mention): boolean =>
    m.type === "PROJECT" && projects.some((p) => p.start <= m.start && m.end <= p.end);
  const mentions = [
    ...withAnaphora.filter((m) => !superseded(m)),
    ...projects,
    ...hosts.map((h) => h.host),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept = new Set<Mention>(mentions);
  return {
    mentions,
    people: people.filter((p) => kept.has(p)),
    projects,
    hosts,
    designations,
    reporters,
  };
}
