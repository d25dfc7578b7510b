// The backlink gap (link intersect), as pure functions: the referring domains that link to some
// of the competitors but not to you, then the page's filters over them. Server (the gap view) and
// tests share it; nothing here fetches or stores.

/** One referring domain of one target's list, dialect-neutral. */
export interface GapRefdomain {
  /** The referring host, lower-case. */
  domain: string;
  /** Its links to the target, and how many of them are dofollow. */
  backlinks: number;
  dofollowBacklinks: number;
  /** The referring domain's authority (DT, or TF from its links); null when the list has none. */
  authority: number | null;
  /** A few of its links to the target, when the list carries them. */
  examples: string[];
}

export interface GapTargetList {
  /** The target (you or a competitor), normalised. */
  target: string;
  rows: readonly GapRefdomain[];
}

/** A referring domain's links to one competitor. */
export interface GapLink {
  competitor: string;
  backlinks: number;
  dofollowBacklinks: number;
  examples: string[];
}

/** A referring domain that links to at least one competitor and never to you. */
export interface GapCandidate {
  domain: string;
  authority: number | null;
  /** In the order the competitors were entered. */
  links: GapLink[];
}

/** One row the page shows, after the filters. */
export interface GapRow {
  domain: string;
  authority: number | null;
  /** The competitors it links to (dofollow-only counts only dofollow links). */
  competitors: string[];
  backlinks: number;
  dofollowBacklinks: number;
  /** Dofollow links / links, 0–1 (0 for no links). */
  dofollowShare: number;
  /** Up to MAX_EXAMPLES of its links, one competitor after another. */
  examples: { competitor: string; url: string }[];
}

export interface GapFilters {
  /** k: the least number of competitors a row links to (1–10). */
  minCompetitors: number;
  /** Rows whose authority is below this (or unknown, when above 0) are dropped. */
  minAuthority: number;
  /** Count only dofollow links: a competitor linked only by nofollow does not count. */
  dofollowOnly: boolean;
  /** Top-level or second-level endings ("edu", "co.uk"), without the dot. */
  excludeTlds: readonly string[];
  /** Hosts dropped with their subdomains ("blogspot.com" drops "x.blogspot.com"). */
  excludeDomains: readonly string[];
}

export const DEFAULT_GAP_FILTERS: GapFilters = {
  minCompetitors: 1,
  minAuthority: 0,
  dofollowOnly: false,
  excludeTlds: [],
  excludeDomains: [],
};

export const MAX_EXAMPLES = 3;

const hostKey = (host: string) => {
  const lower = host.trim().toLowerCase().replace(/\.$/, "");
  return lower.startsWith("www.") && lower.slice(4).includes(".") ? lower.slice(4) : lower;
};

/**
 * Every referring domain of the competitors' lists that is absent from yours, with its links per
 * competitor. The targets themselves are never candidates (a competitor linking to another is
 * not a prospect, nor are you). Authority is the highest any list gives the domain.
 */
export function gapCandidates(you: GapTargetList, competitors: readonly GapTargetList[]) {
  const excluded = new Set([you, ...competitors].map((t) => hostKey(t.target)));
  for (const row of you.rows) excluded.add(hostKey(row.domain));
  const byDomain = new Map<string, GapCandidate>();
  for (const list of competitors) {
    for (const row of list.rows) {
      const key = hostKey(row.domain);
      if (excluded.has(key)) continue;
      let candidate = byDomain.get(key);
      if (!candidate) {
        candidate = { domain: key, authority: null, links: [] };
        byDomain.set(key, candidate);
      }
      if (row.authority !== null && (candidate.authority ?? -1) < row.authority) {
        candidate.authority = row.authority;
      }
      // A list may name a host twice (www. and bare): the competitor's links are summed.
      const same = candidate.links.find((l) => l.competitor === list.target);
      if (same) {
        same.backlinks += row.backlinks;
        same.dofollowBacklinks += row.dofollowBacklinks;
        same.examples.push(...row.examples);
      } else {
        candidate.links.push({
          competitor: list.target,
          backlinks: row.backlinks,
          dofollowBacklinks: row.dofollowBacklinks,
          examples: [...row.examples],
        });
      }
    }
  }
  return [...byDomain.values()];
}

const endsWithLabel = (host: string, suffix: string) =>
  host === suffix || host.endsWith(`.${suffix}`);

/**
 * The filters over the candidates, most competitors first, then highest authority, then by name.
 * A candidate with no link left (dofollow only) or fewer than k competitors is dropped.
 */
export function filterGap(candidates: readonly GapCandidate[], filters: GapFilters): GapRow[] {
  const tlds = filters.excludeTlds.map((t) => t.toLowerCase().replace(/^\./, ""));
  const hosts = filters.excludeDomains.map(hostKey);
  const rows: GapRow[] = [];
  for (const c of candidates) {
    if (tlds.some((t) => endsWithLabel(c.domain, t))) continue;
    if (hosts.some((h) => endsWithLabel(c.domain, h))) continue;
    if (filters.minAuthority > 0 && (c.authority ?? -1) < filters.minAuthority) continue;
    const links = filters.dofollowOnly ? c.links.filter((l) => l.dofollowBacklinks > 0) : c.links;
    if (links.length === 0 || links.length < filters.minCompetitors) continue;
    const backlinks = links.reduce((sum, l) => sum + l.backlinks, 0);
    const dofollowBacklinks = links.reduce((sum, l) => sum + l.dofollowBacklinks, 0);
    rows.push({
      domain: c.domain,
      authority: c.authority,
      competitors: links.map((l) => l.competitor),
      backlinks,
      dofollowBacklinks,
      dofollowShare: backlinks > 0 ? dofollowBacklinks / backlinks : 0,
      examples: links
        .flatMap((l) => l.examples.map((url) => ({ competitor: l.competitor, url })))
        .slice(0, MAX_EXAMPLES),
    });
  }
  return rows.sort(
    (a, b) =>
      b.competitors.length - a.competitors.length ||
      (b.authority ?? -1) - (a.authority ?? -1) ||
      (a.domain < b.domain ? -1 : a.domain > b.domain ? 1 : 0),
  );
}

/** The intersection and the filters in one call (tests, the bench, the e2e's expected rows). */
export function backlinkGap(
  you: GapTargetList,
  competitors: readonly GapTargetList[],
  filters: GapFilters = DEFAULT_GAP_FILTERS,
): GapRow[] {
  return filterGap(gapCandidates(you, competitors), filters);
}

/** "found by gap vs. x, y": the origin a prospect keeps. */
export function gapOrigin(competitors: readonly string[]): string {
  return `found by gap vs. ${competitors.join(", ")}`;
}
