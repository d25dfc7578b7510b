import "server-only";
import { ApiError } from "@/lib/api/errors";
import type { Db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { isSERankingError } from "@/lib/seranking/errors";
import { ProjectApiClient } from "@/lib/seranking/project-api";
import type { IntegrationMetadata } from "./integration-metadata";
import { rateGatesFor } from "./rate-gates";
import { countingFetch } from "./usage-fetch";

export type ApiCapabilities = NonNullable<IntegrationMetadata["apis"]>;

/** A Project API (rank tracker) client for a plaintext key; base URL from the environment. */
export function buildProjectClient(db: Db, tenantId: string, apiKey: string): ProjectApiClient {
  return new ProjectApiClient({
    apiKey,
    baseUrl: env().SERANKING_PROJECT_API_URL,
    timeoutMs: env().SERANKING_TIMEOUT_MS,
    fetch: countingFetch(db, tenantId),
    rateLimiters: rateGatesFor(db),
  });
}

/** What SE Ranking said, in words an admin can act on (never the key). */
function reasonOf(error: unknown): string {
  if (!isSERankingError(error)) return "The Project API could not be checked";
  const upstream = error.upstream?.message ?? "";
  const detail = error.upstream?.description ?? error.message;
  if (error.status === 401) return "SE Ranking's Project API does not accept this key";
  if (error.kind === "subscription_required") {
    return "SE Ranking's Project API refused this key: Subscription required (its plan does not include the Project API; Business or Enterprise plans do)";
  }
  if (error.status === 403 || error.status === 402) {
    return `SE Ranking's Project API refused this key${upstream ? `: ${upstream}` : ""} (${detail})`;
  }
  return `The Project API could not be checked just now (${detail}); it is checked again at the next re-verify`;
}

/**
 * Which APIs the key can use. The Data side is what dialect detection found; the Project API
 * is asked for its site list (GET /sites, free: it uses plan limits, not credits). A refusal
 * (401/402/403) means "not available"; an outage means "not known yet", recorded as not
 * available with the reason, so the rank tracker is never assumed.
 */
export async function detectCapabilities(
  client: Pick<ProjectApiClient, "listSites">,
  dataDialect: string | null,
): Promise<ApiCapabilities> {
  const checkedAt = new Date().toISOString();
  const data = dataDialect === "data-v1";
  try {
    await client.listSites();
    return { data, project: true, projectReason: null, checkedAt };
  } catch (error) {
    if (!isSERankingError(error)) throw error;
    return { data, project: false, projectReason: reasonOf(error), checkedAt };
  }
}

/**
 * Why no backlink API took a key, when that was a refusal of the key itself (both 401, or the
 * Data API's 403 "Subscription required" / "Your plan does not include API credits" for a plan
 * without Data API credits). Null for anything else (an outage, a timeout): that error stands.
 */
export function backlinkRefusal(error: unknown): string | null {
  if (error instanceof ApiError) {
    return error.code === "invalid_key" ? "SE Ranking's Data API does not accept this key" : null;
  }
  if (!isSERankingError(error) || error.status === undefined) return null;
  if (error.kind !== "subscription_required" && error.kind !== "out_of_credits") return null;
  const message = error.upstream?.message ?? "refused";
  const detail = error.upstream?.description;
  return `SE Ranking's Data API refused this key: ${message}${detail ? ` (${detail})` : ""}`;
}

/**
 * A key no backlink API took: the Project API may still accept it (a Business plan without Data
 * API credits). Null when it does not either; the backlink APIs' error is then the one reported.
 */
export async function projectOnlyCapabilities(
  client: Pick<ProjectApiClient, "listSites">,
  dataReason: string,
): Promise<ApiCapabilities | null> {
  try {
    await client.listSites();
  } catch (error) {
    if (isSERankingError(error)) return null;
    throw error;
  }
  const checkedAt = new Date().toISOString();
  return {
    data: false,
    project: true,
    projectReason: null,
    backlinks: false,
    dataReason,
    checkedAt,
  };
}

/** For Settings: "Data API and Project API", "Data API only", ... */
export function capabilitiesLabel(apis: ApiCapabilities | undefined): string | null {
  if (!apis) return null;
  if (apis.backlinks === false) return "Project API (rank tracking) only";
  if (apis.data && apis.project) return "Data API and Project API (rank tracker)";
  if (apis.project) return "Project API (rank tracker)";
  if (apis.data) return "Data API only";
  return "Neither the Data API nor the Project API";
}
