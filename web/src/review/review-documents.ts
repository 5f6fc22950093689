/**
 * The GraphQL documents of the review page: the draft's fields once, and the curation calls
 * (ingest, decide, add a fact, publish, read a draft or the open ones) plus the search that finds
 * what a publish added.
 */

const DRAFT_FIELDS = `
  id version status publishedSourceId
  source { id title publication date authors url text }
  entities { id name type aliases decision flags rule confidence linkTo
    evidence { start end quote } linksTo { id name type reason } }
  relations { id type from to inferred reason title decision rule confidence evidence { start end quote } }
  metrics { id entity key label value unit period decision rule confidence evidence { start end quote } }
`;

/** Runs the proposer on an article. */
export const INGEST_MUTATION = `mutation Ingest($input: IngestArticleInput!) {
  ingestArticle(input: $input) { ${DRAFT_FIELDS} } }`;

/** Applies decisions at a draft version. */
export const DECIDE_MUTATION = `mutation Decide($draftId: ID!, $expectedVersion: Int!, $decisions: [ProposalDecision!]!) {
  decideProposals(draftId: $draftId, expectedVersion: $expectedVersion, decisions: $decisions) { ${DRAFT_FIELDS} } }`;

/** Adds a fact the proposer missed. */
export const ADD_FACT_MUTATION = `mutation AddFact($draftId: ID!, $expectedVersion: Int!, $fact: NewFactInput!) {
  addFact(draftId: $draftId, expectedVersion: $expectedVersion, fact: $fact) { ${DRAFT_FIELDS} } }`;

/** Publishes a draft. */
export const PUBLISH_MUTATION = `mutation Publish($draftId: ID!, $expectedVersion: Int!) {
  publishDraft(draftId: $draftId, expectedVersion: $expectedVersion) {
    graphVersion added { entities relations metrics } draft { ${DRAFT_FIELDS} } } }`;

/** One draft. */
export const DRAFT_QUERY = `query Draft($id: ID!) { draft(id: $id) { ${DRAFT_FIELDS} } }`;

/** The open drafts (also checks the token). */
export const OPEN_DRAFTS_QUERY = `query OpenDrafts { drafts(status: OPEN) { id version updatedAt source { title } } }`;

/** Entities by name (to find what a publish added). */
export const FIND_QUERY = `query Find($q: String!) { search(query: $q, first: 10) { entity { rawId name type } } }`;
