import "server-only";
import type { Db } from "@/lib/db/client";
import type { Dialect } from "@/lib/seranking/dialects/dialect";
import { DIALECTS } from "@/lib/seranking/dialects/registry";
import { isSERankingError, type SERankingError } from "@/lib/seranking/errors";
import type { AccountInfo } from "@/lib/seranking/types";
import { buildClient } from "./tenant-client";

export interface Detected {
  dialect: Dialect;
  account: AccountInfo;
}

/**
 * Which API accepts a key: the public Data API first (keys from seranking.com), then the
 * provider contract. A key both refuse is invalid; when one answers with something other than a
 * refusal (an outage, a timeout), that error is the one worth reporting, not "invalid key".
 */
export async function detectDialect(
  db: Db,
  tenantId: string,
  apiKey: string,
  candidates: readonly Dialect[] = DIALECTS,
): Promise<Detected> {
  const errors: SERankingError[] = [];
  for (const dialect of candidates) {
    try {
      const account = await buildClient(db, tenantId, apiKey, dialect).verify();
      return { dialect, account };
    } catch (error) {
      if (!isSERankingError(error)) throw error;
      errors.push(error);
    }
  }
  // Worth more than a bare refusal: an outage or timeout, then an API that knew the key but
  // cannot serve it (a verified reply without an HTTP error, e.g. an expired subscription).
  // Otherwise the last candidate (provider-v3) speaks for a key every API refused.
  throw (
    errors.find((e) => e.kind !== "invalid_key") ??
    errors.find((e) => e.status === undefined) ??
    errors[errors.length - 1]!
  );
}
