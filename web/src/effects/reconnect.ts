/**
 * Reconnection: while the server cannot be reached, /healthz is asked every few seconds (and at
 * once on "retry"); when it answers, the connection is back and start-up runs again if it had
 * failed. The other effects then load again what was waiting.
 */
import type { AppState } from "../state/app-state.ts";
import * as A from "../state/producers.ts";
import type { Store } from "../state/store.ts";

/** Time between two checks while the server is down. */
export const RECHECK_MS = 3000;

/** The reconnection: `check` asks the server now (the retry button). */
export interface Reconnect {
  check(): void;
  stop(): void;
}

/** Follows the connection from now on; `healthy` asks the server, `restart` runs start-up again. */
export function followConnection(
  store: Store<AppState>,
  healthy: () => Promise<boolean>,
  restart: () => void,
  recheckMs = RECHECK_MS,
): Reconnect {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let asking = false;
  const check = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (asking) return;
    asking = true;
    void healthy()
      .catch(() => false)
      .then((ok) => {
        asking = false;
        const s = store.get();
        if (ok) {
          store.update(A.serverBack);
          if (s.status.kind === "error" && s.status.network) restart();
        } else if (s.connection === "down" || (s.status.kind === "error" && s.status.network))
          timer = setTimeout(check, recheckMs);
      });
  };
  const unsubscribe = store.subscribe((s, prev) => {
    const down = s.connection === "down" || (s.status.kind === "error" && s.status.network);
    const wasDown = prev.connection === "down" || (prev.status.kind === "error" && prev.status.network);
    if (down && !wasDown && timer === null) timer = setTimeout(check, recheckMs);
  });
  return {
    check,
    stop() {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
    },
  };
}
