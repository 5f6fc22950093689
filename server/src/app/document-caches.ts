/**
 * Yoga's parse caches (parsed documents and parse errors, keyed by the document text) as Lrus
 * bounded by entries and by the text they hold, so unique documents cannot grow memory without
 * bound (yoga's default caches count entries only, and a 1 MB document counts as one).
 */
import type { DocumentNode } from "graphql";
import { Lru } from "../lib/lru.ts";

/** Documents (and parse errors) kept at most, each cache. */
export const DOCUMENT_CACHE_SIZE = 1000;
/** Document text (UTF-16 code units) kept at most, each cache. */
export const DOCUMENT_CACHE_TEXT = 4 * 1024 * 1024;

/** The two caches, in the shape of yoga's `parserAndValidationCache` option. */
export interface DocumentCaches {
  documentCache: Lru<string, DocumentNode>;
  errorCache: Lru<string, unknown>;
}

/** New bounded caches for one app. */
export function createDocumentCaches(
  capacity = DOCUMENT_CACHE_SIZE,
  text = DOCUMENT_CACHE_TEXT,
): DocumentCaches {
  const bounds = { maxEntries: capacity, maxBytes: text, sizeOf: (_: unknown, key: string) => key.length };
  return {
    documentCache: new Lru<string, DocumentNode>(bounds),
    errorCache: new Lru<string, unknown>(bounds),
  };
}
