// New and lost links and referring domains between two snapshots' link sets (provider-v3 has no
// history endpoint). Pure: the snapshot job feeds it stored and fetched rows.
import type { ChangeInsert, LinkInsert } from "@/lib/db/queries/backlink-monitoring";
import { refdomainOf } from "./link-keys";

type Link = LinkInsert;

function byDomain(links: Iterable<Link>): Map<string, Link[]> {
  const out = new Map<string, Link[]>();
  for (const l of links) {
    const d = refdomainOf(l.sourceUrl);
    const list = out.get(d);
    if (list) list.push(l);
    else out.set(d, [l]);
  }
  return out;
}

const linkChange = (type: "new" | "lost", l: Link): ChangeInsert => ({
  kind: "link",
  type,
  date: null,
  refdomain: refdomainOf(l.sourceUrl),
  sourceUrl: l.sourceUrl,
  targetUrl: l.targetUrl,
  anchorText: l.anchorText,
  nofollow: l.nofollow,
  authority: l.authority ?? null,
  reason: null,
});

/** The strongest link of a domain speaks for it (its authority, and dofollow if any is). */
function domainChange(type: "new" | "lost", domain: string, links: Link[]): ChangeInsert {
  const best = links.reduce((a, b) => ((b.authority ?? -1) > (a.authority ?? -1) ? b : a));
  return {
    kind: "refdomain",
    type,
    date: null,
    refdomain: domain,
    authority: best.authority ?? null,
    nofollow: links.every((l) => l.nofollow),
    reason: null,
  };
}

export function diffSnapshots(previous: Link[], current: Link[]): ChangeInsert[] {
  const before = new Map(previous.map((l) => [l.linkKey, l]));
  const after = new Map(current.map((l) => [l.linkKey, l]));
  const changes: ChangeInsert[] = [];
  for (const [key, l] of after) if (!before.has(key)) changes.push(linkChange("new", l));
  for (const [key, l] of before) if (!after.has(key)) changes.push(linkChange("lost", l));
  const domainsBefore = byDomain(before.values());
  const domainsAfter = byDomain(after.values());
  for (const [d, links] of domainsAfter) {
    if (!domainsBefore.has(d)) changes.push(domainChange("new", d, links));
  }
  for (const [d, links] of domainsBefore) {
    if (!domainsAfter.has(d)) changes.push(domainChange("lost", d, links));
  }
  return changes;
}

/** The counts a snapshot row keeps of its changes. */
export function changeCounts(changes: ChangeInsert[]) {
  const count = (kind: string, type: string) =>
    changes.filter((c) => c.kind === kind && c.type === type).length;
  return {
    newBacklinks: count("link", "new"),
    lostBacklinks: count("link", "lost"),
    newRefdomains: count("refdomain", "new"),
    lostRefdomains: count("refdomain", "lost"),
  };
}
