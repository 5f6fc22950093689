/**
 * CORS: same origin only by default (no Access-Control-Allow-Origin for foreign origins);
 * ZONEGRAPH_CORS_ORIGINS="https://a.example,https://b.example" allows those origins ("*": any).
 */
import type { CORSOptions } from "graphql-yoga";

/** Parses a comma-separated list of origins. */
export const parseOrigins = (value: string | undefined): string[] =>
  (value ?? "")
    .split(",")
    .map((o) => o.trim())
    .filter((o) => o !== "");

/** Yoga's `cors` option: allows exactly the listed origins (or any, for "*"). */
export function corsFor(origins: readonly string[]): (request: Request) => CORSOptions {
  return (request) => {
    const origin = request.headers.get("origin");
    if (origin === null || !(origins.includes("*") || origins.includes(origin))) return false;
    return { origin: [origin], credentials: false, methods: ["GET", "POST", "OPTIONS"] };
  };
}
