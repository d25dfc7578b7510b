// Backlink rows of a domain, dialect-neutral. A list is stored as a few typed arrays (the sort
// keys) plus lazily-built sort orders; the text fields of a row are re-derived from its seed only
// for the rows actually served. ~100 KB per cached domain instead of megabytes of objects.

import { BASE_DAY, churnPlan, liveIds, profileDay } from "./backlink-churn";
import { brandOf } from "./domain-name";
import { domainSeed, profileFor } from "./domain-profile";
import { LruCache } from "./lru";
import type { DomainProfile } from "./named-domains";
import { clamp, mixSeed, mulberry32, pick, unit } from "./prng";
import * as words from "./words";

export type BacklinkSortKey = "trust_flow" | "citation_flow" | "first_seen";

export interface BacklinkRow {
  /** Generation index: the stable tiebreak of every sort order. */
  index: number;
  sourceUrl: string;
  targetUrl: string;
  anchorText: string;
  trustFlow: number;
  citationFlow: number;
  nofollow: boolean;
  firstSeen: string;
  lastSeen: string;
}

/** The base snapshot's day: the list as published; later days add churn (backlink-churn.ts). */
const EPOCH_MS = Date.UTC(2018, 0, 1);
const SNAPSHOT_DAY = BASE_DAY;
const ROW_SALT = 0x0b1a;
const SOURCE_SALT = 0x50c3;
const TEXT_SALT = 0x7e47;
/**
 * A prime that divides no list length (every N ≤ MAX_LIST_ROWS = 20,000 except 7919 and 15,838,
 * which no named or generated profile has), so i -> (i * P) mod N is a permutation.
 */
const SPREAD_PRIME = 7919;

interface RowCore {
  sourceIndex: number;
  trustFlow: number;
  citationFlow: number;
  nofollow: boolean;
  firstSeenDay: number;
  lastSeenDay: number;
}

/** Numeric part of row i. Shared by the index builder and row materialisation so they agree. */
function rowCore(seed: number, profile: DomainProfile, i: number, domain: string): RowCore {
  if (i >= profile.totalBacklinks) return bornRowCore(seed, profile, i, domain);
  const rng = mulberry32(mixSeed(seed ^ ROW_SALT, i));
  const n = profile.totalBacklinks;
  const r = profile.referringDomains;
  // The first R rows each introduce a new referring domain, so distinct sources == R exactly.
  const sourceIndex = i < r ? i : Math.floor(rng() * r);
  const quality = unit(mixSeed(seed ^ SOURCE_SALT, sourceIndex));
  const spammy = profile.kind === "spammy";
  const maxTf = spammy ? 15 : Math.min(100, profile.trustFlow * 1.6 + 10);
  const trustFlow = clamp(Math.round(quality ** 1.5 * maxTf + (rng() - 0.5) * 4), 0, 100);
  const cfBoost = spammy ? 10 + rng() * 40 : rng() * 25 - 3;
  const citationFlow = clamp(Math.round(trustFlow + cfBoost), 0, 100);
  // A permutation of indices spreads the exact nofollow count over the list.
  const nofollow = (i * SPREAD_PRIME + (seed % n)) % n < profile.nofollowBacklinks;
  const firstSeenDay = Math.floor(rng() * (SNAPSHOT_DAY - 30));
  const recent = rng() < 0.7;
  const lastSeenDay = recent
    ? SNAPSHOT_DAY - Math.floor(rng() * 30)
    : firstSeenDay + Math.floor(rng() * (SNAPSHOT_DAY - firstSeenDay));
  return { sourceIndex, trustFlow, citationFlow, nofollow, firstSeenDay, lastSeenDay };
}

/** A link found after the base day: seen first and last on the day it was found. */
function bornRowCore(seed: number, profile: DomainProfile, i: number, domain: string): RowCore {
  const plan = churnPlan(domain);
  const rng = mulberry32(mixSeed(seed ^ ROW_SALT, i));
  const sourceIndex = plan.bornSource(i)!;
  const quality = unit(mixSeed(seed ^ SOURCE_SALT, sourceIndex));
  const spammy = profile.kind === "spammy";
  const maxTf = spammy ? 15 : Math.min(100, profile.trustFlow * 1.6 + 10);
  const trustFlow = clamp(Math.round(quality ** 1.5 * maxTf + (rng() - 0.5) * 4), 0, 100);
  const cfBoost = spammy ? 10 + rng() * 40 : rng() * 25 - 3;
  const citationFlow = clamp(Math.round(trustFlow + cfBoost), 0, 100);
  const n = Math.max(1, profile.totalBacklinks);
  const nofollow = rng() < profile.nofollowBacklinks / n;
  const day = plan.birthDay(i);
  return { sourceIndex, trustFlow, citationFlow, nofollow, firstSeenDay: day, lastSeenDay: day };
}

/** Date formatting dominated row materialisation; ~3,200 strings are cheaper precomputed. */
const ISO_DAYS: string[] = Array.from({ length: SNAPSHOT_DAY + 1 }, (_, day) =>
  new Date(EPOCH_MS + day * 86_400_000).toISOString().slice(0, 10),
);

function dayToIso(day: number): string {
  return ISO_DAYS[day] ?? new Date(EPOCH_MS + day * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Unique per source index, so distinct source hosts == referring_domains exactly: the index
 * picks a prefix/noun pair through a permutation of the 400 pairs, and every further 400
 * sources get a numeric suffix. The TLD is free (it never decides uniqueness).
 */
function sourceDomainName(seed: number, sourceIndex: number): string {
  const pairs = words.NAME_PREFIXES.length * words.NAME_NOUNS.length;
  const pair = ((sourceIndex % pairs) * SPREAD_PRIME + (seed % pairs)) % pairs;
  const prefix = words.NAME_PREFIXES[pair % words.NAME_PREFIXES.length];
  const noun = words.NAME_NOUNS[Math.floor(pair / words.NAME_PREFIXES.length)];
  const round = Math.floor(sourceIndex / pairs);
  const tld = pick(mulberry32(mixSeed(seed ^ SOURCE_SALT ^ TEXT_SALT, sourceIndex)), words.TLDS);
  return `${prefix}${noun}${round === 0 ? "" : round}.${tld}`;
}

function materializeRow(
  domain: string,
  seed: number,
  profile: DomainProfile,
  i: number,
): BacklinkRow {
  const core = rowCore(seed, profile, i, domain);
  const rng = mulberry32(mixSeed(seed ^ TEXT_SALT, i));
  const source = sourceDomainName(seed, core.sourceIndex);
  const slug = `${pick(rng, words.TOPIC_WORDS)}-${pick(rng, words.TOPIC_WORDS)}-${i + 1}`;
  const anchorRoll = rng();
  let anchorText: string;
  if (profile.kind === "spammy" && anchorRoll < 0.5) anchorText = pick(rng, words.SPAM_ANCHORS);
  else if (anchorRoll < 0.3) anchorText = brandOf(domain);
  else if (anchorRoll < 0.45) anchorText = `https://${domain}/`;
  else if (anchorRoll < 0.7) anchorText = pick(rng, words.GENERIC_ANCHORS);
  else anchorText = `${pick(rng, words.TOPIC_WORDS)} ${pick(rng, words.TOPIC_WORDS)}`;
  return {
    index: i,
    sourceUrl: `https://${source}/${pick(rng, words.SECTIONS)}/${slug}`,
    targetUrl: `https://${domain}/${pick(rng, words.TARGET_PAGES)}`,
    anchorText,
    trustFlow: core.trustFlow,
    citationFlow: core.citationFlow,
    nofollow: core.nofollow,
    firstSeen: dayToIso(core.firstSeenDay),
    lastSeen: dayToIso(core.lastSeenDay),
  };
}

interface BacklinkIndex {
  domain: string;
  seed: number;
  profile: DomainProfile;
  /** Generation index of each live link, by position; the keys below are by position too. */
  ids: Uint32Array;
  keys: Record<BacklinkSortKey, Uint16Array>;
  nofollow: Uint8Array;
  orders: Map<string, Uint16Array>;
  counts: ProfileCounts;
}

/** What a summary counts, for the list live on one day. */
export interface ProfileCounts {
  total: number;
  nofollow: number;
  referringDomains: number;
}

/**
 * A list of `rows` rows instead of the summary's count (a test's list-length override,
 * list-lengths.ts): the same generator over a longer or shorter list, nofollow share kept.
 */
function listProfile(domain: string, rows: number | undefined): DomainProfile {
  const profile = profileFor(domain);
  if (rows === undefined || rows === profile.totalBacklinks) return profile;
  const share = profile.totalBacklinks > 0 ? profile.nofollowBacklinks / profile.totalBacklinks : 0;
  const nofollowBacklinks = Math.round(rows * share);
  return {
    ...profile,
    totalBacklinks: rows,
    nofollowBacklinks,
    dofollowBacklinks: rows - nofollowBacklinks,
  };
}

/**
 * The list live on `day`. A list-length override is a fixed list of that many rows (no churn:
 * a test that sets one is about paging, not about time).
 */
function buildIndex(domain: string, day: number, rows: number | undefined): BacklinkIndex {
  const profile = listProfile(domain, rows);
  const seed = domainSeed(domain);
  const ids =
    rows === undefined
      ? liveIds(domain, day)
      : Uint32Array.from({ length: profile.totalBacklinks }, (_, i) => i);
  const n = ids.length;
  const keys = {
    trust_flow: new Uint16Array(n),
    citation_flow: new Uint16Array(n),
    first_seen: new Uint16Array(n),
  };
  const nofollow = new Uint8Array(n);
  const sources = new Set<number>();
  let nofollowCount = 0;
  for (let p = 0; p < n; p++) {
    const core = rowCore(seed, profile, ids[p]!, domain);
    keys.trust_flow[p] = core.trustFlow;
    keys.citation_flow[p] = core.citationFlow;
    keys.first_seen[p] = core.firstSeenDay;
    nofollow[p] = core.nofollow ? 1 : 0;
    nofollowCount += nofollow[p]!;
    sources.add(core.sourceIndex);
  }
  const counts = { total: n, nofollow: nofollowCount, referringDomains: sources.size };
  return { domain, seed, profile, ids, keys, nofollow, orders: new Map(), counts };
}

/**
 * Counting sort, descending by key; equal keys keep ascending generation index (the stable
 * tiebreak), because indices are placed in increasing order. O(n + maxKey), no comparator calls.
 */
function sortDescending(keys: Uint16Array, skip: Uint8Array | null): Uint16Array {
  let maxKey = 0;
  for (const k of keys) if (k > maxKey) maxKey = k;
  const counts = new Uint32Array(maxKey + 1);
  let kept = 0;
  for (let i = 0; i < keys.length; i++) {
    if (skip?.[i]) continue;
    counts[keys[i]!]!++;
    kept++;
  }
  const next = new Uint32Array(maxKey + 1);
  let position = 0;
  for (let k = maxKey; k >= 0; k--) {
    next[k] = position;
    position += counts[k]!;
  }
  const out = new Uint16Array(kept);
  for (let i = 0; i < keys.length; i++) {
    if (skip?.[i]) continue;
    out[next[keys[i]!]!++] = i;
  }
  return out;
}

const indexCache = new LruCache<string, BacklinkIndex>(512);

function indexFor(domain: string, date?: string | null, rows?: number): BacklinkIndex {
  const day = profileDay(date);
  const key = rows === undefined ? `${domain}@${day}` : `${domain}#${rows}`;
  return indexCache.getOrCreate(key, () => buildIndex(domain, day, rows));
}

/** The counts of the list live on `date` (null or a day up to the base: the base list's). */
export function profileCountsAt(domain: string, date: string | null): ProfileCounts {
  return indexFor(domain, date).counts;
}

/** Rows by generation index (the history endpoints name links this way). */
export function backlinkRowsByIds(domain: string, ids: readonly number[]): BacklinkRow[] {
  const profile = profileFor(domain);
  const seed = domainSeed(domain);
  return ids.map((i) => materializeRow(domain, seed, profile, i));
}

/** A link's referring-domain index (distinct hosts == distinct indices). */
export function sourceIndexOf(domain: string, i: number): number {
  return rowCore(domainSeed(domain), profileFor(domain), i, domain).sourceIndex;
}

export interface BacklinkQuery {
  sortBy: BacklinkSortKey;
  dofollowOnly: boolean;
  offset: number;
  limit: number;
  /** The list's length when a test made it differ from the summary (list-lengths.ts). */
  rows?: number;
  /** The day the list is served at (the pinned simulator clock); absent = the base snapshot. */
  date?: string | null;
}

/** One page of a domain's list: the dofollow filter applies before paging; total is post-filter. */
export function backlinkRowsPage(
  domain: string,
  query: BacklinkQuery,
): { rows: BacklinkRow[]; total: number } {
  const index = indexFor(domain, query.date, query.rows);
  const orderKey = `${query.sortBy}:${query.dofollowOnly ? 1 : 0}`;
  let order = index.orders.get(orderKey);
  if (!order) {
    order = sortDescending(index.keys[query.sortBy], query.dofollowOnly ? index.nofollow : null);
    index.orders.set(orderKey, order);
  }
  const rows: BacklinkRow[] = [];
  const end = Math.min(order.length, query.offset + query.limit);
  for (let p = query.offset; p < end; p++) {
    rows.push(materializeRow(domain, index.seed, index.profile, index.ids[order[p]!]!));
  }
  return { rows, total: order.length };
}

/** The whole list in generation order (tests and tooling; the server pages through indexFor). */
export function allBacklinkRows(domain: string): BacklinkRow[] {
  const profile = profileFor(domain);
  const seed = domainSeed(domain);
  const rows: BacklinkRow[] = [];
  for (let i = 0; i < profile.totalBacklinks; i++)
    rows.push(materializeRow(domain, seed, profile, i));
  return rows;
}
