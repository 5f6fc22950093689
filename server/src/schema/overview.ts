/**
 * The `zoneOverview` query field: the zones of a large graph with their member and counterparty
 * counts, linked where they share counterparties — what the explorer draws before any one zone.
 */
import { builder } from "../builder.ts";
import { checkRange } from "../errors.ts";
import { OVERVIEW_MAX_HOPS, overviewLinks } from "../graph/zone-overview.ts";
import { ZoneRef } from "./refs.ts";

/** Largest `first` (zones) and `firstLinks` of the overview. */
const MAX_ZONES = 2500;
const MAX_LINKS = 20_000;

interface OverviewZoneShape {
  zone: number;
  memberCount: number;
  counterpartyCount: number;
}
interface ZoneLinkShape {
  from: number;
  to: number;
  shared: number;
}
interface ZoneOverviewShape {
  zones: OverviewZoneShape[];
  links: ZoneLinkShape[];
  zoneCount: number;
  linkCount: number;
}

const OverviewZoneRef = builder.objectRef<OverviewZoneShape>("OverviewZone");
OverviewZoneRef.implement({
  description: "A zone of the overview with the size of what is tied to it.",
  fields: (t) => ({
    zone: t.field({
      type: ZoneRef,
      description: "The zone.",
      resolve: (z, _a, { store }) => store.entity(z.zone),
    }),
    memberCount: t.exposeInt("memberCount", {
      description: `Number of members (tied within ${OVERVIEW_MAX_HOPS} hops), as \`tiedToZone.memberCount\`.`,
    }),
    counterpartyCount: t.exposeInt("counterpartyCount", {
      description: `Number of counterparties (tied within ${OVERVIEW_MAX_HOPS} hops), as \`tiedToZone.counterpartyCount\`.`,
    }),
  }),
});

const ZoneLinkRef = builder.objectRef<ZoneLinkShape>("ZoneLink");
ZoneLinkRef.implement({
  description:
    "Two zones that share counterparties: entities that are a counterparty of both (e.g. an investor funding projects in each).",
  fields: (t) => ({
    from: t.field({
      type: ZoneRef,
      description: "The zone with more members of the two.",
      resolve: (l, _a, { store }) => store.entity(l.from),
    }),
    to: t.field({
      type: ZoneRef,
      description: "The zone with fewer members of the two.",
      resolve: (l, _a, { store }) => store.entity(l.to),
    }),
    sharedCounterparties: t.exposeInt("shared", {
      description: "How many counterparties the two zones share.",
    }),
  }),
});

const ZoneOverviewRef = builder.objectRef<ZoneOverviewShape>("ZoneOverview");
ZoneOverviewRef.implement({
  description:
    "The zones of the graph with their tied counts, and the links between zones that share counterparties.",
  fields: (t) => ({
    zones: t.field({
      type: [OverviewZoneRef],
      description: "The largest zones (most members first, then by name).",
      resolve: (o) => o.zones,
    }),
    links: t.field({
      type: [ZoneLinkRef],
      description:
        "Links among the returned zones with at least `minShared` shared counterparties, the strongest first (at most `firstLinks`).",
      resolve: (o) => o.links,
    }),
    zoneCount: t.exposeInt("zoneCount", {
      description: "Number of zones in the graph (all of them, before `first`).",
    }),
    linkCount: t.exposeInt("linkCount", {
      description:
        "Number of links among the returned zones with at least `minShared` shared counterparties, before `firstLinks`.",
    }),
  }),
});

builder.queryField("zoneOverview", (t) =>
  t.field({
    type: ZoneOverviewRef,
    description:
      "An overview of a large graph: zones sized by what is tied to them, linked where they share counterparties. Built once per loaded graph on first use (seconds at national scale), then answered from memory.",
    args: {
      minShared: t.arg.int({
        defaultValue: 1,
        description: "Only links with at least this many shared counterparties (1 or more).",
      }),
      first: t.arg.int({
        defaultValue: 500,
        description: `How many zones, the largest first (0..${MAX_ZONES}).`,
      }),
      firstLinks: t.arg.int({
        defaultValue: 2000,
        description: `Most links to return, the strongest first (0..${MAX_LINKS}).`,
      }),
    },
    resolve: (_root, args, { overview }) => {
      const minShared = checkRange("minShared", args.minShared ?? 1, 1, Number.MAX_SAFE_INTEGER);
      const first = checkRange("first", args.first ?? 500, 0, MAX_ZONES);
      const firstLinks = checkRange("firstLinks", args.firstLinks ?? 2000, 0, MAX_LINKS);
      const data = overview.get();
      const count = Math.min(first, data.zones.length);
      const zones: OverviewZoneShape[] = [];
      for (let rank = 0; rank < count; rank++) {
        zones.push({
          zone: data.zones[rank]!,
          memberCount: data.memberCount[rank]!,
          counterpartyCount: data.counterpartyCount[rank]!,
        });
      }
      const { total, links } = overviewLinks(data, count, minShared, firstLinks);
      return {
        zones,
        links: links.map((l) => ({ from: data.zones[l.from]!, to: data.zones[l.to]!, shared: l.shared })),
        zoneCount: data.zones.length,
        linkCount: total,
      };
    },
  }),
);
