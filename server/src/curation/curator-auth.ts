/**
 * The curator token: ZONEGRAPH_CURATOR_TOKEN, or (unset) a random one made at start and printed with
 * the review URL, as Jupyter does. A request's `Authorization: Bearer <token>` is compared with it in
 * constant time (SHA-256 of both, then `timingSafeEqual`, so neither length nor content leaks).
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** The token writes need, and whether it was made at start (then it is printed). */
export interface CuratorAuth {
  readonly token: string;
  /** True when ZONEGRAPH_CURATOR_TOKEN was unset and the token was generated. */
  readonly generated: boolean;
  /** Whether an Authorization header value carries this token as a Bearer token. */
  accepts(authorization: string | null | undefined): boolean;
}

const digest = (s: string): Buffer => createHash("sha256").update(s, "utf8").digest();

/** The auth of `token`; throws naming the variable when the token is too short to be a secret. */
export function curatorAuth(token: string, generated = false): CuratorAuth {
  if (token.trim().length < 16)
    throw new Error("ZONEGRAPH_CURATOR_TOKEN must be at least 16 characters long (it is a shared secret)");
  const expected = digest(token);
  return {
    token,
    generated,
    accepts(authorization) {
      const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization ?? "");
      // Compared even when absent, so a missing token costs what a wrong one does.
      const equal = timingSafeEqual(digest(match?.[1] ?? ""), expected);
      return match !== null && equal;
    },
  };
}

/** The auth from ZONEGRAPH_CURATOR_TOKEN, or a new random token (32 bytes, base64url) when it is unset. */
export function curatorAuthFromEnv(env: NodeJS.ProcessEnv = process.env): CuratorAuth {
  const set = env["ZONEGRAPH_CURATOR_TOKEN"];
  if (set !== undefined && set.trim() !== "") return curatorAuth(set.trim());
  return curatorAuth(randomBytes(32).toString("base64url"), true);
}
