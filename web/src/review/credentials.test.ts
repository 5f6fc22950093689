// Credentials: the printed URL's #token= is kept for the session and removed from the address bar;
// a refused token is forgotten; the curator's name is remembered.
import { describe, expect, it } from "vitest";
import { forgetToken, savedCurator, saveCurator, takeToken, type CredentialStores } from "./credentials.ts";
import { parseReviewUrl, serializeReviewUrl } from "./review-url.ts";
import { sampleDraft } from "./review-fixture.ts";

function memory(): CredentialStores {
  const session = new Map<string, string>();
  const local = new Map<string, string>();
  return {
    session: {
      getItem: (k) => session.get(k) ?? null,
      setItem: (k, v) => void session.set(k, v),
      removeItem: (k) => void session.delete(k),
    },
    local: { getItem: (k) => local.get(k) ?? null, setItem: (k, v) => void local.set(k, v) },
  };
}

describe("credentials", () => {
  it("takes #token= from the address, keeps it for the session and removes it from the address bar", () => {
    const stores = memory();
    const replaced: string[] = [];
    const token = takeToken(stores, { hash: "#token=Vq3abc", pathname: "/review", search: "?lang=en" }, (u) =>
      replaced.push(u),
    );
    expect(token).toBe("Vq3abc");
    expect(replaced).toEqual(["/review?lang=en"]);
    expect(takeToken(stores, { hash: "", pathname: "/review", search: "" }, (u) => replaced.push(u))).toBe(
      "Vq3abc",
    );
    expect(replaced).toHaveLength(1);
  });

  it("forgets a refused token and remembers the curator's name", () => {
    const stores = memory();
    takeToken(stores, { hash: "#token=x", pathname: "/review", search: "" }, () => undefined);
    forgetToken(stores);
    expect(takeToken(stores, { hash: "", pathname: "/review", search: "" }, () => undefined)).toBeNull();
    saveCurator(stores, "王芳");
    expect(savedCurator(stores)).toBe("王芳");
  });
});

describe("review URL", () => {
  it("names the draft under review and the language, and reads them back", () => {
    const query = serializeReviewUrl({ draft: sampleDraft(), lang: "en", published: null });
    expect(query).toBe("?draft=d1&lang=en");
    expect(parseReviewUrl(query)).toEqual({ draft: "d1", lang: "en" });
    expect(serializeReviewUrl({ draft: null, lang: "zh", published: null })).toBe("");
  });
});
