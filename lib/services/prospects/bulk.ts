import "server-only";
// The bulk bar's actions on selected prospects of one list. Each runs in one transaction, so a
// move is never half done. Selected domains that are not in the list are ignored and reported.
import { ApiError, isUniqueViolation } from "@/lib/api/errors";
import type { Db } from "@/lib/db/client";
import {
  addTag,
  deleteSelected,
  domainsInRunningFetch,
  domainsWithTag,
  mergeProspects,
  nextPosition,
  presentDomains,
  reassignProspects,
  removeTag,
  touchLists,
} from "@/lib/db/queries/prospect-bulk";
import { countProspects } from "@/lib/db/queries/prospect-lists";
import type { ProspectBulkAction } from "@/lib/validations/prospect-bulk";
import { MAX_PROSPECT_TAGS } from "@/lib/validations/prospect-bulk";
import { MAX_LIST_DOMAINS } from "@/lib/validations/prospects";
import { requireList } from "./lists";

/** At most this many ignored domains are named in the answer; the count is always exact. */
const MAX_IGNORED_SHOWN = 100;

export interface BulkResult {
  action: ProspectBulkAction["action"];
  /** Selected domains found in the list (the ones acted on). */
  matched: number;
  /** Selected domains not in the list (deleted or moved meanwhile, or never there). */
  ignored: string[];
  ignoredCount: number;
  /** delete: rows deleted. */
  deleted?: number;
  /** move: rows re-homed to the target, and rows whose domain the target already held (merged). */
  moved?: number;
  alreadyThere?: number;
  /** tag/untag: rows changed, rows that already were as asked, rows without room for a tag. */
  changed?: number;
  unchanged?: number;
  tagLimit?: number;
}

export async function applyBulkAction(
  db: Db,
  tenantId: string,
  listId: string,
  action: ProspectBulkAction,
): Promise<BulkResult> {
  await requireList(db, tenantId, listId);
  const selected = [...new Set(action.domains.map((d) => d.trim().toLowerCase()))];
  try {
    return await db.transaction(async (tx) => {
      const t = tx as unknown as Db;
      const present = await presentDomains(t, tenantId, listId, selected);
      const found = new Set(present);
      const ignored = selected.filter((d) => !found.has(d));
      const base = {
        action: action.action,
        matched: present.length,
        ignored: ignored.slice(0, MAX_IGNORED_SHOWN),
        ignoredCount: ignored.length,
      };
      switch (action.action) {
        case "tag": {
          const changed = await addTag(t, tenantId, listId, present, action.tag, MAX_PROSPECT_TAGS);
          // Counted after the change: every row carrying the tag now, minus the ones just tagged.
          const carrying = await domainsWithTag(t, tenantId, listId, present, action.tag);
          return {
            ...base,
            changed: changed.length,
            unchanged: carrying - changed.length,
            tagLimit: present.length - carrying,
          };
        }
        case "untag": {
          const changed = await removeTag(t, tenantId, listId, present, action.tag);
          return { ...base, changed: changed.length, unchanged: present.length - changed.length };
        }
        case "delete": {
          await refuseDomainsInFetch(t, tenantId, listId, present, "deleted");
          const deleted = await deleteSelected(t, tenantId, listId, present);
          await touchLists(t, tenantId, [listId]);
          return { ...base, deleted };
        }
        case "move":
          return { ...base, ...(await move(t, tenantId, listId, action.targetListId, present)) };
      }
    });
  } catch (error) {
    // Another request moved or added the same domains between our read and our write.
    if (isUniqueViolation(error)) {
      throw new ApiError(
        "conflict",
        "The lists changed while moving these prospects; reload and try again.",
      );
    }
    throw error;
  }
}

async function move(db: Db, tenantId: string, from: string, to: string, present: string[]) {
  if (to === from) {
    throw new ApiError("invalid_input", "Choose another list to move the prospects to.", {
      targetListId: "This is the list they are in",
    });
  }
  // Another workspace's list is "not found", like any list the caller cannot see.
  await requireList(db, tenantId, to);
  await refuseDomainsInFetch(db, tenantId, from, present, "moved");
  const inTarget = new Set(await presentDomains(db, tenantId, to, present));
  const fresh = present.filter((d) => !inTarget.has(d));
  const merged = present.filter((d) => inTarget.has(d));
  const total = (await countProspects(db, tenantId, to)) + fresh.length;
  if (total > MAX_LIST_DOMAINS) {
    throw new ApiError(
      "invalid_input",
      `This would make the target list ${total.toLocaleString("en-US")} domains long; a list holds at most ${MAX_LIST_DOMAINS.toLocaleString("en-US")}. Move fewer prospects.`,
      { targetListId: "Too many domains for that list" },
    );
  }
  const firstPosition = await nextPosition(db, tenantId, to);
  await reassignProspects(db, tenantId, { from, to, domains: fresh, firstPosition });
  await mergeProspects(db, tenantId, { from, to, domains: merged, maxTags: MAX_PROSPECT_TAGS });
  await touchLists(db, tenantId, [from, to]);
  return { moved: fresh.length, alreadyThere: merged.length };
}

/**
 * A running metrics fetch settles its domains by name as their replies arrive: deleting or
 * moving one it has not reached would pay SE Ranking for a row that is gone and count it in the
 * progress. Refused with a 409 that says what to do; domains already fetched are free to go.
 */
async function refuseDomainsInFetch(
  db: Db,
  tenantId: string,
  listId: string,
  domains: string[],
  verb: "deleted" | "moved",
) {
  const busy = await domainsInRunningFetch(db, tenantId, listId, domains);
  if (busy.length === 0) return;
  const n = busy.length.toLocaleString("en-US");
  throw new ApiError(
    "conflict",
    `Metrics are being fetched for ${n} of the selected domains (${busy[0]}${busy.length > 1 ? ", …" : ""}), so they cannot be ${verb} now: wait for the fetch to finish or cancel it, then try again.`,
  );
}
