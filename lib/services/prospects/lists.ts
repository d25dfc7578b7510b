import "server-only";
import { ApiError, notFound } from "@/lib/api/errors";
import type { Db } from "@/lib/db/client";
import {
  countProspects,
  deleteProspectList,
  findProspectList,
  insertProspectList,
  insertProspects,
  listDomains,
  renameProspectList,
} from "@/lib/db/queries/prospect-lists";
import { normalizeDomains } from "@/lib/seranking/domain";
import { MAX_LIST_DOMAINS } from "@/lib/validations/prospects";

/** At most this many rejected lines are sent back; the count is always exact. */
const MAX_REJECTED_SHOWN = 500;

export async function requireList(db: Db, tenantId: string, listId: string) {
  const list = await findProspectList(db, tenantId, listId);
  if (!list) throw notFound("This prospect list");
  return list;
}

export async function createList(db: Db, tenantId: string, name: string) {
  return insertProspectList(db, tenantId, name);
}

export async function renameList(db: Db, tenantId: string, listId: string, name: string) {
  const list = await renameProspectList(db, tenantId, listId, name);
  if (!list) throw notFound("This prospect list");
  return list;
}

export async function deleteList(db: Db, tenantId: string, listId: string) {
  // The list's runs go with it (cascade): a job in flight finds its run gone and stops.
  if (!(await deleteProspectList(db, tenantId, listId))) throw notFound("This prospect list");
}

export interface AddDomainsResult {
  added: number;
  /** Lines that repeat an earlier line of the same paste, or a domain already in the list. */
  duplicates: number;
  /** `line`: the entry's 1-based position in the entries sent. */
  rejected: { input: string; reason: string; line: number }[];
  rejectedCount: number;
  total: number;
}

/**
 * Normalises and de-duplicates pasted or uploaded lines. Accepted domains are kept even when
 * other lines are rejected; the rejected ones come back with the reason.
 */
export async function addDomains(
  db: Db,
  tenantId: string,
  listId: string,
  entries: readonly string[],
  /** Kept with each added domain (a domain already in the list keeps its own). */
  origin: string | null = null,
): Promise<AddDomainsResult> {
  await requireList(db, tenantId, listId);
  const { accepted, rejected, duplicates } = normalizeDomains(entries);
  // Nothing usable at all (typically a CSV column without domains): an error, not "0 added".
  if (accepted.length === 0 && rejected.length > 0) {
    const first = rejected[0]!;
    throw new ApiError(
      "invalid_input",
      `None of the ${rejected.length.toLocaleString("en-US")} lines is a domain (line ${first.line}, "${first.input.slice(0, 60)}": ${first.reason}). From a CSV, choose the column that holds the domains.`,
      { entries: "No domain found" },
    );
  }
  const existing = new Set(await listDomains(db, tenantId, listId));
  const fresh = accepted.filter((d) => !existing.has(d));
  if (existing.size + fresh.length > MAX_LIST_DOMAINS) {
    throw new ApiError(
      "invalid_input",
      `This would make the list ${(existing.size + fresh.length).toLocaleString("en-US")} domains long; a list holds at most ${MAX_LIST_DOMAINS.toLocaleString("en-US")}. Split the domains into several lists.`,
      { entries: "Too many domains for one list" },
    );
  }
  const added = await insertProspects(db, tenantId, listId, fresh, origin);
  return {
    added,
    duplicates: duplicates + (accepted.length - fresh.length) + (fresh.length - added),
    rejected: rejected.slice(0, MAX_REJECTED_SHOWN),
    rejectedCount: rejected.length,
    total: await countProspects(db, tenantId, listId),
  };
}
