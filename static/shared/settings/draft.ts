/**
 * The draft being edited, as a tiny state machine both settings UIs use: edits are callbacks that
 * mutate a structured clone (so a form writes `d.tiers.N1.name = v` and React still sees a new
 * object), `dirty` says whether anything changed since the last load or save.
 */

/** Applies an edit to a copy of the draft (the callback mutates the copy). */
export type DraftUpdate<T> = (edit: (draft: T) => void) => void;

/**
 * A copy of `current` with `edit` applied; `current` is not touched.
 *
 * @example
 * editDraft({ n: 1 }, (d) => { d.n = 2; }); // { n: 2 }
 */
export function editDraft<T>(current: T, edit: (draft: T) => void): T {
  const next = structuredClone(current);
  edit(next);
  return next;
}

export interface DraftState<T> {
  draft: T | null;
  dirty: boolean;
}

export type DraftAction<T> =
  | { type: 'load'; draft: T }
  | { type: 'edit'; edit: (draft: T) => void }
  | { type: 'saved' };

/** Initial state: nothing loaded. */
export const emptyDraft = { draft: null, dirty: false } as const;

/**
 * Reducer for `useReducer`: `load` replaces the draft, `edit` applies an edit to a copy, `saved`
 * clears `dirty`.
 *
 * @example
 * draftReducer({ draft: { n: 1 }, dirty: false }, { type: 'edit', edit: (d) => { d.n = 2; } }); // { draft: { n: 2 }, dirty: true }
 */
export function draftReducer<T>(state: DraftState<T>, action: DraftAction<T>): DraftState<T> {
  switch (action.type) {
    case 'load': return { draft: action.draft, dirty: false };
    case 'edit': return state.draft === null ? state : { draft: editDraft(state.draft, action.edit), dirty: true };
    case 'saved': return { ...state, dirty: false };
  }
}
