/**
 * The sign-in form: the curator's name and the token the server printed (a password field), asked
 * once per browser session; says plainly when the server refused the token.
 */
import { h } from "../panels/dom.ts";
import { rt } from "./review-i18n.ts";
import { phaseOf, type ReviewState } from "./review-state.ts";

/** Mounts the form; returns its render. */
export function mountSignIn(
  el: HTMLElement,
  signIn: (token: string | null, curator: string) => void,
  /** Whether this session keeps a token (then only the name is asked, unless it was refused). */
  hasToken: () => boolean,
): (s: ReviewState) => void {
  const title = h("h2", { id: "sign-in-title" });
  const help = h("p", { className: "muted" });
  const problem = h("p", { className: "problem", role: "alert", "data-testid": "sign-in-problem" });
  const nameLabel = h("label", { for: "curator-name" });
  const name = h("input", { id: "curator-name", name: "curator", autocomplete: "name", required: true });
  const tokenLabel = h("label", { for: "curator-token" });
  const token = h("input", {
    id: "curator-token",
    name: "token",
    type: "password",
    autocomplete: "off",
    required: true,
  });
  const submit = h("button", { type: "submit", className: "primary" });
  const tokenField = h("div", { className: "field" }, tokenLabel, token);
  const form = h(
    "form",
    { className: "card sign-in", "aria-labelledby": "sign-in-title" },
    title,
    help,
    problem,
    h("div", { className: "field" }, nameLabel, name),
    tokenField,
    submit,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const typed = tokenField.hidden ? null : token.value.trim();
    if (name.value.trim() !== "" && typed !== "") signIn(typed, name.value.trim());
  });
  el.append(form);
  let lang = "";
  let wasShown = false;
  let problemShown: ReviewState["authProblem"] = null;
  return (s) => {
    const shown = phaseOf(s) === "sign-in";
    el.hidden = !shown;
    if (s.lang !== lang) {
      lang = s.lang;
      title.textContent = rt(s.lang, "signInTitle");
      help.textContent = rt(s.lang, "signInHelp");
      nameLabel.textContent = rt(s.lang, "curatorLabel");
      tokenLabel.textContent = rt(s.lang, "tokenLabel");
      submit.textContent = rt(s.lang, "signIn");
    }
    problem.textContent = s.authProblem === "wrong" ? rt(s.lang, "tokenWrong") : "";
    problem.hidden = s.authProblem === null;
    submit.disabled = s.busy === "sign-in";
    const askToken = !hasToken() || s.authProblem !== null;
    const refused = s.authProblem !== null && s.authProblem !== problemShown;
    problemShown = s.authProblem;
    if (shown && (!wasShown || refused)) {
      tokenField.hidden = !askToken;
      token.required = askToken;
      if (name.value === "") name.value = s.curator;
      token.value = "";
      (name.value === "" || !askToken ? name : token).focus();
    }
    wasShown = shown;
  };
}
