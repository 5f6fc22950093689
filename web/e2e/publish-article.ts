/**
 * Publishes a new company located in a zone through the curation API, as a curator's script would:
 * `ingestArticle` on a short article, `decideProposals` (the company accepted, the zone linked to the
 * existing one, the LOCATED_IN between them accepted, the rest left out), `publishDraft`.
 */
import { curatedGql, type CuratedServer } from "./curated-server.ts";

/** The article to publish and what it is expected to add. */
export interface CompanyArticle {
  title: string;
  text: string;
  /** The new company's name, as the text writes it. */
  company: string;
  /** The raw id of the existing zone the company is located in. */
  zone: string;
}

/** What the publish did: the new graph version and the new company's raw id. */
export interface PublishedCompany {
  graphVersion: number;
  companyId: string;
}

/** The parts of a draft this script reads. */
interface DraftAnswer {
  id: string;
  version: number;
  entities: { id: string; name: string; type: string; linksTo: { id: string }[] }[];
  relations: { id: string; type: string; from: string; to: string }[];
}

const DRAFT_FIELDS = "id version entities { id name type linksTo { id } } relations { id type from to }";

/** The answer's data, or an error naming the step and the server's errors. */
async function call<T>(
  server: Pick<CuratedServer, "baseUrl">,
  token: string,
  step: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  const answer = await curatedGql<T>(server, query, variables, token);
  if (answer.data === null || answer.errors !== undefined)
    throw new Error(`web/e2e/publish-article: ${step} failed: ${JSON.stringify(answer.errors)}`);
  return answer.data;
}

/** Ingests, decides and publishes `article`; throws naming the step that failed. */
export async function publishArticle(
  server: Pick<CuratedServer, "baseUrl">,
  token: string,
  article: CompanyArticle,
): Promise<PublishedCompany> {
  const { ingestArticle: ingested } = await call<{ ingestArticle: DraftAnswer }>(
    server,
    token,
    "ingestArticle",
    `mutation($i: IngestArticleInput!) { ingestArticle(input: $i) { ${DRAFT_FIELDS} } }`,
    { i: { title: article.title, publication: "测试日报", date: "2024-03-05", text: article.text } },
  );
  const company = ingested.entities.find((e) => e.type === "COMPANY" && e.name === article.company);
  const zone = ingested.entities.find(
    (e) => e.type === "ZONE" && e.linksTo.some((c) => c.id === article.zone),
  );
  const located = ingested.relations.find(
    (r) => r.type === "LOCATED_IN" && r.from === company?.id && r.to === zone?.id,
  );
  if (company === undefined || zone === undefined || located === undefined)
    throw new Error(
      `web/e2e/publish-article: the proposer did not find ${article.company} LOCATED_IN ${article.zone}: ${JSON.stringify(ingested)}`,
    );

  const { decideProposals: decided } = await call<{ decideProposals: { version: number } }>(
    server,
    token,
    "decideProposals",
    "mutation($d: ID!, $v: Int!, $x: [ProposalDecision!]!) { decideProposals(draftId: $d, expectedVersion: $v, decisions: $x) { version } }",
    {
      d: ingested.id,
      v: ingested.version,
      x: [
        { proposalId: company.id, action: "ACCEPT" },
        { proposalId: zone.id, action: "LINK", linkTo: article.zone },
        { proposalId: located.id, action: "ACCEPT" },
      ],
    },
  );

  const { publishDraft: published } = await call<{ publishDraft: { graphVersion: number } }>(
    server,
    token,
    "publishDraft",
    "mutation($d: ID!, $v: Int!) { publishDraft(draftId: $d, expectedVersion: $v) { graphVersion } }",
    { d: ingested.id, v: decided.version },
  );

  // The published company, found by name as anyone would.
  const { search } = await call<{ search: { entity: { rawId: string; name: string } }[] }>(
    server,
    token,
    "search",
    "query($q: String!) { search(query: $q, first: 5) { entity { rawId name } } }",
    { q: article.company },
  );
  const found = search.find((r) => r.entity.name === article.company);
  if (found === undefined)
    throw new Error(`web/e2e/publish-article: ${article.company} is not found after the publish`);
  return { graphVersion: published.graphVersion, companyId: found.entity.rawId };
}
