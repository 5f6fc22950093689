import { describe, expect, it } from "vitest";
import { loadCorpusGraph } from "../../src/index.ts";
import { graphNames, linkEntities } from "../../src/ingest/link-entities.ts";
import type { ProposedEntity } from "../../src/ingest/types.ts";
import type { EntityType } from "../../src/index.ts";

const names = graphNames(loadCorpusGraph());

function linked(name: string, type: EntityType, aliases: string[] = []): ProposedEntity {
  const entity: ProposedEntity = {
    ...{ id: "proposed-1", name, type, aliases, confidence: 0.9, rule: "test" },
    ...{ evidence: [], linksTo: [], flags: [] },
  };
  linkEntities([entity], names);
  return entity;
}

describe("linking to the existing graph", () => {
  it("links a name printed in traditional characters by its full pinyin, with the reason", () => {
    const entity = linked("包頭稀土高新區", "ZONE");
    expect(entity.linksTo).toEqual([
      {
        id: "baotou-rare-earth-hi-tech-zone",
        name: "包头稀土高新区",
        type: "ZONE",
        reason:
          '"包頭稀土高新區" has the same pinyin "baotouxitugaoxinqu" as the existing name "包头稀土高新区"',
      },
    ]);
  });

  it("links a latin abbreviation equal to an existing name's pinyin initials or full pinyin", () => {
    expect(linked("新区", "ZONE", ["BTXTGXQ"]).linksTo[0]).toMatchObject({
      id: "baotou-rare-earth-hi-tech-zone",
      reason: '"BTXTGXQ" is the pinyin initials of the existing name "包头稀土高新区"',
    });
    expect(linked("luzhougaoxinqu", "ZONE").linksTo[0]?.id).toBe("luzhou-hi-tech-zone");
  });

  it("does not link names whose initials agree but whose pinyin differs, nor across types", () => {
    // 柳州高新区 and 泸州高新区 are both "lzgxq"; only the full pinyin (liuzhou / luzhou) tells them apart.
    expect(linked("柳州高新区", "ZONE").linksTo).toEqual([]);
    expect(linked("包頭稀土高新區", "COMPANY").linksTo).toEqual([]);
  });

  it("flags the same name with a different type and does not merge it", () => {
    const entity = linked("包头稀土高新区", "COMPANY");
    expect(entity.linksTo).toEqual([]);
    expect(entity.flags).toEqual([
      '"包头稀土高新区" is the name of existing ZONE baotou-rare-earth-hi-tech-zone: same name, different type (not merged)',
    ]);
  });
});
