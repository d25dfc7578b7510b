// How a domain's backlink profile changes after the base snapshot (2026-11-01, the day the
// published figures are computed at): every link of the base list is lost on a day of its own
// (a few percent a week), and each week brings a batch of new links, some from new referring
// domains. Pure and deterministic per domain; the list at a day is the base list minus the links
// lost by then plus the links found by then. On or before the base day nothing has changed, so
// every figure computed at the base (summaryFor, backlinksFor, ...) is the list at that day.

import { domainSeed, MAX_LIST_ROWS, profileFor } from "./domain-profile";
import { LruCache } from "./lru";
import { mixSeed, unit } from "./prng";

const EPOCH_MS = Date.UTC(2018, 0, 1);
const DAY_MS = 86_400_000;
/** Days since 2018-01-01 of the base snapshot. */
export const BASE_DAY = Math.round((Date.UTC(2026, 10, 1) - EPOCH_MS) / DAY_MS);
export const CHURN_BASE_DATE = "2026-11-01";
/** Share of the live links lost per week, and of the base list's size found anew per week. */
const WEEKLY_LOSS = 0.03;
const WEEKLY_GAIN = 0.03;
/** Share of new links that come from a domain that never linked before. */
const NEW_DOMAIN_SHARE = 0.25;
const LOSS_SALT = 0x10a7;
const BIRTH_SALT = 0xb1a7;

export function dayOf(date: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - EPOCH_MS) / DAY_MS);
}

export function isoOfDay(day: number): string {
  return new Date(EPOCH_MS + day * DAY_MS).toISOString().slice(0, 10);
}

/** The day a profile is served at: null (the unpinned simulator) and days up to the base = base. */
export function profileDay(date: string | null | undefined): number {
  if (!date) return BASE_DAY;
  return Math.max(BASE_DAY, dayOf(date));
}

/** Days until a link is lost: geometric with the weekly rate, at least 1. */
function lifetime(seed: number, i: number): number {
  const u = 1 - unit(mixSeed(seed ^ LOSS_SALT, i)); // (0, 1]
  const perDay = 1 - (1 - WEEKLY_LOSS) ** (1 / 7);
  return 1 + Math.floor(Math.log(u) / Math.log(1 - perDay));
}

export interface ChurnPlan {
  /** Links in the base list (generation indices 0..n-1). */
  n: number;
  seed: number;
  /** Day each link is lost (generation index → day; beyond the base list, born links). */
  lossDay(i: number): number;
  /** Day a born link (i >= n) is found; the base day for base links. */
  birthDay(i: number): number;
  /** Highest generation index born on or before `day`, plus one. */
  bornUntil(day: number): number;
  /** Referring-domain index of a born link: an existing one, or a new one past the base's. */
  bornSource(i: number): number | null;
}

interface Births {
  /** births[k] = first generation index born in week k+1 (k = 0, 1, ...); cumulative. */
  starts: number[];
  days: Uint32Array[];
}

function buildPlan(domain: string): ChurnPlan {
  const profile = profileFor(domain);
  const seed = domainSeed(domain);
  const n = profile.totalBacklinks;
  const births: Births = { starts: [n], days: [] };
  const weekOfIndex = (i: number) => {
    let k = 0;
    while (births.starts[k + 1] !== undefined && births.starts[k + 1]! <= i) k++;
    return k;
  };
  /** Generates weeks until week `week` (1-based) is known. */
  const extend = (week: number) => {
    while (births.days.length < week) {
      const k = births.days.length; // 0-based week index
      const spread = 0.5 + unit(mixSeed(seed ^ BIRTH_SALT, k));
      const count = Math.round(Math.min(n, MAX_LIST_ROWS) * WEEKLY_GAIN * spread);
      const days = new Uint32Array(count);
      const start = births.starts[k]!;
      for (let j = 0; j < count; j++) {
        days[j] =
          BASE_DAY + 7 * k + 1 + Math.floor(unit(mixSeed(seed ^ BIRTH_SALT, start + j)) * 7);
      }
      births.days.push(days);
      births.starts.push(start + count);
    }
  };
  const birthDay = (i: number) => {
    if (i < n) return BASE_DAY;
    extend(weekOfIndex(i) + 1);
    const k = weekOfIndex(i);
    return births.days[k]![i - births.starts[k]!]!;
  };
  return {
    n,
    seed,
    lossDay: (i) => birthDay(i) + lifetime(seed, i),
    birthDay,
    bornUntil(day) {
      const weeks = Math.max(0, Math.ceil((day - BASE_DAY) / 7));
      extend(weeks);
      return births.starts[weeks]!;
    },
    bornSource(i) {
      if (i < n) return null;
      const roll = unit(mixSeed(seed ^ BIRTH_SALT ^ LOSS_SALT, i));
      if (roll < NEW_DOMAIN_SHARE || profile.referringDomains === 0) {
        return profile.referringDomains + (i - n);
      }
      return Math.floor(
        ((roll - NEW_DOMAIN_SHARE) / (1 - NEW_DOMAIN_SHARE)) * profile.referringDomains,
      );
    },
  };
}

const plans = new LruCache<string, ChurnPlan>(512);

export function churnPlan(domain: string): ChurnPlan {
  return plans.getOrCreate(domain, () => buildPlan(domain));
}

/**
 * Generation indices of the links live on `day`, ascending. Capped at MAX_LIST_ROWS (the
 * newest found are the ones left out), as the list and its summary never exceed the cap.
 */
export function liveIds(domain: string, day: number): Uint32Array {
  const plan = churnPlan(domain);
  if (day <= BASE_DAY) return Uint32Array.from({ length: plan.n }, (_, i) => i);
  const end = plan.bornUntil(day);
  const out: number[] = [];
  for (let i = 0; i < end && out.length < MAX_LIST_ROWS; i++) {
    if (plan.birthDay(i) <= day && plan.lossDay(i) > day) out.push(i);
  }
  return Uint32Array.from(out);
}
