/**
 * The named actions of the review page: what the panels and the keyboard ask for. Each runs a
 * producer of `review-producers.ts` and, where the server must answer, a curation call; a refused
 * token signs the curator out, a CONFLICT reloads the draft keeping the curator's place, and a
 * publish the loader refuses shows the loader's message.
 */
import type { EntityType } from "@zonegraph/graph-data/ontology";
import type { Store } from "../state/store.ts";
import { forgetToken, saveCurator, saveToken, type CredentialStores } from "./credentials.ts";
import { endName, findProposal } from "./proposal-order.ts";
import { ReviewError, type DecisionInput, type ReviewApi } from "./review-api.ts";
import { rt } from "./review-i18n.ts";
import * as P from "./review-producers.ts";
import type { FactSpan, Published, ReviewState } from "./review-state.ts";
import type { ArticleInput, Draft, Proposal } from "./review-types.ts";
import type { SpanNudge } from "./span-edit.ts";

/** A fact the add-a-fact form sends (NewFactInput without its span). */
export type FactFields =
  | { kind: "ENTITY"; name: string; entityType: EntityType }
  | { kind: "RELATION"; relationType: string; from: string; to: string }
  | { kind: "METRIC"; entity: string; key: string; value: number; unit: string };

/** Everything the curator can ask the review page to do. */
export interface ReviewActions {
  signIn(token: string, curator: string): Promise<void>;
  ingest(article: ArticleInput): Promise<void>;
  openDraft(id: string): Promise<void>;
  next(): void;
  prev(): void;
  focus(id: string): void;
  accept(): Promise<void>;
  reject(): Promise<void>;
  /** Links the entity in focus to a candidate (default: the first). */
  link(candidateId?: string): Promise<void>;
  startRetype(): void;
  retype(type: string): Promise<void>;
  nudge(how: SpanNudge): void;
  cancel(): void;
  /** Opens the add-a-fact form on the selected span (null: nothing selected, say how). */
  openFact(span: FactSpan | null): void;
  addFact(fields: FactFields): Promise<void>;
  publish(): Promise<void>;
  newArticle(): void;
  toggleLang(): void;
}

/** What the actions act on. */
export interface ReviewDeps {
  store: Store<ReviewState>;
  api: ReviewApi;
  stores: CredentialStores;
}

/** The name a notice gives a proposal. */
function proposalName(draft: Draft, x: Proposal): string {
  if (x.kind === "entity") return x.p.name;
  if (x.kind === "relation") return `${endName(draft, x.p.from)} ${x.p.type} ${endName(draft, x.p.to)}`;
  return x.p.label;
}

/** Where the explorer shows a publish: the zone a new entity is LOCATED_IN, and that entity. */
function explorerTarget(draft: Draft): { zone: string | null; entity: { id: string; name: string } | null } {
  const sourceId = draft.publishedSourceId ?? `article-${draft.id}`;
  const rawId = (id: string): string => {
    const e = draft.entities.find((x) => x.id === id);
    if (!e) return id;
    return e.linkTo ?? `${sourceId}-${e.id}`;
  };
  const isNew = (id: string) =>
    draft.entities.some((e) => e.id === id && e.decision === "ACCEPTED" && e.linkTo === null);
  const located = draft.relations.find(
    (r) => r.decision === "ACCEPTED" && r.type === "LOCATED_IN" && isNew(r.from),
  );
  const entity = located
    ? draft.entities.find((e) => e.id === located.from)
    : (draft.entities.find((e) => isNew(e.id) && e.type === "COMPANY") ??
      draft.entities.find((e) => isNew(e.id)));
  return {
    zone: located ? rawId(located.to) : null,
    entity: entity ? { id: rawId(entity.id), name: entity.name } : null,
  };
}

/** Creates the actions over their dependencies. */
export function createReviewActions(deps: ReviewDeps): ReviewActions {
  const { store, api, stores } = deps;
  const lang = () => store.get().lang;

  const fail = async (error: unknown): Promise<void> => {
    const s = store.get();
    if (!(error instanceof ReviewError)) {
      store.update(P.notify({ kind: "error", message: rt(lang(), "failed") + String(error) }));
      return;
    }
    if (error.code === "UNAUTHENTICATED") {
      forgetToken(stores);
      store.update(P.signedOut("wrong"));
    } else if (error.code === "CONFLICT" && s.draft !== null) {
      const fresh = await api.draft(s.draft.id).catch(() => null);
      if (fresh) store.update(P.draftLoaded(fresh, { kind: "conflict", message: rt(lang(), "conflict") }));
      else store.update(P.notify({ kind: "conflict", message: rt(lang(), "conflict") }));
    } else if (error.code === "PUBLISH_REJECTED") {
      store.update(P.notify({ kind: "rejected", message: rt(lang(), "publishRejected") + error.message }));
    } else {
      const head = error.code === "NETWORK" ? "unreachable" : "failed";
      store.update(P.notify({ kind: "error", message: rt(lang(), head) + error.message }));
    }
  };

  /** Sends decisions on the proposal in focus; on success, says so and moves on when asked. */
  const decide = async (
    make: (draft: Draft, x: Proposal) => { decisions: DecisionInput[]; done: string } | string,
    advance: boolean,
  ) => {
    const s = store.get();
    if (s.draft === null || s.cursor === null || s.busy !== null || s.draft.status !== "OPEN") return;
    const x = findProposal(s.draft, s.cursor);
    if (!x) return;
    const made = make(s.draft, x);
    if (typeof made === "string") {
      store.update(P.notify({ kind: "error", message: made }));
      return;
    }
    store.update(P.setBusy("decide"));
    try {
      const draft = await api.decide(s.draft, made.decisions);
      store.update(P.draftLoaded(draft, { kind: "ok", message: made.done }));
      if (advance) store.update(P.moveCursor(1));
    } catch (error) {
      await fail(error);
    }
  };

  const actions: ReviewActions = {
    async signIn(token, curator) {
      saveToken(stores, token);
      store.update(P.setBusy("sign-in"));
      // The store's curator is what requests send; set it before asking.
      store.update((s) => ({ ...s, curator }));
      try {
        const drafts = await api.openDrafts();
        saveCurator(stores, curator);
        store.update(P.signedIn(curator));
        store.update(P.openDraftsLoaded(drafts));
      } catch (error) {
        await fail(error);
      }
    },
    async ingest(article) {
      if (store.get().busy !== null) return;
      store.update(P.setBusy("ingest"));
      try {
        store.update(P.draftLoaded(await api.ingest(article)));
      } catch (error) {
        await fail(error);
      }
    },
    async openDraft(id) {
      store.update(P.setBusy("load"));
      try {
        const draft = await api.draft(id);
        store.update(
          draft
            ? P.draftLoaded(draft)
            : P.notify({ kind: "error", message: rt(lang(), "draftGone", { id }) }),
        );
      } catch (error) {
        await fail(error);
      }
    },
    next: () => store.update(P.moveCursor(1)),
    prev: () => store.update(P.moveCursor(-1)),
    focus: (id) => store.update(P.focusProposal(id)),
    accept: () =>
      decide((draft, x) => {
        const pending = store.get().pending;
        const name = proposalName(draft, x);
        if (pending === null || pending.proposalId !== x.p.id)
          return {
            decisions: [{ proposalId: x.p.id, action: "ACCEPT" }],
            done: rt(lang(), "didAccept", { name }),
          };
        const quote = draft.source.text.slice(pending.start, pending.end);
        const edit: Record<string, unknown> = { span: { index: 0, start: pending.start, end: pending.end } };
        // An entity named as its first mention is renamed with it.
        if (x.kind === "entity" && x.p.name === x.p.evidence[0]?.quote) edit["name"] = quote;
        return {
          decisions: [{ proposalId: x.p.id, action: "EDIT", edit }],
          done: rt(lang(), "didAccept", { name: x.kind === "entity" && edit["name"] ? quote : name }),
        };
      }, true),
    reject: () =>
      decide(
        (draft, x) => ({
          decisions: [{ proposalId: x.p.id, action: "REJECT" }],
          done: rt(lang(), "didReject", { name: proposalName(draft, x) }),
        }),
        true,
      ),
    link: (candidateId) =>
      decide((_draft, x) => {
        if (x.kind !== "entity") return rt(lang(), "notAnEntity");
        const target =
          candidateId === undefined ? x.p.linksTo[0] : x.p.linksTo.find((c) => c.id === candidateId);
        if (!target) return rt(lang(), "noCandidates");
        return {
          decisions: [{ proposalId: x.p.id, action: "LINK", linkTo: target.id }],
          done: rt(lang(), "didLink", { name: x.p.name, target: target.name }),
        };
      }, true),
    startRetype: () => store.update(P.setRetyping(true)),
    retype: (type) =>
      decide(
        (draft, x) => ({
          decisions: [
            {
              proposalId: x.p.id,
              action: "EDIT",
              edit: x.kind === "relation" ? { relationType: type } : { entityType: type },
            },
          ],
          done: rt(lang(), "didRetype", { name: proposalName(draft, x) }),
        }),
        false,
      ),
    nudge: (how) => store.update(P.editSpan(how)),
    cancel: () => store.update(P.cancelEdits),
    openFact(span) {
      if (span === null) store.update(P.notify({ kind: "error", message: rt(lang(), "selectTextFirst") }));
      else store.update(P.openFact(span));
    },
    async addFact(fields) {
      const s = store.get();
      if (s.draft === null || s.fact === null || s.busy !== null) return;
      const fact = { ...fields, span: { start: s.fact.start, end: s.fact.end } };
      const name = fields.kind === "ENTITY" ? fields.name : s.fact.quote;
      store.update(P.setBusy("decide"));
      try {
        const draft = await api.addFact(s.draft, fact);
        store.update(P.draftLoaded(draft, { kind: "ok", message: rt(lang(), "didAddFact", { name }) }));
      } catch (error) {
        await fail(error);
      }
    },
    async publish() {
      const s = store.get();
      if (s.draft === null || s.busy !== null || s.draft.status !== "OPEN") return;
      store.update(P.setBusy("publish"));
      try {
        const answer = await api.publish(s.draft);
        const target = explorerTarget(answer.draft);
        let entityId = target.entity?.id ?? null;
        if (
          target.entity !== null &&
          answer.draft.publishedSourceId !== null &&
          target.entity.id.startsWith(answer.draft.publishedSourceId)
        )
          entityId =
            (await api.findPublished(target.entity.name, answer.draft.publishedSourceId).catch(() => null)) ??
            entityId;
        const published: Published = {
          graphVersion: answer.graphVersion,
          added: answer.added,
          zoneId: target.zone,
          entityId,
        };
        store.update(P.publishedDraft(answer.draft, published));
      } catch (error) {
        await fail(error);
      }
    },
    newArticle() {
      store.update(P.newArticle);
      void api.openDrafts().then(
        (d) => store.update(P.openDraftsLoaded(d)),
        () => undefined,
      );
    },
    toggleLang: () => store.update(P.setLang(lang() === "zh" ? "en" : "zh")),
  };
  return actions;
}
