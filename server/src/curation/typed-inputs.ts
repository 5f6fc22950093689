/**
 * The curation inputs' enum-typed fields (`entityType`, `relationType`: GraphQL checks their
 * values) turned into graph-data's one `type` field: each must fit the kind of proposal or fact it
 * changes (an entity takes entityType, a relation relationType, a metric neither), else BAD_INPUT
 * names the field sent. A graph-data error about `type` is renamed back to the field sent.
 */
import { CurationError, type Draft } from "@zonegraph/graph-data/curation/index";
import { z } from "zod";

const TypedSchema = z.looseObject({
  entityType: z.string().optional(),
  relationType: z.string().optional(),
});

type Kind = "entity" | "relation" | "metric";

/** `value` (an edit or a fact) with entityType/relationType as `type`, checked against `kind` (null: unknown). */
function typed(value: unknown, kind: Kind | null, at: string): { value: unknown; sent: string | null } {
  const parsed = TypedSchema.safeParse(value);
  if (!parsed.success) return { value, sent: null };
  const { entityType, relationType, ...rest } = parsed.data;
  if (entityType !== undefined && relationType !== undefined)
    throw new CurationError("BAD_INPUT", "give entityType or relationType, not both", `${at}.relationType`);
  const sent = entityType !== undefined ? "entityType" : relationType !== undefined ? "relationType" : null;
  if (sent === null) return { value: rest, sent };
  const fits =
    kind === null ||
    (kind === "entity" ? sent === "entityType" : kind === "relation" && sent === "relationType");
  if (!fits)
    throw new CurationError(
      "BAD_INPUT",
      kind === "metric"
        ? "a metric has no type"
        : `a ${kind} takes ${kind === "entity" ? "entityType" : "relationType"}`,
      `${at}.${sent}`,
    );
  return { value: { ...rest, type: entityType ?? relationType }, sent };
}

/** Runs `task`, renaming a graph-data error on `<prefix>.type` to the field the client sent. */
async function renamingType<T>(task: () => Promise<T>, sentAt: ReadonlyMap<string, string>): Promise<T> {
  try {
    return await task();
  } catch (error) {
    const field = error instanceof CurationError ? error.field : undefined;
    const sent = field?.endsWith(".type") ? sentAt.get(field.slice(0, -".type".length)) : undefined;
    if (!(error instanceof CurationError) || field === undefined || sent === undefined) throw error;
    const renamed = `${field.slice(0, -"type".length)}${sent}`;
    const copy = new CurationError(error.code, "", renamed);
    copy.message = error.message.replace(field, renamed);
    throw copy;
  }
}

/** The kind of proposal `id` in `draft` (null when the draft or the proposal is unknown). */
function kindOf(draft: Draft | null, id: unknown): Kind | null {
  if (draft === null || typeof id !== "string") return null;
  if (draft.entities.some((e) => e.id === id)) return "entity";
  if (draft.relations.some((r) => r.id === id)) return "relation";
  return draft.metrics.some((m) => m.id === id) ? "metric" : null;
}

/** Runs `task` with `decisions` in graph-data's form (each edit's entityType/relationType as `type`). */
export function withTypedDecisions<T>(
  decisions: unknown,
  draft: Draft | null,
  task: (decisions: unknown) => Promise<T>,
): Promise<T> {
  const sentAt = new Map<string, string>();
  const list = Array.isArray(decisions)
    ? decisions.map((d: unknown, i) => {
        const decision = z.looseObject({ proposalId: z.unknown(), edit: z.unknown() }).safeParse(d);
        if (!decision.success || decision.data.edit === undefined) return d;
        const at = `decisions[${i}].edit`;
        const { value, sent } = typed(decision.data.edit, kindOf(draft, decision.data.proposalId), at);
        if (sent !== null) sentAt.set(at, sent);
        return { ...decision.data, edit: value };
      })
    : decisions;
  return renamingType(() => task(list), sentAt);
}

/** Runs `task` with `fact` in graph-data's form (entityType/relationType as `type`, by its kind). */
export function withTypedFact<T>(fact: unknown, task: (fact: unknown) => Promise<T>): Promise<T> {
  const kind = z.object({ kind: z.enum(["ENTITY", "RELATION", "METRIC"]) }).safeParse(fact);
  const k: Kind | null = kind.success ? (kind.data.kind.toLowerCase() as Kind) : null;
  const { value, sent } = typed(fact, k, "fact");
  // A missing type is named by the field its kind needs.
  const field = sent ?? (k === "entity" ? "entityType" : k === "relation" ? "relationType" : null);
  return renamingType(() => task(value), new Map(field === null ? [] : [["fact", field]]));
}
