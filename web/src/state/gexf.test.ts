import { describe, expect, it } from "vitest";
import { writeGexf, type GexfNode } from "./gexf.ts";

const node = (id: string, label: string): GexfNode => ({
  id,
  label,
  type: "COMPANY",
  name: label,
  nameEn: "",
  color: "#2b6cb0",
  x: 1,
  y: 2,
  size: 5,
});

describe("writeGexf", () => {
  it("writes nodes with their labels, type and colour", () => {
    const xml = writeGexf([node("a", "威丰电磁")], []);
    expect(xml).toContain('<node id="a" label="威丰电磁">');
    expect(xml).toContain('<attvalue for="type" value="COMPANY"/>');
    expect(xml).toContain('<viz:color r="43" g="108" b="176"/>');
  });

  it("writes edges between written nodes only", () => {
    const xml = writeGexf(
      [node("a", "A"), node("b", "B")],
      [
        { id: "e1", source: "a", target: "b", type: "LOCATED_IN" },
        { id: "e2", source: "a", target: "hidden", type: "LOCATED_IN" },
      ],
    );
    expect(xml).toContain('<edge id="e1" source="a" target="b"');
    expect(xml).not.toContain('id="e2"');
  });

  it("escapes XML in names", () => {
    expect(writeGexf([node("a&b", "<R&D>")], [])).toContain('<node id="a&amp;b" label="&lt;R&amp;D&gt;">');
  });

  it("writes aliases and evidence of nodes, and title, inferred, reason and evidence of edges", () => {
    const xml = writeGexf(
      [
        { ...node("a", "威丰电磁"), aliases: ["威丰", "Weifeng"], quotes: ["威丰电磁位于"] },
        node("z", "包头"),
      ],
      [
        {
          id: "r",
          source: "a",
          target: "z",
          type: "LOCATED_IN",
          title: "总部",
          inferred: true,
          inferenceReason: "said by the zone's report",
          quotes: ["位于包头"],
        },
      ],
    );
    expect(xml).toContain('<attvalue for="aliases" value="威丰 | Weifeng"/>');
    expect(xml).toContain('<attvalue for="evidence" value="威丰电磁位于"/>');
    expect(xml).toContain('<attvalue for="inferred" value="true"/>');
    expect(xml).toContain('<attvalue for="inferenceReason" value="said by the zone&apos;s report"/>');
    expect(xml).toContain('<attvalue for="title" value="总部"/>');
    expect(xml).toContain('<attvalue for="evidence" value="位于包头"/>');
  });
});
