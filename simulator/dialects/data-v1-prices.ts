// The Data API's credit prices as the reference gives them (seranking-data-api-v1.md §4 and §2:
// only 2xx answers are billed). Where the reference has a figure it is used; where it says "not
// established", the simulator assumes the cheapest model consistent with its neighbours and says
// so here, so a benchmark's "minimum" and the simulator's bill rest on the same stated table.

export type PriceUnit = "request" | "target" | "record";

export interface Price {
  unit: PriceUnit;
  credits: number;
  /** Where the figure comes from. */
  source: string;
}

export const DATA_V1_PRICES: Readonly<Record<string, Price>> = {
  "/v1/backlinks/summary": { unit: "target", credits: 100, source: "docs + SK [C2]" },
  "/v1/backlinks/metrics": { unit: "target", credits: 1, source: "not established: assumed" },
  "/v1/backlinks/authority": { unit: "target", credits: 1, source: "not established: assumed" },
  "/v1/backlinks/all": { unit: "record", credits: 1, source: "per record (SK)" },
  "/v1/backlinks/raw": { unit: "record", credits: 1, source: "not established: as /all" },
  "/v1/backlinks/refdomains": { unit: "record", credits: 1, source: "not established: as /all" },
  "/v1/backlinks/anchors": { unit: "record", credits: 1, source: "not established: as /all" },
  "/v1/backlinks/history": { unit: "record", credits: 1, source: "not established: as /all" },
  "/v1/backlinks/refdomains/history": {
    unit: "record",
    credits: 1,
    source: "not established: as /all",
  },
  "/v1/domain/keywords": { unit: "record", credits: 1, source: "per keyword returned (SK)" },
  "/v1/account/subscription": { unit: "request", credits: 0, source: "docs [C2]" },
  "/v1/account/credit-balance": { unit: "request", credits: 0, source: "SK" },
};

/** What an answer costs: `units` = targets asked or records returned, per the path's unit. */
export function priceOf(path: string, units: { targets?: number; records?: number }): number {
  const p = DATA_V1_PRICES[path];
  if (!p) return 0;
  if (p.unit === "request") return p.credits;
  const n = p.unit === "target" ? (units.targets ?? 0) : (units.records ?? 0);
  return p.credits * n;
}
