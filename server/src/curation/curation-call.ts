/**
 * Runs a curation call for a resolver and turns graph-data's CurationError into a GraphQL error a
 * client can act on: `extensions.code` (CONFLICT, BAD_USER_INPUT, NOT_FOUND, NOT_OPEN,
 * PUBLISH_REJECTED, LOCKED, CORRUPT) and, for bad input, the field at fault (`extensions.field`,
 * e.g. "decisions[0].edit.span.quote", and `argumentName`, e.g. "decisions").
 */
import { CurationError } from "@zonegraph/graph-data/curation/index";
import { GraphQLError } from "graphql";

/** The GraphQL error of a CurationError (its message kept: it names what was wrong and where). */
export function curationGraphQLError(error: CurationError): GraphQLError {
  const code = error.code === "BAD_INPUT" ? "BAD_USER_INPUT" : error.code;
  const extensions: Record<string, unknown> = { code };
  if (error.field !== undefined) {
    extensions["field"] = error.field;
    extensions["argumentName"] = /^[A-Za-z]+/.exec(error.field)?.[0] ?? error.field;
  }
  return new GraphQLError(error.message, { extensions });
}

/** `task`'s result; a CurationError becomes its GraphQL error, anything else is a server fault (masked). */
export async function curationCall<T>(task: () => T | Promise<T>): Promise<T> {
  try {
    return await task();
  } catch (error) {
    if (error instanceof CurationError) throw curationGraphQLError(error);
    throw error;
  }
}

/** `value` without null members (GraphQL sends null for an omitted optional input; the folder's schemas take absent). */
export function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => [k, withoutNulls(v)]),
  );
}
