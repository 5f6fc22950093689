/**
 * What a GEXF export adds to the drawn graph: each visible entity's aliases and evidence quotes,
 * and each visible relation's title, inferred flag, reason and quotes, read from the API a few
 * entities per request. An entity the API cannot give (too costly, gone) keeps what the view has.
 */
import type { GraphQLRequest } from "./graphql-client.ts";

/** An entity's attributes for the export. */
export interface ExportEntity {
  aliases: string[];
  quotes: string[];
}

/** A relation's attributes for the export. */
export interface ExportRelation {
  title: string | null;
  inferred: boolean;
  inferenceReason: string | null;
  quotes: string[];
}

/** Entities read per request. */
export const EXPORT_BATCH = 10;

const FIELDS = `id: rawId aliases evidence { quote } relations { id: rawId title inferred inferenceReason evidence { quote } }`;

interface EntityAnswer {
  id: string;
  aliases: string[];
  evidence: { quote: string }[];
  relations: {
    id: string;
    title: string | null;
    inferred: boolean;
    inferenceReason: string | null;
    evidence: { quote: string }[];
  }[];
}

/** Reads the export attributes of `ids` and of their relations. */
export async function loadExportData(
  request: GraphQLRequest,
  ids: readonly string[],
): Promise<{ entities: Map<string, ExportEntity>; relations: Map<string, ExportRelation> }> {
  const entities = new Map<string, ExportEntity>();
  const relations = new Map<string, ExportRelation>();
  for (let i = 0; i < ids.length; i += EXPORT_BATCH) {
    const batch = ids.slice(i, i + EXPORT_BATCH);
    const vars = batch.map((_id, k) => `$i${k}: ID!`).join(", ");
    const fields = batch.map((_id, k) => `e${k}: entity(id: $i${k}) { ${FIELDS} }`).join(" ");
    const variables = Object.fromEntries(batch.map((id, k) => [`i${k}`, id]));
    let data: Record<string, EntityAnswer | null>;
    try {
      data = await request<Record<string, EntityAnswer | null>>(
        `query Export(${vars}) { ${fields} }`,
        variables,
      );
    } catch {
      continue;
    }
    for (const e of Object.values(data)) {
      if (!e) continue;
      entities.set(e.id, { aliases: e.aliases, quotes: e.evidence.map((x) => x.quote) });
      for (const r of e.relations)
        relations.set(r.id, {
          title: r.title,
          inferred: r.inferred,
          inferenceReason: r.inferenceReason,
          quotes: r.evidence.map((x) => x.quote),
        });
    }
  }
  return { entities, relations };
}
