// Referring domains and anchors built from a list of backlink rows, for the API without such
// calls (provider-v3): the rows are the links fetched, so every number here is "of those links",
// and the caller says how many there were. Isomorphic and pure.
import { authorityPair } from "@/lib/seranking/authority";
import type {
  AnchorRow,
  AnchorsOrder,
  AuthorityMetricSet,
  BacklinkRow,
  RefdomainRow,
  RefdomainsOrder,
} from "@/lib/seranking/types";

/** The linking host of a source URL, lower-case, `www.` folded in (as SE Ranking's host mode). */
export function refdomainOf(sourceUrl: string): string {
  let host: string;
  try {
    host = new URL(sourceUrl).hostname.toLowerCase();
  } catch {
    host = sourceUrl.trim().toLowerCase();
  }
  return host.startsWith("www.") ? host.slice(4) : host;
}

/** Linking pages kept per domain as examples (a gap row shows them), dofollow ones first. */
export const EXAMPLES_PER_DOMAIN = 3;

interface Examples {
  dofollow: Set<string>;
  nofollow: Set<string>;
}

function keepExample(examples: Examples, url: string, dofollow: boolean) {
  const into = dofollow ? examples.dofollow : examples.nofollow;
  if (into.size < EXAMPLES_PER_DOMAIN) into.add(url);
}

const pickExamples = ({ dofollow, nofollow }: Examples) =>
  [...new Set([...dofollow, ...nofollow])].slice(0, EXAMPLES_PER_DOMAIN);

/**
 * One row per linking domain: its links, dofollow links, the earliest first-seen day, the
 * highest primary authority among its links (the provider's rows carry no domain-level figure)
 * and a few example pages. In first-appearance order: the caller sorts.
 */
export function aggregateRefdomains(
  rows: readonly BacklinkRow[],
  set: AuthorityMetricSet,
): RefdomainRow[] {
  const out = new Map<string, RefdomainRow>();
  const examples = new Map<string, Examples>();
  for (const row of rows) {
    const domain = refdomainOf(row.sourceUrl);
    const authority = authorityPair(row, set).primary;
    const firstSeen = /^\d{4}-\d{2}-\d{2}/.exec(row.firstSeen)?.[0] ?? null;
    const d = out.get(domain);
    if (!d) {
      out.set(domain, {
        domain,
        backlinks: 1,
        dofollowBacklinks: row.isNoFollow ? 0 : 1,
        firstSeen,
        authority,
      });
      examples.set(domain, { dofollow: new Set(), nofollow: new Set() });
      keepExample(examples.get(domain)!, row.sourceUrl, !row.isNoFollow);
      continue;
    }
    keepExample(examples.get(domain)!, row.sourceUrl, !row.isNoFollow);
    d.backlinks++;
    if (!row.isNoFollow) d.dofollowBacklinks++;
    if (firstSeen && (!d.firstSeen || firstSeen < d.firstSeen)) d.firstSeen = firstSeen;
    if (authority !== null && (d.authority === null || authority > d.authority)) {
      d.authority = authority;
    }
  }
  return [...out.values()].map((d) => ({
    ...d,
    exampleUrls: pickExamples(examples.get(d.domain)!),
  }));
}

/** One row per anchor text (exact text), with its links and distinct linking domains. */
export function aggregateAnchors(rows: readonly BacklinkRow[]): AnchorRow[] {
  const out = new Map<string, AnchorRow & { domains: Set<string> }>();
  for (const row of rows) {
    const a = out.get(row.anchorText) ?? {
      anchor: row.anchorText,
      backlinks: 0,
      refdomains: 0,
      dofollowBacklinks: 0,
      domains: new Set<string>(),
    };
    a.backlinks++;
    if (!row.isNoFollow) a.dofollowBacklinks = (a.dofollowBacklinks ?? 0) + 1;
    a.domains.add(refdomainOf(row.sourceUrl));
    out.set(row.anchorText, a);
  }
  return [...out.values()].map(({ domains, ...a }) => ({ ...a, refdomains: domains.size }));
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const desc = <T extends number | string | null>(a: T, b: T) =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? 1 : -1;

/**
 * The Data API's orders, applied to aggregated rows: descending (date_found = newest first),
 * unknowns last, ties by name. `inlink_rank` (the linking home page's rank) is not in the links:
 * the domain's authority stands in for it.
 */
export function orderRefdomains(
  rows: readonly RefdomainRow[],
  order: RefdomainsOrder,
): RefdomainRow[] {
  const key = (r: RefdomainRow) => (order === "date_found" ? r.firstSeen : r.authority);
  return [...rows].sort((a, b) => desc(key(a), key(b)) || byText(a.domain, b.domain));
}

export function orderAnchors(rows: readonly AnchorRow[], order: AnchorsOrder): AnchorRow[] {
  return [...rows].sort((a, b) => b[order] - a[order] || byText(a.anchor, b.anchor));
}
