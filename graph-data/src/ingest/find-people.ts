/**
 * People from title + name: a title (局长, 副总经理, 董事长, 副市长, 相关负责人 …) followed by a
 * 2–3 character name that begins with a surname and is followed by a speech verb or punctuation
 * (吴铁山说, 康超介绍). Reporters named in bylines are left out. Also returns the title chain before
 * each name, for ROLE_AT.
 */
import type { ArticleContext } from "./article-context.ts";
import type { Mention } from "./mention.ts";
import { isSurnamed } from "./find-reporters.ts";

/** Titles, longest first. */
export const TITLES = (
  "党工委书记 党委书记 党组书记 党委常委 副总经理 总经理 副董事长 董事长 总工程师 副总裁 总裁 首席执行官 首席科学家 " +
  "副局长 局长 副主任 主任 副院长 院长 副所长 所长 副校长 校长 副书记 书记 副市长 市长 副区长 区长 副县长 县长 副省长 省长 " +
  "副师长 师长 政委 常委 厂长 总监 经理 秘书长 理事长 会长 主席 部长 处长 科长 相关负责人 负责人 创始人 教授 研究员 院士"
)
  .split(" ")
  .sort((a, b) => b.length - a.length);
const TITLE_PATTERN = new RegExp(`(?:${TITLES.join("|")})`, "gu");
/** What follows a name: a speech or reporting verb, or punctuation. */
const AFTER_NAME =
  /^(?:说|表示|介绍|告诉|指出|称|认为|坦言|透露|谈到|强调|解释|回忆|笑着|带领|接受|一行|在|等|[,，。:：;；、“"(（\s])/u;
/** Characters that never occur in a given name here. */
const NOT_IN_NAME = /[的了是在和与及等说表介告指称认坦透谈强解带接一为将已也都就从向对把被]/u;

/** A person mention and the title right before it. */
export interface PersonMention extends Mention {
  title: string;
  titleStart: number;
}

/** Finds people named after a title; `reporters` are skipped. */
export function findPeople(context: ArticleContext, reporters: readonly string[]): PersonMention[] {
  const { match, text } = context;
  const people: PersonMention[] = [];
  for (const m of match.matchAll(TITLE_PATTERN)) {
    const at = m.index + m[0].length;
    for (const length of [3, 2]) {
      const name = match.slice(at, at + length);
      if (!/^[\p{Script=Han}]+$/u.test(name) || name.length !== length) continue;
      if (!isSurnamed(name) || NOT_IN_NAME.test(name.slice(1))) continue;
      if (!AFTER_NAME.test(match.slice(at + length, at + length + 2)) && at + length !== match.length)
        continue;
      if (reporters.includes(name)) break;
      people.push({
        type: "PERSON",
        name: text.slice(at, at + length),
        key: name,
        start: at,
        end: at + length,
        rule: "person-title-name",
        confidence: 0.85,
        title: m[0],
        titleStart: m.index,
      });
      break;
    }
  }
  return people;
}
