/**
 * graphql-armor protections: depth ≤ 12, aliases ≤ 30, tokens ≤ 5000, directives ≤ 50, field
 * suggestions blocked in production; each rejection is tagged with an `extensions.code`. The cost
 * budget is ours (complexity.ts): armor's cost limit ignores variables, so it judged the same query
 * differently with `first: 1000` written inline or passed as a variable.
 */
import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";
import type { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";

/** The limits enforced by graphql-armor. */
export const ARMOR_LIMITS = { maxDepth: 12, maxAliases: 30, maxTokens: 5000, maxDirectives: 50 } as const;

// Armor's errors carry no code; its reject callbacks receive the error before it is reported.
const tag = (code: string) => [
  (_ctx: unknown, error: GraphQLError): void => {
    (error.extensions as Record<string, unknown>)["code"] = code;
  },
];

/** The armor plugin; `production` turns on blocking of field suggestions. */
export function useArmor(production: boolean): Plugin {
  return EnvelopArmorPlugin({
    maxDepth: { n: ARMOR_LIMITS.maxDepth, exposeLimits: true, onReject: tag("DEPTH_LIMIT") },
    maxAliases: { n: ARMOR_LIMITS.maxAliases, exposeLimits: true, onReject: tag("ALIAS_LIMIT") },
    maxTokens: { n: ARMOR_LIMITS.maxTokens, exposeLimits: true, onReject: tag("TOKEN_LIMIT") },
    maxDirectives: { n: ARMOR_LIMITS.maxDirectives, exposeLimits: true, onReject: tag("DIRECTIVE_LIMIT") },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  });
}
