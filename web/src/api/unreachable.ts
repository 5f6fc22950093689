/**
 * Whether a failed request means the server could not be reached (no answer, or an answer that is
 * not GraphQL's, as a proxy gives while the server is down) rather than an answer saying no.
 */
import { GraphQLClientError } from "./graphql-client.ts";

/** True when `error` says the server could not be reached. */
export function isUnreachable(error: unknown): boolean {
  return !(error instanceof GraphQLClientError) || error.kind !== "graphql";
}
