/**
 * The non-GraphQL routes as a yoga plugin: /healthz (200 once the graph is loaded, 503 before),
 * 503 for /graphql while loading, and the explorer's static files everywhere else.
 */
import type { Plugin } from "graphql-yoga";
import { createStaticHandler } from "./static-files.ts";

/** What the routes need to know about the app. */
export interface RouteState {
  /** Entity and relation counts once the graph is loaded; null while loading. */
  loaded: () => { entities: number; relations: number } | null;
  graphqlEndpoint: string;
  /** Directory of the built explorer (web/dist). */
  webDist: string;
}

const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8" },
  });

/** The plugin serving /healthz, the loading gate and static files. */
export function useRoutes(state: RouteState): Plugin {
  const serveStatic = createStaticHandler(state.webDist);
  return {
    onRequest({ url, request, endResponse }) {
      const loaded = state.loaded();
      if (url.pathname === "/healthz") {
        endResponse(loaded ? json(200, { status: "ok", ...loaded }) : json(503, { status: "loading" }));
        return;
      }
      if (url.pathname === state.graphqlEndpoint) {
        if (!loaded && request.method !== "OPTIONS") {
          endResponse(
            json(503, {
              errors: [
                { message: "The graph is still loading; retry shortly.", extensions: { code: "NOT_READY" } },
              ],
            }),
          );
        }
        return;
      }
      if (request.method === "GET" || request.method === "HEAD")
        endResponse(serveStatic(url.pathname, request.method));
      else endResponse(new Response("Method not allowed", { status: 405, headers: { allow: "GET, HEAD" } }));
    },
  };
}
