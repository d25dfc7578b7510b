// What paging has proven about a backlink list's length. SE Ranking's list reply carries no
// count and the summary's totals are computed apart from the list, so neither is the length:
// only rows seen prove "at least", and only a short page (or the end of the stored walk) proves
// the end. The table's page status and its Next button are decided from this, never from the
// summary, so no row is ever out of reach.

export interface ListExtent {
  /** Rows of this view (before text filters) known to exist. */
  atLeast: number;
  /** The view's exact length once its end has been seen; null while it is unknown. */
  end: number | null;
}

/**
 * One offset page of `served` rows asked as `limit` from `offset`. An empty page past the start
 * proves only that the list ends before it (how far before is unknown): nothing is claimed.
 */
export function offsetPageExtent(offset: number, served: number, limit: number): ListExtent {
  if (served === 0 && offset > 0) return { atLeast: 0, end: null };
  const seen = offset + served;
  return { atLeast: seen, end: served < limit ? seen : null };
}

/** Rows stored so far for this view, and whether the walk reached the list's end. */
export function storedExtent(inView: number, complete: boolean): ListExtent {
  return { atLeast: inView, end: complete ? inView : null };
}
