/**
 * The static limits of a document: graphql-armor's depth ≤ 12, aliases ≤ 30 and tokens ≤ 5000 and
 * field suggestions blocked in production; our parse guard (nesting ≤ 64, no parser stack overflow)
 * and document limits (≤ 5000 selections and ≤ 50 directives with fragments expanded, judged
 * before validation). Each rejection is tagged with an `extensions.code`. The cost budget is ours
 * (complexity.ts): armor's cost limit ignores variables.
 */
import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";
import type { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import { MAX_DIRECTIVES, useDocumentLimits } from "./document-limits.ts";
import { useParseGuard } from "./parse-guard.ts";

/** The static limits of a document. */
export const ARMOR_LIMITS = {
  maxDepth: 12,
  maxAliases: 30,
  maxTokens: 5000,
  maxDirectives: MAX_DIRECTIVES,
} as const;

// Armor's errors carry no code; its reject callbacks receive the error before it is reported.
const tag = (code: string) => [
  (_ctx: unknown, error: GraphQLError): void => {
    (error.extensions as Record<string, unknown>)["code"] = code;
  },
];

/**
 * The armor plugin with the parse guard and document limits; `production` turns on blocking of
 * field suggestions. Armor's directive count is replaced by ours: armor forgets the directives of
 * a fragment spread when that fragment was spread before.
 */
export function useArmor(production: boolean): Plugin {
  const armor: Plugin = EnvelopArmorPlugin({
    maxDepth: { n: ARMOR_LIMITS.maxDepth, exposeLimits: true, onReject: tag("DEPTH_LIMIT") },
    maxAliases: { n: ARMOR_LIMITS.maxAliases, exposeLimits: true, onReject: tag("ALIAS_LIMIT") },
    maxTokens: { n: ARMOR_LIMITS.maxTokens, exposeLimits: true, onReject: tag("TOKEN_LIMIT") },
    maxDirectives: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  });
  return {
    // Added in this order after this plugin: the guard wraps armor's token-counting parser.
    onPluginInit({ addPlugin }) {
      addPlugin(armor);
      addPlugin(useParseGuard());
      addPlugin(useDocumentLimits());
    },
  };
}
