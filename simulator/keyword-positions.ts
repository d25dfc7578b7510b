// Keyword positions: deterministic per (domain, keyword, engine, location, date) and drifting
// like a random walk, so a chart of daily checks looks real and day N+1 stays near day N.

import { normalizeDomain } from "./domain-name";
import { clamp, hashString, mixSeed, mulberry32, unit } from "./prng";

export const SEARCH_ENGINES = ["google", "bing", "yahoo"] as const;
export type SearchEngine = (typeof SEARCH_ENGINES)[number];
export const DEFAULT_LOCATION = "United States";
/** Domains that rank for nothing, whatever the keyword (see README). */
const NEVER_RANKING_DOMAINS = new Set(["empty-example.com"]);
/** Keywords containing this word never rank, so demos and e2e tests have a known "null". */
export const UNRANKED_MARKER = "unranked";

export interface PositionInput {
  domain: string;
  keyword: string;
  searchEngine: SearchEngine;
  location?: string;
  /** Simulated day, YYYY-MM-DD. */
  date: string;
}

export interface KeywordPosition {
  /** 1..100, or null when not in the top 100 (never ranked, or drifted out). */
  position: number | null;
  url: string | null;
}

const BLOCK_DAYS = 16;
const ANCHOR_SPREAD = 16;

export function dayNumber(isoDate: string): number {
  const [y, m, d] = isoDate.split("-").map(Number);
  return Math.floor(Date.UTC(y!, (m ?? 1) - 1, d ?? 1) / 86_400_000);
}

/** -1, 0 or +1: one day's move of the walk. */
function step(seed: number, day: number): number {
  return (mixSeed(seed ^ 0x5bd1e995, day) % 3) - 1;
}

function anchor(seed: number, block: number): number {
  return (unit(mixSeed(seed, block)) - 0.5) * ANCHOR_SPREAD;
}

/**
 * A random walk evaluated in O(BLOCK_DAYS) for any day, without replaying history: coarse
 * anchors every 16 days keep it mean-reverting and bounded, and a Brownian bridge of daily
 * +/-1 steps between two anchors gives the day-to-day jitter. Consecutive days differ by <= 3.
 */
export function walkOffset(seed: number, day: number): number {
  const block = Math.floor(day / BLOCK_DAYS);
  const into = day - block * BLOCK_DAYS;
  let partial = 0;
  let whole = 0;
  for (let i = 0; i < BLOCK_DAYS; i++) {
    const s = step(seed, block * BLOCK_DAYS + i);
    if (i < into) partial += s;
    whole += s;
  }
  const t = into / BLOCK_DAYS;
  return anchor(seed, block) * (1 - t) + anchor(seed, block + 1) * t + partial - t * whole;
}

function normalizeText(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, " ");
}

function slugOf(keyword: string): string {
  return (
    normalizeText(keyword)
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "page"
  );
}

export function positionFor(input: PositionInput): KeywordPosition {
  const domain = normalizeDomain(input.domain);
  const keyword = normalizeText(input.keyword);
  if (NEVER_RANKING_DOMAINS.has(domain) || keyword.includes(UNRANKED_MARKER)) {
    return { position: null, url: null };
  }
  // Relevance of the domain for the keyword is shared by all engines and locations...
  const pairSeed = hashString(`${domain}\u0000${keyword}`);
  const rng = mulberry32(pairSeed);
  if (rng() < 0.2) return { position: null, url: null }; // ~20% never rank anywhere
  const base = 1 + Math.floor(rng() ** 1.6 * 125);
  const usesHomepage = rng() < 0.25;
  // ...while each engine/location shifts it a little and walks on its own.
  const location = normalizeText(input.location ?? DEFAULT_LOCATION);
  const variantSeed = hashString(`${input.searchEngine}\u0000${location}`, pairSeed);
  const shift = Math.round((unit(variantSeed) - 0.5) * 12);
  const raw = Math.round(base + shift + walkOffset(variantSeed, dayNumber(input.date)));
  const position = clamp(raw, 1, 1000);
  if (position > 100) return { position: null, url: null };
  return {
    position,
    url: usesHomepage ? `https://${domain}/` : `https://${domain}/${slugOf(keyword)}/`,
  };
}

/** Monthly search volume: per keyword and location, independent of domain, engine and date. */
export function volumeFor(keyword: string, location: string = DEFAULT_LOCATION): number {
  const h = hashString(`${normalizeText(keyword)}\u0000${normalizeText(location)}`, 0x701);
  const raw = 10 * 10_000 ** unit(h); // log-uniform 10 .. 100,000
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(raw)) - 1);
  return Math.round(raw / magnitude) * magnitude; // two significant figures, like real tools
}
