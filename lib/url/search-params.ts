/** Query-string changes: a value sets its key, null / undefined / "" removes it. */
export type SearchChanges = Record<string, string | null | undefined>;

/**
 * The search part (with its "?", or "" when empty) after applying `changes` to `current`.
 * Keys not named in `changes` are kept, so features sharing a page do not drop each other's state.
 */
export function applySearchChanges(current: string | URLSearchParams, changes: SearchChanges) {
  const next = new URLSearchParams(current);
  for (const [key, value] of Object.entries(changes)) {
    if (value) next.set(key, value);
    else next.delete(key);
  }
  const query = next.toString();
  return query ? `?${query}` : "";
}
