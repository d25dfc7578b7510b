import "server-only";
// One snapshot of a monitored domain: its summary counts, and what is new or lost since the
// snapshot before. The Data API says so itself (/v1/backlinks/history and /refdomains/history,
// with reasons), asked for the days since the previous snapshot; the provider contract has no
// history, so the whole list is fetched, stored by link key, and diffed with the previous one.
// A history reply that fills its limit cannot be paged (no offset): the snapshot is marked
// incomplete. Everything is stored in one transaction at the end: a re-delivered job stores
// nothing twice.
import type { Db } from "@/lib/db/client";
import {
  type ChangeInsert,
  type LinkInsert,
  previousDoneSnapshot,
  readSnapshotLinks,
  storeSnapshot,
} from "@/lib/db/queries/backlink-monitoring";
import type { BacklinkSnapshot } from "@/lib/db/schema";
import { MAX_BACKLINKS_LIMIT } from "@/lib/seranking/client";
import { type TenantClient, withTenantClient } from "@/lib/services/seranking/tenant-client";
import { historyChanges } from "./history-changes";
import { authorityOf, linkKey, nextDay } from "./link-keys";
import { changeCounts, diffSnapshots } from "./snapshot-diff";

/** Far beyond any list SE Ranking serves (20,000 in its plans): stops a list that never ends. */
const MAX_LIST_PAGES = 200;

async function fetchAllLinks(client: TenantClient, domain: string): Promise<LinkInsert[]> {
  const links = new Map<string, LinkInsert>();
  for (let page = 0; page < MAX_LIST_PAGES; page++) {
    const rows = await client.getBacklinks({
      domain,
      sortBy: "first_seen",
      limit: MAX_BACKLINKS_LIMIT,
      offset: page * MAX_BACKLINKS_LIMIT,
    });
    for (const r of rows) {
      const key = linkKey(r.sourceUrl, r.targetUrl);
      links.set(key, {
        linkKey: key,
        sourceUrl: r.sourceUrl,
        targetUrl: r.targetUrl,
        anchorText: r.anchorText,
        nofollow: r.isNoFollow,
        authority: authorityOf(r),
        firstSeen: r.firstSeen,
      });
    }
    // Only a short page ends the list: the summary's count is not trusted for that.
    if (rows.length < MAX_BACKLINKS_LIMIT) break;
  }
  return [...links.values()];
}

/** Takes the running snapshot's data and stores it; undefined if another delivery finished it. */
export async function takeSnapshot(db: Db, snapshot: BacklinkSnapshot, domain: string) {
  const { tenantId } = snapshot;
  const previous = await previousDoneSnapshot(db, tenantId, snapshot);
  // A snapshot by another API (the key was switched) is not comparable: start afresh.
  const comparable = previous?.dialect === snapshot.dialect ? previous : undefined;
  return withTenantClient(db, tenantId, async (client) => {
    const summary = await client.getBacklinksSummary(domain);
    let links: LinkInsert[] = [];
    let changes: ChangeInsert[] | null = null;
    let incomplete = false;
    if (client.hasHistory) {
      if (comparable) {
        const from = nextDay(comparable.asOf);
        changes = [];
        if (from <= snapshot.asOf) {
          ({ changes, incomplete } = await historyChanges(client, domain, from, snapshot.asOf));
        }
      }
    } else {
      links = await fetchAllLinks(client, domain);
      if (comparable) {
        changes = diffSnapshots(await readSnapshotLinks(db, tenantId, comparable.id), links);
      }
    }
    const counts = {
      backlinks: summary.totalBacklinks,
      referringDomains: summary.referringDomains,
      dofollowBacklinks: summary.doFollowLinks,
      incomplete,
      ...(changes
        ? changeCounts(changes)
        : { newBacklinks: null, lostBacklinks: null, newRefdomains: null, lostRefdomains: null }),
    };
    return storeSnapshot(db, tenantId, snapshot.id, { links, changes: changes ?? [], counts });
  });
}
