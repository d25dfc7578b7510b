import "server-only";
import { ApiError } from "@/lib/api/errors";
import { decrypt } from "@/lib/crypto/envelope";
import type { Db } from "@/lib/db/client";
import { findIntegration, updateIntegrationMetadata } from "@/lib/db/queries/integrations";
import { env } from "@/lib/env";
import { SERankingClient } from "@/lib/seranking/client";
import type { Dialect } from "@/lib/seranking/dialects/dialect";
import { dialectById } from "@/lib/seranking/dialects/registry";
import { isSERankingError } from "@/lib/seranking/errors";
import type { ProjectApiClient } from "@/lib/seranking/project-api";
import type { AccountInfo, MetricLabels } from "@/lib/seranking/types";
import { enqueueAlertEvaluation } from "@/lib/services/alerts/alert-jobs";
import { readMetadata } from "./integration-metadata";
import { serverKeyring } from "./keyring";
import { buildProjectClient } from "./project-capability";
import { rateGatesFor } from "./rate-gates";
import { countingFetch } from "./usage-fetch";

export const notConnected = () =>
  new ApiError(
    "not_connected",
    "SE Ranking is not connected: an admin can connect it in Settings.",
  );

/**
 * The key works for SE Ranking's Project API (rank tracker) only: backlink research needs the
 * Data API. Refused here, before any upstream call, so every backlink and prospect feature says so.
 */
export const noBacklinkApi = () =>
  new ApiError(
    "no_backlink_api",
    "The connected SE Ranking key can only use the Project API (rank tracking), so it cannot research backlinks or prospects: an admin can connect a key with Data API access in Settings → Integrations.",
  );

/** Each dialect has its own host: api4 for provider-v3, api.seranking.com for the Data API. */
export function baseUrlFor(dialect: Dialect): string {
  return dialect.id === "data-v1" ? env().SERANKING_DATA_API_URL : env().SERANKING_BASE_URL;
}

/** A client for a plaintext key (Test / Save, before anything is stored). */
export function buildClient(
  db: Db,
  tenantId: string,
  apiKey: string,
  dialect: Dialect = dialectById(undefined),
  account?: Pick<AccountInfo, "trial">,
): SERankingClient {
  return new SERankingClient({
    apiKey,
    dialect,
    // A trial key (found at Save / Re-verify) is held to its trial rate from the first call.
    account,
    baseUrl: baseUrlFor(dialect),
    timeoutMs: env().SERANKING_TIMEOUT_MS,
    fetch: countingFetch(db, tenantId, globalThis.fetch, dialect),
    // Shared by every instance on PostgreSQL, so N instances still send the key's rate, not N×.
    rateLimiters: rateGatesFor(db),
  });
}

/** The tenant's stored integration, or not_connected. No key is decrypted here. */
async function storedIntegration(db: Db, tenantId: string) {
  const row = await findIntegration(db, tenantId);
  if (!row?.apiKey) throw notConnected();
  return { ciphertext: row.apiKey, metadata: readMetadata(row.metadata) };
}

/**
 * The only place a stored key is decrypted. The plaintext goes straight into a client's
 * closure and nowhere else: never returned, logged or put in an error.
 */
function withDecryptedKey<T>(tenantId: string, ciphertext: string, build: (key: string) => T): T {
  let apiKey: string;
  try {
    apiKey = decrypt(ciphertext, serverKeyring().all);
  } catch (error) {
    console.error("[seranking] cannot decrypt the stored key", { tenantId }, String(error));
    throw new ApiError(
      "invalid_key",
      "The stored SE Ranking key cannot be read on this server: an admin must reconnect it in Settings.",
    );
  }
  return build(apiKey);
}

function clientFromCiphertext(
  db: Db,
  tenantId: string,
  ciphertext: string,
  dialect: Dialect,
  account?: Pick<AccountInfo, "trial">,
): SERankingClient {
  return withDecryptedKey(tenantId, ciphertext, (key) =>
    buildClient(db, tenantId, key, dialect, account),
  );
}

/** The tenant's Project API (rank tracker) client; its key decrypted now. */
export async function projectClientForTenant(db: Db, tenantId: string): Promise<ProjectApiClient> {
  const { ciphertext } = await storedIntegration(db, tenantId);
  return withDecryptedKey(tenantId, ciphertext, (key) => buildProjectClient(db, tenantId, key));
}

/** Which APIs the stored key can use, as found at Save (undefined for keys saved before). */
export async function tenantCapabilities(db: Db, tenantId: string) {
  const row = await findIntegration(db, tenantId);
  return row ? readMetadata(row.metadata).apis : undefined;
}

/** The tenant's client, its key decrypted now (verify, re-verify: always an upstream call). */
export async function clientForTenant(db: Db, tenantId: string, dialectOverride?: Dialect) {
  const { ciphertext, metadata } = await storedIntegration(db, tenantId);
  const dialect = dialectOverride ?? dialectById(metadata.dialect);
  const client = clientFromCiphertext(db, tenantId, ciphertext, dialect, metadata.account);
  return {
    client,
    metricLabels: client.metricLabels as MetricLabels,
    metadata,
  };
}

/** The client's public surface, as `withTenantClient` hands it to its work. */
export type TenantClient = Pick<
  SERankingClient,
  | "dialectId"
  | "metricLabels"
  | "getBacklinksSummary"
  | "getBacklinks"
  | "walksBacklinks"
  | "getBacklinksRawPage"
  | "getBacklinksMetrics"
  | "hasRefdomainsApi"
  | "getRefdomains"
  | "getAnchors"
  | "getKeywordRankings"
  | "verify"
  | "hasHistory"
  | "getBacklinksHistory"
  | "getRefdomainsHistory"
>;

/**
 * A client whose key is decrypted on its first upstream call, not before: most reads are
 * answered from the cache and need only the dialect (cache key, metric labels), so they never
 * hold the plaintext at all. A key that cannot be decrypted fails that first call, as before.
 */
function lazyClient(dialect: Dialect, open: () => SERankingClient): TenantClient {
  let client: SERankingClient | undefined;
  const real = () => {
    client ??= open();
    return client;
  };
  return {
    dialectId: dialect.id,
    metricLabels: dialect.metricLabels,
    getBacklinksSummary: async (domain) => real().getBacklinksSummary(domain),
    getBacklinks: async (options) => real().getBacklinks(options),
    walksBacklinks: dialect.backlinksRaw !== undefined,
    getBacklinksRawPage: async (options) => real().getBacklinksRawPage(options),
    getBacklinksMetrics: async (domains, options) => real().getBacklinksMetrics(domains, options),
    hasRefdomainsApi: dialect.refdomains !== undefined && dialect.anchors !== undefined,
    getRefdomains: async (options) => real().getRefdomains(options),
    getAnchors: async (options) => real().getAnchors(options),
    getKeywordRankings: async (options) => real().getKeywordRankings(options),
    verify: async () => real().verify(),
    hasHistory: dialect.backlinksHistory !== undefined,
    getBacklinksHistory: async (options) => real().getBacklinksHistory(options),
    getRefdomainsHistory: async (options) => real().getRefdomainsHistory(options),
  };
}

/** Refuses (409, no upstream call) when the tenant's key cannot research backlinks. */
export async function requireBacklinkApi(db: Db, tenantId: string): Promise<void> {
  if ((await tenantCapabilities(db, tenantId))?.backlinks === false) throw noBacklinkApi();
}

/** The dialect stored for the tenant's key (no key is decrypted). */
export async function tenantDialect(db: Db, tenantId: string): Promise<Dialect> {
  const row = await findIntegration(db, tenantId);
  return dialectById(row ? readMetadata(row.metadata).dialect : undefined);
}

/** How the tenant's data is labelled, from the stored dialect. */
export async function tenantMetricLabels(db: Db, tenantId: string): Promise<MetricLabels> {
  return (await tenantDialect(db, tenantId)).metricLabels;
}

/**
 * Runs `work` with the tenant's client. A key SE Ranking rejects turns the integration to
 * "needs attention" with the reason, so every page can tell admins to reconnect.
 */
export async function withTenantClient<T>(
  db: Db,
  tenantId: string,
  work: (client: TenantClient) => Promise<T>,
): Promise<T> {
  const { ciphertext, metadata } = await storedIntegration(db, tenantId);
  if (metadata.apis?.backlinks === false) throw noBacklinkApi();
  const dialect = dialectById(metadata.dialect);
  const client = lazyClient(dialect, () =>
    clientFromCiphertext(db, tenantId, ciphertext, dialect, metadata.account),
  );
  try {
    return await work(client);
  } catch (error) {
    if (isSERankingError(error) && error.kind === "invalid_key") {
      await updateIntegrationMetadata(db, tenantId, {
        ...metadata,
        status: "needs_attention",
        lastError: error.upstream?.message ?? error.message,
      });
      await enqueueAlertEvaluation(db, tenantId, "integration");
    }
    throw error;
  }
}
