/**
 * createApp(state): the yoga app serving GraphQL at /graphql (GraphiQL offline), /healthz and the
 * explorer at /, with the limits of the API, executing on graphql-jit through a JitCache. It never
 * listens (main.ts does); tests call `yoga.fetch`. It reads the graph state from a StateHolder on
 * every request: /healthz answers 503 until there is one, and a swap is seen by the next request.
 */
import { createHash } from "node:crypto";
import { createYoga, type YogaServerInstance } from "graphql-yoga";
import { curatorAuthFromEnv } from "../curation/curator-auth.ts";
import { useCuration, type CurationGuard } from "../curation/use-curation.ts";
import { useArmor } from "../limits/armor.ts";
import { useComplexityLimit } from "../limits/complexity.ts";
import { schema } from "../schema/index.ts";
import type { GraphState } from "../state/graph-state.ts";
import { holderOf, type StateHolder, type StateSource } from "../state/state-holder.ts";
import { corsFor, parseOrigins } from "./cors.ts";
import { createDocumentCaches, type DocumentCaches } from "./document-caches.ts";
import { graphiqlOptions } from "./graphiql.ts";
import { createJitCache, type JitCache } from "./jit-cache.ts";
import { WEB_DIST } from "./paths.ts";
import {
  persistedDocumentsFromEnv,
  usePersistedDocuments,
  type PersistedDocuments,
} from "./persisted-documents.ts";
import { useRequestParsing } from "./request-parsing.ts";
import { useResponseStatus } from "./response-status.ts";
import { useRoutes } from "./routes.ts";
import { graphiqlCsp, useSecurityHeaders } from "./security-headers.ts";
import { useJit } from "./use-jit.ts";

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
  /** Whether the server is draining to shut down (/healthz answers 503). Default: never. */
  draining?: () => boolean;
  /** The compile cache to execute with (share it with the front). Default: a new one. */
  jit?: JitCache;
  /** Persisted documents (APQ, or a trusted manifest). Default: ZONEGRAPH_TRUSTED_DOCUMENTS, else APQ. */
  persisted?: PersistedDocuments;
  /**
   * Curation: the curated folder's service (null: serving a graph file, curation answers that it
   * needs the folder) and the curator token. Default: no folder, a token from the environment.
   */
  curation?: Omit<CurationGuard, "origins">;
}

/** The yoga instance createApp returns. */
export type ZoneGraphApp = YogaServerInstance<Record<string, unknown>, GraphState>;

/** The app with what the front needs beside it: the state holder and the shared compile cache. */
export interface ServedApp {
  app: ZoneGraphApp;
  state: StateHolder;
  jit: JitCache;
  /** Yoga's parse caches (bounded; exposed for tests and diagnostics). */
  documents: DocumentCaches;
  /** The persisted documents (the front's fast path resolves hashes with them too). */
  persisted: PersistedDocuments;
}

/** Creates the app and its state holder and compile cache for a graph, a state or a holder. Never listens. */
export function createServedApp(source: StateSource | StateHolder, options: AppOptions = {}): ServedApp {
  const state = holderOf(source);
  const jit = options.jit ?? createJitCache();
  const documents = createDocumentCaches();
  const persisted = options.persisted ?? persistedDocumentsFromEnv();
  const production = options.production ?? process.env["NODE_ENV"] === "production";
  const graphqlEndpoint = "/graphql";
  const corsOrigins = options.corsOrigins ?? parseOrigins(process.env["ZONEGRAPH_CORS_ORIGINS"]);
  // The GraphiQL page is the same on every request: its policy (script hash) is computed once.
  let graphiqlPolicy: string | null = null;
  let graphiqlEtag: string | null = null;
  const app = createYoga<Record<string, unknown>, GraphState>({
    schema,
    graphqlEndpoint,
    landingPage: false,
    maskedErrors: true,
    maxRequestBodySize: MAX_BODY_BYTES,
    parserAndValidationCache: documents,
    // No uploads: a multipart body is 415, not parsed.
    multipart: false,
    cors: corsFor(corsOrigins),
    graphiql: graphiqlOptions,
    // Loaded on the first GraphiQL request: the offline bundle takes ~0.45 s to import at start-up.
    renderGraphiQL: async (options) => {
      const html = (await import("@graphql-yoga/render-graphiql")).renderGraphiQL(options);
      graphiqlPolicy ??= graphiqlCsp(html);
      graphiqlEtag ??= `"${createHash("sha256").update(html, "utf8").digest("base64url").slice(0, 27)}"`;
      return html;
    },
    context: () => {
      const current = state.current();
      if (!current) throw new Error("server/src/app/create-app: the graph is not loaded yet");
      return current;
    },
    plugins: [
      useRequestParsing(),
      useResponseStatus(),
      usePersistedDocuments(persisted),
      useSecurityHeaders({
        graphqlEndpoint,
        varyOrigin: corsOrigins.length > 0,
        graphiqlPolicy: () => graphiqlPolicy,
        graphiqlEtag: () => graphiqlEtag,
      }),
      useRoutes({
        graphqlEndpoint,
        webDist: options.webDist ?? WEB_DIST,
        draining: options.draining ?? (() => false),
        loaded: () => {
          const current = state.current();
          return current && { entities: current.store.entityCount, relations: current.store.relationCount };
        },
      }),
      useCuration({
        service: options.curation?.service ?? (() => null),
        auth: options.curation?.auth ?? curatorAuthFromEnv(),
        origins: corsOrigins.filter((o) => o !== "*"),
      }),
      useArmor(production),
      useComplexityLimit(),
      useJit(jit),
    ],
  });
  return { app, state, jit, documents, persisted };
}

/** Creates the app for a graph, a state or a holder (or a graph still loading). Never listens. */
export function createApp(source: StateSource | StateHolder, options: AppOptions = {}): ZoneGraphApp {
  return createServedApp(source, options).app;
}
