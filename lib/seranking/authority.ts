// The two authority numbers of a row, whichever pair the dialect returned. Isomorphic: the UI,
// CSV exports and verdict rules read rows through this, so a DT never lands in a TF column.
import type { AuthorityFields, AuthorityMetricSet } from "./types";

export interface AuthorityPair {
  /** Trust Flow (tf_cf) or Domain Trust / Domain InLink Rank (inlink_rank). */
  primary: number | null;
  /** Citation Flow (tf_cf) or Page Trust / InLink Rank (inlink_rank). */
  secondary: number | null;
}

export function authorityPair(row: AuthorityFields, set: AuthorityMetricSet): AuthorityPair {
  return set === "inlink_rank"
    ? { primary: row.domainInlinkRank ?? null, secondary: row.inlinkRank ?? null }
    : { primary: row.trustFlow, secondary: row.citationFlow };
}
