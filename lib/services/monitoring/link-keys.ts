// How a snapshot names a link and its referring domain, so two snapshots diff by key.
import { createHash } from "node:crypto";
import type { BacklinkRow } from "@/lib/seranking/types";

/** 16 base64url characters of SHA-256(source URL, target URL): 96 bits, compact to store. */
export function linkKey(sourceUrl: string, targetUrl: string): string {
  return createHash("sha256").update(`${sourceUrl}\n${targetUrl}`).digest("base64url").slice(0, 16);
}

/** The referring domain of a link: its source host, lower-case, without `www.`. */
export function refdomainOf(sourceUrl: string): string {
  try {
    return new URL(sourceUrl).hostname.toLowerCase().replace(/^www\./, "");
  } catch {
    return sourceUrl.toLowerCase();
  }
}

/** The authority a lost link is judged by: Domain Trust (data-v1) or Trust Flow (provider-v3). */
export function authorityOf(
  row: Pick<BacklinkRow, "domainInlinkRank" | "trustFlow">,
): number | null {
  return row.domainInlinkRank ?? row.trustFlow ?? null;
}

/** A lost dofollow link from a source at least this authoritative is highlighted. */
export const HIGH_AUTHORITY = 40;

/** The next UTC day after `day` (YYYY-MM-DD). */
export function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
