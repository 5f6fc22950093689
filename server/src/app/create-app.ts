/**
 * createApp(graph): the yoga app serving GraphQL at /graphql (GraphiQL offline), /healthz and the
 * explorer at /, with the limits of the API. It never listens (main.ts does); tests call
 * `yoga.fetch`. The graph may be a promise: /healthz answers 503 until it resolves.
 */
import { Snapshot } from "@zonegraph/graph-data/snapshot/snapshot";
import { createYoga, type YogaServerInstance } from "graphql-yoga";
import { WEB_DIST } from "./paths.ts";
import type { Context } from "../state/graph-state.ts";
import { SearchIndex } from "../graph/search-index.ts";
import { decodeServerIndex } from "../graph/server-index.ts";
import { GraphStore } from "../graph/store.ts";
import { TiedCache } from "../graph/tied-cache.ts";
import { graphiqlOptions } from "./graphiql.ts";
import type { ServedGraph } from "../state/load-graph.ts";
import { useJit } from "./use-jit.ts";
import { corsFor, parseOrigins } from "./cors.ts";
import { useRoutes } from "./routes.ts";
import { useArmor } from "../limits/armor.ts";
import { useComplexityLimit } from "../limits/complexity.ts";
import { schema } from "../schema/index.ts";

/** Largest request body accepted (bytes); larger → 413. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Options of the app; defaults come from the environment. */
export interface AppOptions {
  /** Production: field suggestions are blocked. Default: NODE_ENV === "production". */
  production?: boolean;
  /** Origins allowed by CORS besides the same origin. Default: ZONEGRAPH_CORS_ORIGINS. */
  corsOrigins?: readonly string[];
  /** Directory of the built explorer. Default: ../web/dist next to the server package. */
  webDist?: string;
}

/** The yoga instance createApp returns. */
export type ZoneGraphApp = YogaServerInstance<Record<string, unknown>, Context>;

/**
 * Builds the indices every query runs on (store, search index, tied cache) from a graph. A
 * snapshot is served from its columns, with the indexes stored in it when it has them (else they
 * are built now and `onNotice` says how to store them).
 */
export function buildContext(
  graph: ServedGraph,
  onNotice: (message: string) => void = () => undefined,
): Context {
  if (graph instanceof Snapshot) {
    const index = decodeServerIndex(graph);
    if (typeof index === "string") {
      onNotice(
        `ZoneGraph: ${index}; building the indexes now (store them with: pnpm --filter @zonegraph/server index-snapshot <file>)`,
      );
      const store = GraphStore.fromSnapshot(graph);
      return { store, search: new SearchIndex(store), tied: new TiedCache(store) };
    }
    const store = GraphStore.fromSnapshot(graph, index.orders);
    return { store, search: new SearchIndex(store, index.search), tied: new TiedCache(store) };
  }
  const store = GraphStore.fromGraph(graph);
  return { store, search: new SearchIndex(store), tied: new TiedCache(store) };
}

function isContext(value: ServedGraph | Context): value is Context {
  return "store" in value && value.store instanceof GraphStore;
}

/** Creates the app for a graph or its built context (or either still loading). Never listens. */
export function createApp(
  graph: ServedGraph | Context | Promise<ServedGraph | Context>,
  options: AppOptions = {},
): ZoneGraphApp {
  let data: Context | null = null;
  const use = (g: ServedGraph | Context): Context =>
    isContext(g) ? g : buildContext(g, (m) => console.warn(m));
  if (graph instanceof Promise) {
    // A failed load is reported by whoever passed the promise (main.ts exits).
    graph.then((g) => (data = use(g))).catch(() => undefined);
  } else {
    data = use(graph);
  }
  const production = options.production ?? process.env["NODE_ENV"] === "production";
  const graphqlEndpoint = "/graphql";
  const yoga = createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint,
    landingPage: false,
    maskedErrors: true,
    maxRequestBodySize: MAX_BODY_BYTES,
    cors: corsFor(options.corsOrigins ?? parseOrigins(process.env["ZONEGRAPH_CORS_ORIGINS"])),
    graphiql: graphiqlOptions,
    // Loaded on the first GraphiQL request: the offline bundle takes ~0.45 s to import at start-up.
    renderGraphiQL: async (options) =>
      (await import("@graphql-yoga/render-graphiql")).renderGraphiQL(options),
    context: () => {
      if (!data) throw new Error("server/src/app/create-app: the graph is not loaded yet");
      return data;
    },
    plugins: [
      useRoutes({
        graphqlEndpoint,
        webDist: options.webDist ?? WEB_DIST,
        loaded: () => data && { entities: data.store.entityCount, relations: data.store.relationCount },
      }),
      useArmor(production),
      useComplexityLimit(),
      useJit(),
    ],
  });
  loadedContexts.set(yoga, () => data);
  return yoga;
}

const loadedContexts = new WeakMap<ZoneGraphApp, () => Context | null>();

/** The context `app` serves once its graph is loaded (null while loading, or for another app). */
export function loadedContext(app: ZoneGraphApp): Context | null {
  return loadedContexts.get(app)?.() ?? null;
}
