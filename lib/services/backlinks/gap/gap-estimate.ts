import type { CostEstimate } from "@/lib/seranking/costs";
import type { Dialect } from "@/lib/seranking/dialects/dialect";
import { estimateRefdomainLists } from "@/lib/seranking/gap-costs";
import { refdomainListShape } from "./refdomains-source";

/** `lists` referring-domain lists fetched for this key's API, at most. */
export function estimateGapLists(dialect: Dialect, lists: number): CostEstimate {
  return estimateRefdomainLists(dialect, lists, refdomainListShape(dialect));
}
