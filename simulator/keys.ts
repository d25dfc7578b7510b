// API keys and their credit balances. Keys only ever leave this module as a short hash (keyId),
// so logs and control responses can identify a key without disclosing it.

import { createHash } from "node:crypto";
import { LruCache } from "./lru";

/** Valid for the provider contract (provider-v3) only, as it always was. */
export const DEMO_KEY = "demo-sk-4f9a2c7e1b6d8053a9e4c2f7b1d6e8a0";
/** A key from seranking.com: only the public Data API (data-v1, /v1/...) accepts it. */
export const DATA_API_DEMO_KEY = "data-sk-8c1e5a7f3b9d2064e1a7c5f9b3d8e2a4";
/** A Data API key of a trial account: held to 1 request/s (SE Ranking's rate-limit page). */
export const DATA_API_TRIAL_KEY = "data-trial-sk-3e7b1c9a5f2d8064b1e7c3a9f5d2b806";
/** The Data API's documented rate for trial accounts. */
export const TRIAL_RATE_LIMIT = 1;

/**
 * A key for both the Data API and the Project API (rank tracker): 40 hex characters, the shape of
 * the documented Project key. The FAQ says one key serves both APIs through the gateway while
 * the api4 banner says the keys differ; the simulator models keys of either kind (seranking-project-api.md §1).
 */
export const PROJECT_API_DEMO_KEY = "3f9c2a7e1b5d8064c9a3e7f1b2d6a8c4e0f5b7d9";
/**
 * A Business-plan key without Data API credits: only the Project API (rank tracker) accepts it.
 * The Data API knows it but answers 403 "Subscription required", the provider contract 401.
 */
export const PROJECT_ONLY_DEMO_KEY = "a81d5c3f7e2b9064d1c8a5f3e7b2d9c6a4f0e8b1";

export const DIALECT_NAMES = ["provider-v3", "data-v1", "project-api"] as const;
export type DialectName = (typeof DIALECT_NAMES)[number];
/** A key added without `dialects` works where keys always worked: the provider contract. */
export const DEFAULT_KEY_DIALECTS: readonly DialectName[] = ["provider-v3"];
export const DEFAULT_CREDITS = 10_000_000;

export type OutOfCreditsStatus = 402 | 403;

/** The Data API's subscription states (seranking-data-api-v1.md, "Checking a key"). */
export const SUBSCRIPTION_STATUSES = ["active", "inactive", "expired", "disabled"] as const;
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];

export interface KeyInput {
  key: string;
  credits?: number;
  email?: string;
  firstName?: string;
  /** Overrides the global 402/403 choice for this key. */
  outOfCreditsStatus?: OutOfCreditsStatus;
  /** Overrides the global per-second limit for this key (0 = unlimited). */
  rateLimit?: number;
  /** Wire contracts that accept the key; others answer 401. Default DEFAULT_KEY_DIALECTS. */
  dialects?: readonly DialectName[];
  /** What the Data API's /v1/account/subscription reports for the key (default active). */
  subscriptionStatus?: SubscriptionStatus;
  /** A trial account: Data API calls held to 1/s; its subscription says `type: "trial"`. */
  trial?: boolean;
  /** Project API plan limits: projects (sites) and keywords over all of them. */
  siteLimit?: number;
  keywordLimit?: number;
}

export interface KeyAccount {
  readonly keyId: string;
  credits: number;
  creditsLimit: number;
  email: string;
  firstName: string;
  outOfCreditsStatus?: OutOfCreditsStatus;
  rateLimit?: number;
  dialects: readonly DialectName[];
  subscriptionStatus: SubscriptionStatus;
  trial: boolean;
  siteLimit: number;
  keywordLimit: number;
}

export const DEFAULT_SITE_LIMIT = 10;
export const DEFAULT_KEYWORD_LIMIT = 1000;

const keyIds = new LruCache<string, string>(4096);

/** First 12 hex chars of SHA-256: stable, short, and useless for recovering the key. */
export function keyIdFor(key: string): string {
  return keyIds.getOrCreate(key, () => createHash("sha256").update(key).digest("hex").slice(0, 12));
}

/** "keyA:5000,keyB" -> [{key: "keyA", credits: 5000}, {key: "keyB"}] (SIM_KEYS / --keys). */
export function parseKeysSpec(spec: string): KeyInput[] {
  return spec
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [key, credits] = part.split(":");
      if (!key) throw new Error(`Invalid key entry "${part}"`);
      if (credits === undefined) return { key };
      const value = Number(credits);
      if (!Number.isInteger(value) || value < 0) throw new Error(`Invalid credits in "${part}"`);
      return { key, credits: value };
    });
}

/** The header must be exactly "Token <key>"; anything else (Bearer, token, no space) is refused. */
export function parseAuthorization(
  header: string | undefined,
): { scheme: string; key: string } | null {
  if (!header) return null;
  const space = header.indexOf(" ");
  if (space < 0) return { scheme: header, key: "" };
  return { scheme: header.slice(0, space), key: header.slice(space + 1) };
}

export class KeyStore {
  private readonly accounts = new Map<string, KeyAccount>();

  constructor(inputs: readonly KeyInput[]) {
    for (const input of inputs) this.set(input);
  }

  get(key: string): KeyAccount | undefined {
    return this.accounts.get(key);
  }

  /** Adds a key or updates it; fields left out keep their current value. */
  set(input: KeyInput): KeyAccount {
    const existing = this.accounts.get(input.key);
    const credits = input.credits ?? existing?.credits ?? DEFAULT_CREDITS;
    const keyId = keyIdFor(input.key);
    const account: KeyAccount = {
      keyId,
      credits,
      creditsLimit: Math.max(credits, input.credits ?? existing?.creditsLimit ?? DEFAULT_CREDITS),
      email: input.email ?? existing?.email ?? `user-${keyId}@simulator.example`,
      firstName: input.firstName ?? existing?.firstName ?? "Demo",
      outOfCreditsStatus: input.outOfCreditsStatus ?? existing?.outOfCreditsStatus,
      rateLimit: input.rateLimit ?? existing?.rateLimit,
      dialects: input.dialects ?? existing?.dialects ?? DEFAULT_KEY_DIALECTS,
      subscriptionStatus: input.subscriptionStatus ?? existing?.subscriptionStatus ?? "active",
      trial: input.trial ?? existing?.trial ?? false,
      siteLimit: input.siteLimit ?? existing?.siteLimit ?? DEFAULT_SITE_LIMIT,
      keywordLimit: input.keywordLimit ?? existing?.keywordLimit ?? DEFAULT_KEYWORD_LIMIT,
    };
    this.accounts.set(input.key, account);
    return account;
  }

  /** Revokes a key: later calls with it get 401. */
  remove(key: string): boolean {
    return this.accounts.delete(key);
  }

  /** Every known key in plain text: only for redacting them out of the request log. */
  secrets(): string[] {
    return [...this.accounts.keys()];
  }

  /** Safe to expose over the control API. */
  list(): KeyAccount[] {
    return [...this.accounts.values()].map((account) => ({ ...account }));
  }
}
