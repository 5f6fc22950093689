/**
 * A minimal observable store: the current state, an update function, and listeners called with the
 * new and previous state after each change.
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
  const listeners = new Set<(state: S, previous: S) => void>();
  return {
    get: () => state,
    update(fn) {
      const previous = state;
      const next = fn(state);
      if (next === previous) return;
      state = next;
      for (const listener of listeners) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
