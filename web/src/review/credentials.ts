/**
 * Where the curator's credentials live: the token in sessionStorage (asked once per browser
 * session), taken from `#token=…` when the server's printed URL is opened and then removed from
 * the address bar; the curator's name in localStorage (it is not a secret).
 */

/** The sessionStorage key of the token. */
export const TOKEN_KEY = "zonegraph.curatorToken";
const NAME_KEY = "zonegraph.curatorName";

/** The stores it uses (the browser's, or stand-ins in tests). */
export interface CredentialStores {
  session: Pick<Storage, "getItem" | "setItem" | "removeItem">;
  local: Pick<Storage, "getItem" | "setItem">;
}

/** The token from `#token=…` (the hash is then removed, keeping path and query), else the session's. */
export function takeToken(
  stores: CredentialStores,
  loc: Pick<Location, "hash" | "pathname" | "search">,
  replace: (url: string) => void,
): string | null {
  const fromHash = new URLSearchParams(loc.hash.replace(/^#/u, "")).get("token");
  if (fromHash !== null && fromHash.trim() !== "") {
    stores.session.setItem(TOKEN_KEY, fromHash.trim());
    replace(`${loc.pathname}${loc.search}`);
    return fromHash.trim();
  }
  return stores.session.getItem(TOKEN_KEY);
}

/** Keeps the token for this browser session. */
export function saveToken(stores: CredentialStores, token: string): void {
  stores.session.setItem(TOKEN_KEY, token);
}

/** Forgets a token the server refused. */
export function forgetToken(stores: CredentialStores): void {
  stores.session.removeItem(TOKEN_KEY);
}

/** The curator's name last used in this browser ("" if none). */
export function savedCurator(stores: CredentialStores): string {
  return stores.local.getItem(NAME_KEY) ?? "";
}

/** Remembers the curator's name. */
export function saveCurator(stores: CredentialStores, name: string): void {
  stores.local.setItem(NAME_KEY, name);
}
