/**
 * Curation (issue 12, storage half): drafts of proposed facts and curators' decisions on them (pure
 * functions), the facts file a draft publishes, and `CuratedFolder`, which keeps in one folder
 * sources/, sources.yaml, articles.yaml (standalone articles), facts/, drafts/<id>.json,
 * graph-version and journal.jsonl, with atomic, journalled, serialised writes and recovery on open.
 * The server opens a folder once, maps `CurationError.code` to its errors, loads with
 * `loadCuratedGraph` and reloads when `readGraphVersion` changes.
 */
export { CurationError, type CurationErrorCode } from "./curation-error.ts";
export {
  DraftSchema,
  type Actor,
  type Decision,
  type Draft,
  type DraftEntity,
  type DraftMetric,
  type DraftRelation,
  type DraftSource,
  type DraftStatus,
} from "./draft.ts";
export { createDraft } from "./create-draft.ts";
export { listDrafts, readDraft } from "./draft-files.ts";
export {
  MAX_ARTICLE_CHARS,
  MAX_DESIGNATION_EVIDENCE,
  MAX_DESIGNATIONS,
  MAX_EVIDENCE,
  MAX_LINKS,
  MAX_PROPOSALS,
} from "./draft-limits.ts";
export {
  decideProposals,
  ProposalDecisionSchema,
  ProposalEditSchema,
  type GraphLookup,
  type ProposalDecision,
  type ProposalEdit,
} from "./decide-proposals.ts";
export { addFact, NewFactSchema, type NewFact } from "./add-fact.ts";
export { readSpan, type SpanInput, type TextSpan } from "./read-span.ts";
export { toFactsFile, kebab, type Added, type FactsFileOutput, type FolderIds } from "./to-facts-file.ts";
export { ARTICLES_FILE, readArticleEntries, type ArticleEntry } from "./articles-file.ts";
export { loadCuratedGraph, type Overlay } from "./load-curated-graph.ts";
export { JOURNAL_FILE, readJournal, type JournalRecord } from "./journal.ts";
export { recoverFolder, type Recovery } from "./journalled-publish.ts";
export {
  CuratedFolder,
  defaultDataDir,
  readGraphVersion,
  GRAPH_VERSION_FILE,
  type CuratedFolderOptions,
  type PublishResult,
} from "./curated-folder.ts";
