/**
 * The Investor type (投资方: a fund or investment body) with its fund size and the projects
 * it funds.
 */
import { EntityRef, InvestorRef, NodeRef } from "./refs.ts";
import { relatedEntities } from "./related.ts";

InvestorRef.implement({
  description: "A fund or investment body (投资方).",
  interfaces: [NodeRef, EntityRef],
  fields: (t) => ({
    fundSizeYuan: t.float({
      nullable: true,
      description: "Fund size in yuan.",
      resolve: (i) => i.fundSizeYuan ?? null,
    }),
    funded: t.field({
      type: [EntityRef],
      description: "What it funds: sources of FUNDED_BY relations to it (projects, companies, platforms).",
      resolve: relatedEntities("IN", "FUNDED_BY"),
    }),
  }),
});
