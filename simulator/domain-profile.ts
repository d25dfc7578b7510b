// The per-domain summary numbers, derived in O(1) from a hash of the domain: no list needs to be
// generated to answer a summary or a metrics call, which keeps those endpoints cheap.

import {
  type DomainProfile,
  EMPTY_PROFILE,
  NAMED_DOMAINS,
  type ProfileKind,
} from "./named-domains";
import { clamp, hashString, mulberry32, type Rng } from "./prng";

/**
 * Every backlinks list is capped at this many rows, and summaries never report more, so that
 * summary totals, list totals and paging always agree. Real giants simply top out here.
 */
export const MAX_LIST_ROWS = 20_000;
/** Generated (unnamed) domains stay under this; only named giant-example.com reaches the cap. */
const RANDOM_MAX_ROWS = 5000;

/** Salt so the profile stream never coincides with the row or keyword streams of a domain. */
const PROFILE_SALT = 0x51a7e;

export function domainSeed(normalizedDomain: string): number {
  return hashString(normalizedDomain);
}

/** Profile of an already-normalised domain: a named one if listed, else a seeded random one. */
export function profileFor(normalizedDomain: string): DomainProfile {
  return (
    NAMED_DOMAINS[normalizedDomain] ?? randomProfile(hashString(normalizedDomain, PROFILE_SALT))
  );
}

function rollKind(roll: number): ProfileKind | null {
  if (roll < 0.04) return null; // ~4% of random domains have no backlinks at all
  if (roll < 0.16) return "spammy";
  if (roll < 0.26) return "authority";
  return "normal";
}

/** Log-uniform totals: most domains land in the hundreds to low thousands. */
const TOTAL_RANGE: Record<ProfileKind, [number, number]> = {
  empty: [0, 0],
  spammy: [400, 4000],
  normal: [120, 3500],
  authority: [1500, RANDOM_MAX_ROWS],
};

function randomProfile(seed: number): DomainProfile {
  const rng = mulberry32(seed);
  const kind = rollKind(rng());
  if (kind === null) return EMPTY_PROFILE;

  const [lo, hi] = TOTAL_RANGE[kind];
  const total = clamp(Math.round(lo * (hi / lo) ** rng()), 1, RANDOM_MAX_ROWS);
  const nofollowShare = kind === "spammy" ? 0.03 + 0.1 * rng() : 0.08 + 0.25 * rng();
  const nofollow = Math.round(total * nofollowShare);
  const linksPerDomain = kind === "spammy" ? 2 + 4 * rng() : 3 + 9 * rng();
  const referringDomains = clamp(Math.round(total / linksPerDomain), 1, total);
  // Link farms share hosting, so spammy profiles have few distinct IPs per referring domain.
  const ipShare = kind === "spammy" ? 0.2 + 0.3 * rng() : 0.6 + 0.35 * rng();
  const referringIps = clamp(Math.round(referringDomains * ipShare), 1, referringDomains);
  const { trustFlow, citationFlow } = flows(kind, rng);
  const trustScore = 0.5 * trustFlow + 0.3 * citationFlow + 6 * Math.log10(referringDomains + 1);

  return {
    kind,
    totalBacklinks: total,
    dofollowBacklinks: total - nofollow,
    nofollowBacklinks: nofollow,
    referringDomains,
    referringIps,
    trustFlow,
    citationFlow,
    domainTrustScore: clamp(Math.round(trustScore + (rng() - 0.5) * 6), 0, 100),
  };
}

/**
 * TF <= CF for most domains (quality rarely beats volume); spammy ones keep TF/CF < 0.5, the
 * spec's red flag. Authority domains may have TF slightly above CF, as real ones sometimes do.
 */
function flows(kind: ProfileKind, rng: Rng): { trustFlow: number; citationFlow: number } {
  if (kind === "spammy") {
    const citationFlow = 30 + Math.round(30 * rng());
    return { citationFlow, trustFlow: Math.round(citationFlow * (0.08 + 0.35 * rng())) };
  }
  if (kind === "authority") {
    const citationFlow = 50 + Math.round(35 * rng());
    return {
      citationFlow,
      trustFlow: Math.min(100, Math.round(citationFlow * (0.8 + 0.28 * rng()))),
    };
  }
  const citationFlow = 8 + Math.round(45 * rng());
  return { citationFlow, trustFlow: Math.round(citationFlow * (0.55 + 0.5 * rng())) };
}
