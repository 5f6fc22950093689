/**
 * A minimal observable store: the current state, an update function, and listeners called with the
 * new state and the state they saw last. An update made by a listener is applied at once; every
 * listener then hears the latest state, so none is left on a state an effect has already replaced.
 */

/** A store of state S. */
export interface Store<S> {
  get(): S;
  update(fn: (state: S) => S): void;
  subscribe(listener: (state: S, previous: S) => void): () => void;
}

/** Creates a store holding `initial`. */
export function createStore<S>(initial: S): Store<S> {
  let state = initial;
  // Each listener with the last state it was called with (the state when it subscribed, at first).
  const listeners = new Map<(state: S, previous: S) => void, S>();
  let notifying = false;
  return {
    get: () => state,
    update(fn) {
      const next = fn(state);
      if (next === state) return;
      state = next;
      // An update from inside a listener: the loop below carries it to every listener.
      if (notifying) return;
      notifying = true;
      try {
        let behind = true;
        while (behind) {
          behind = false;
          for (const [listener, seen] of listeners) {
            if (seen === state) continue;
            const current = state;
            listeners.set(listener, current);
            listener(current, seen);
            if (state !== current) behind = true;
          }
        }
      } finally {
        notifying = false;
      }
    },
    subscribe(listener) {
      listeners.set(listener, state);
      return () => listeners.delete(listener);
    },
  };
}
