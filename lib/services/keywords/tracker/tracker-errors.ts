import "server-only";
import { upstreamToApiError } from "@/lib/api/upstream-errors";
import { isSERankingError } from "@/lib/seranking/errors";

/** The user-facing words for a rank-tracker failure (the API's error table), with the status. */
export function trackerErrorText(error: unknown): string {
  if (isSERankingError(error)) {
    const base = upstreamToApiError(error)?.message ?? error.message;
    const detail = error.upstream?.description;
    const more = detail && !base.includes(detail) ? ` ${detail}` : "";
    return `SE Ranking's rank tracker: ${base}${more}${error.status ? ` (HTTP ${error.status})` : ""}`;
  }
  if (error instanceof Error && "status" in error) return error.message; // ApiError: user-facing
  return "SE Ranking's rank tracker failed unexpectedly";
}
