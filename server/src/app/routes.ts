/**
 * The non-GraphQL routes as a yoga plugin: /healthz (GET/HEAD only: 200 once the graph is loaded,
 * 503 before and while the server drains to shut down), 503 for /graphql while loading, and the
 * explorer's static files everywhere else.
 */
import type { Plugin } from "graphql-yoga";
import { createStaticHandler } from "./static-files.ts";

/** What the routes need to know about the app. */
export interface RouteState {
  /** Entity and relation counts once the graph is loaded; null while loading. */
  loaded: () => { entities: number; relations: number } | null;
  graphqlEndpoint: string;
  /** Whether the server is draining to shut down (/healthz then says 503). */
  draining: () => boolean;
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
        if (request.method !== "GET" && request.method !== "HEAD") {
          endResponse(new Response("Method not allowed", { status: 405, headers: { allow: "GET, HEAD" } }));
          return;
        }
        const answer = state.draining()
          ? json(503, { status: "draining" })
          : loaded
            ? json(200, { status: "ok", ...loaded })
            : json(503, { status: "loading" });
        endResponse(request.method === "HEAD" ? new Response(null, answer) : answer);
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
