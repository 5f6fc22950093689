/**
 * The TieRole enum (MEMBER or COUNTERPARTY), apart from the tied connection so that the `where`
 * inputs can use it without an import cycle.
 */
import { builder } from "../builder.ts";

/** MEMBER or COUNTERPARTY. */
export const TieRoleEnum = builder.enumType("TieRole", {
  description: "Why an entity is tied to a zone.",
  values: {
    MEMBER: {
      description:
        "Belongs to the zone (成员): its chain of membership relations, followed forward, leads into the zone.",
    },
    COUNTERPARTY: {
      description:
        "Deals with a member or the zone, one step out (交易对手): e.g. the investor a project is FUNDED_BY. Never expanded.",
    },
  } as const,
});
