import "server-only";
// Selected gap rows into a prospect list in one step, each keeping where it was found.
import { ApiError } from "@/lib/api/errors";
import { gapCandidates, gapOrigin } from "@/lib/backlinks/gap/gap-rows";
import type { Db } from "@/lib/db/client";
import { gapLists } from "@/lib/db/queries/backlink-gaps";
import { addDomains, createList, requireList } from "@/lib/services/prospects/lists";
import type { GapToProspects } from "@/lib/validations/backlink-gap";
import { requireGap } from "./gap-service";

export interface GapToProspectsResult {
  listId: string;
  listName: string;
  added: number;
  /** Selected domains already in the list (they keep their own origin). */
  duplicates: number;
  origin: string;
}

export async function addGapRowsToList(
  db: Db,
  tenantId: string,
  gapId: string,
  request: GapToProspects,
): Promise<GapToProspectsResult> {
  const gap = await requireGap(db, tenantId, gapId);
  if (gap.status !== "done") {
    throw new ApiError("conflict", "The analysis has not finished: add its rows once it is done.");
  }
  // Only domains this gap found may carry its origin.
  const lists = await gapLists(db, tenantId, gapId);
  const you = { target: gap.domain, rows: lists.find((l) => l.position === 0)?.rows ?? [] };
  const competitors = lists
    .filter((l) => l.position > 0 && l.rows)
    .map((l) => ({ target: l.target, rows: l.rows ?? [] }));
  const found = new Set(gapCandidates(you, competitors).map((c) => c.domain));
  const stray = request.domains.filter((d) => !found.has(d));
  if (stray.length > 0) {
    throw new ApiError(
      "invalid_input",
      `${stray.slice(0, 3).join(", ")}${stray.length > 3 ? ` and ${stray.length - 3} more` : ""} ${stray.length === 1 ? "is" : "are"} not rows of this gap: select rows from its table.`,
      { domains: "Not rows of this gap" },
    );
  }
  const list = request.listId
    ? await requireList(db, tenantId, request.listId)
    : await createList(db, tenantId, request.newListName!);
  const origin = gapOrigin(gap.competitors);
  const result = await addDomains(db, tenantId, list.id, request.domains, origin);
  return {
    listId: list.id,
    listName: list.name,
    added: result.added,
    duplicates: result.duplicates,
    origin,
  };
}
