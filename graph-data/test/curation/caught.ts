// Test helper: the CurationError a curation call throws, for tests that check its code and field.
import { CurationError } from "../../src/curation/index.ts";

/** The CurationError `f` throws; any other error is rethrown, and no error at all fails the test. */
export function caught(f: () => unknown): CurationError {
  try {
    f();
  } catch (error) {
    if (error instanceof CurationError) return error;
    throw error;
  }
  throw new Error("expected a CurationError");
}
