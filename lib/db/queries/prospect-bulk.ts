// Bulk changes to selected prospects of one list: tag, untag, delete, move (with merge).
// Every statement names the tenant and the list; selections are read in chunks of 1,000 so a
// whole list (10,000) stays far below PostgreSQL's 65,535 parameters.
import { and, asc, count, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Db } from "../client";
import { prospectLists, prospectRunDomains, prospectRuns, prospects } from "../schema";

const CHUNK = 1000;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

const inList = (tenantId: string, listId: string, domains: string[]) =>
  and(
    eq(prospects.tenantId, tenantId),
    eq(prospects.listId, listId),
    inArray(prospects.domain, domains),
  );

/** The selected domains that are in the list, in list order. */
export async function presentDomains(
  db: Db,
  tenantId: string,
  listId: string,
  domains: readonly string[],
) {
  const found: { domain: string; position: number }[] = [];
  for (const part of chunks(domains)) {
    found.push(
      ...(await db
        .select({ domain: prospects.domain, position: prospects.position })
        .from(prospects)
        .where(inList(tenantId, listId, part))
        .orderBy(asc(prospects.position))),
    );
  }
  return found.sort((x, y) => x.position - y.position).map((r) => r.domain);
}

/** Selected domains a running metrics fetch of the list has not settled yet. */
export async function domainsInRunningFetch(
  db: Db,
  tenantId: string,
  listId: string,
  domains: readonly string[],
) {
  const found: string[] = [];
  for (const part of chunks(domains)) {
    const rows = await db
      .select({ domain: prospectRunDomains.domain })
      .from(prospectRunDomains)
      .innerJoin(prospectRuns, eq(prospectRuns.id, prospectRunDomains.runId))
      .where(
        and(
          eq(prospectRuns.tenantId, tenantId),
          eq(prospectRuns.listId, listId),
          eq(prospectRuns.status, "running"),
          eq(prospectRunDomains.tenantId, tenantId),
          eq(prospectRunDomains.settled, false),
          inArray(prospectRunDomains.domain, part),
        ),
      );
    found.push(...rows.map((r) => r.domain));
  }
  return found;
}

/** Adds a tag to the domains that lack it and have room; returns the domains changed. */
export async function addTag(
  db: Db,
  tenantId: string,
  listId: string,
  domains: readonly string[],
  tag: string,
  maxTags: number,
) {
  const changed: string[] = [];
  for (const part of chunks(domains)) {
    const rows = await db
      .update(prospects)
      .set({ tags: sql`array_append(${prospects.tags}, ${tag}::text)` })
      .where(
        and(
          inList(tenantId, listId, part),
          sql`not (${tag}::text = any(${prospects.tags}))`,
          sql`cardinality(${prospects.tags}) < ${maxTags}`,
        ),
      )
      .returning({ domain: prospects.domain });
    changed.push(...rows.map((r) => r.domain));
  }
  return changed;
}

/** Of the domains, those already carrying the tag. */
export async function domainsWithTag(
  db: Db,
  tenantId: string,
  listId: string,
  domains: readonly string[],
  tag: string,
) {
  let n = 0;
  for (const part of chunks(domains)) {
    const [row] = await db
      .select({ n: count() })
      .from(prospects)
      .where(and(inList(tenantId, listId, part), sql`${tag}::text = any(${prospects.tags})`));
    n += row?.n ?? 0;
  }
  return n;
}

/** Removes a tag from the domains carrying it; returns the domains changed. */
export async function removeTag(
  db: Db,
  tenantId: string,
  listId: string,
  domains: readonly string[],
  tag: string,
) {
  const changed: string[] = [];
  for (const part of chunks(domains)) {
    const rows = await db
      .update(prospects)
      .set({ tags: sql`array_remove(${prospects.tags}, ${tag}::text)` })
      .where(and(inList(tenantId, listId, part), sql`${tag}::text = any(${prospects.tags})`))
      .returning({ domain: prospects.domain });
    changed.push(...rows.map((r) => r.domain));
  }
  return changed;
}

export async function deleteSelected(
  db: Db,
  tenantId: string,
  listId: string,
  domains: readonly string[],
) {
  let n = 0;
  for (const part of chunks(domains)) {
    const rows = await db
      .delete(prospects)
      .where(inList(tenantId, listId, part))
      .returning({ d: prospects.domain });
    n += rows.length;
  }
  return n;
}

/** The position after the list's last one (a move appends, as a paste does). */
export async function nextPosition(db: Db, tenantId: string, listId: string) {
  const [row] = await db
    .select({ max: sql<number>`coalesce(max(${prospects.position}), -1)::int` })
    .from(prospects)
    .where(and(eq(prospects.tenantId, tenantId), eq(prospects.listId, listId)));
  return (row?.max ?? -1) + 1;
}

/**
 * Re-homes rows to another list of the tenant, keeping metrics and tags, appended in the given
 * order from `firstPosition`. The domains must not be in the target yet.
 */
export async function reassignProspects(
  db: Db,
  tenantId: string,
  move: { from: string; to: string; domains: readonly string[]; firstPosition: number },
) {
  let offset = 0;
  for (const part of chunks(move.domains)) {
    const values = sql.join(
      part.map((d, i) => sql`(${d}::text, ${move.firstPosition + offset + i}::int)`),
      sql`, `,
    );
    await db.execute(sql`
      update ${prospects} set list_id = ${move.to}::uuid, position = v.position
      from (values ${values}) as v(domain, position)
      where ${prospects.tenantId} = ${tenantId} and ${prospects.listId} = ${move.from}
        and ${prospects.domain} = v.domain`);
    offset += part.length;
  }
}

// The source row's metrics win when they are newer than the target's (or the target has none).
const newer = sql`s.fetched_at is not null and (t.fetched_at is null or s.fetched_at > t.fetched_at)`;
const pick = (column: string): SQL =>
  sql`${sql.raw(column)} = case when ${newer} then s.${sql.raw(column)} else t.${sql.raw(column)} end`;

/**
 * Folds rows into the same domains of the target list: tags are united (the target's first,
 * at most `maxTags`), the target's origin is kept (else the source's), newer metrics replace
 * older ones, then the source rows are deleted.
 */
export async function mergeProspects(
  db: Db,
  tenantId: string,
  merge: { from: string; to: string; domains: readonly string[]; maxTags: number },
) {
  const metricColumns = [
    "trust_flow",
    "citation_flow",
    "domain_inlink_rank",
    "inlink_rank",
    "referring_domains",
    "total_backlinks",
    "error_kind",
    "error_message",
    "fetched_at",
  ];
  for (const part of chunks(merge.domains)) {
    const list = sql.join(
      part.map((d) => sql`${d}::text`),
      sql`, `,
    );
    await db.execute(sql`
      update ${prospects} as t set
        tags = array(
          select x from unnest(t.tags || s.tags) with ordinality as u(x, i)
          group by x order by min(i) limit ${merge.maxTags}
        ),
        origin = coalesce(t.origin, s.origin),
        ${sql.join(metricColumns.map(pick), sql`, `)}
      from ${prospects} as s
      where t.tenant_id = ${tenantId} and t.list_id = ${merge.to}
        and s.tenant_id = ${tenantId} and s.list_id = ${merge.from}
        and s.domain = t.domain and s.domain in (${list})`);
  }
  await deleteSelected(db, tenantId, merge.from, merge.domains);
}

/** Marks lists as changed (the sidebar orders and dates them by it). */
export async function touchLists(db: Db, tenantId: string, listIds: string[]) {
  await db
    .update(prospectLists)
    .set({ updatedAt: new Date() })
    .where(and(eq(prospectLists.tenantId, tenantId), inArray(prospectLists.id, listIds)));
}
