/**
 * Projects named by their owner in a list of projects: "A公司年产1.25万吨电子冷却液、B公司年产30万吨
 * 电池箔等项目" → two projects (年产1.25万吨电子冷却液项目 …), each OWNED_BY its company, with the
 * status the sentence gives (竣工 → COMPLETED, 开机生产/投产 → OPERATING, 开工 → STARTED, 签约 → SIGNED).
 */
import type { ProjectStatus } from "../index.ts";
import type { ArticleContext } from "./article-context.ts";
import { TITLES } from "./find-people.ts";
import type { Mention } from "./mention.ts";
import { SortedSpans } from "./sorted-spans.ts";

/** A project mention with the company mention that carries it out. */
export interface ProjectMention extends Mention {
  owner: Mention;
}

/** Verbs between a company and the project it invests in. */
const INVESTS = /^(?:投资建设|投资兴建|投资新建|投资|投建|新建|建设|实施)/u;
const ITEM_END = /[、,，;；。等\n]/u;
const LIST_OF_PROJECTS = /^[^。;；]{0,80}?等(?:\d+个)?(?:项目|工程)/u;
const TITLE_START = new RegExp(`^(?:${TITLES.join("|")})`, "u");
const VERB_START =
  /^(?:获|是|为|在|与|和|对|将|已|把|被|开展|实现|成为|入选|建成|通过|牵头|组建|开发|生产|研发|推出|合作|参与)/u;

/** Finds company + product items in lists of projects. */
export function findProjects(context: ArticleContext, mentions: readonly Mention[]): ProjectMention[] {
  const { match, text } = context;
  const found: ProjectMention[] = [];
  const sorted = new SortedSpans(mentions);
  for (const owner of mentions) {
    if (owner.type !== "COMPANY") continue;
    let end = owner.end;
    while (end < match.length && !ITEM_END.test(match[end] ?? "") && end - owner.end <= 24) end++;
    // "A公司投资建设年产…项目": the verb is not part of the project's name.
    const itemStart = owner.end + (INVESTS.exec(match.slice(owner.end, end))?.[0].length ?? 0);
    const item = match.slice(itemStart, end);
    if (
      item.length < 2 ||
      !/^[\p{Script=Han}\d]/u.test(item) ||
      VERB_START.test(item) ||
      /^[(（]/u.test(item)
    )
      continue;
    if (sorted.firstStarting(owner.end, end, (m) => m !== owner && !(m.type === "PROJECT" && m.end === end)))
      continue;
    if (!/[、等]/u.test(match[end] ?? "") && !/(?:项目|工程)$/u.test(item)) continue;
    if (TITLE_START.test(item)) continue;
    const rest = match.slice(end);
    const explicit = /(?:项目|工程)$/u.test(item);
    if (!explicit && !LIST_OF_PROJECTS.test(rest)) continue;
    const name = explicit ? text.slice(itemStart, end) : `${text.slice(itemStart, end)}项目`;
    const project: ProjectMention = {
      type: "PROJECT",
      name,
      key: explicit ? item : `${item}项目`,
      start: itemStart,
      end,
      rule: "company-project-list",
      confidence: 0.75,
      owner,
    };
    found.push(project);
  }
  return found;
}

/** The status a sentence gives its projects, if any. */
export function projectStatus(sentence: string): ProjectStatus | undefined {
  if (/竣工|建成/u.test(sentence)) return "COMPLETED";
  if (/开机生产|投产|投入运营|运营/u.test(sentence)) return "OPERATING";
  if (/开工|动工/u.test(sentence)) return "STARTED";
  if (/签约|签订|签署/u.test(sentence)) return "SIGNED";
  return undefined;
}
