/**
 * Checks a curator's string against one of the ontology's `as const` lists, reporting an unknown
 * value with the list of allowed ids ("unknown level "PROVINCE" (one of NATIONAL, PROVINCIAL, …)").
 */
import type { FactScope } from "./fact-scope.ts";
import type { YamlPath } from "./yaml-file.ts";

/** The entry of `list` whose id is `value`, or undefined after reporting `unknown <what>`. */
export function ontologyChoice<T extends { readonly id: string }>(
  scope: FactScope,
  rel: YamlPath,
  what: string,
  list: readonly T[],
  value: string,
): T | undefined {
  const found = list.find((item) => item.id === value);
  if (!found)
    scope.fail(rel, `unknown ${what} "${value}" (one of ${list.map((item) => item.id).join(", ")})`);
  return found;
}
