import "server-only";
import { upstreamToApiError } from "@/lib/api/upstream-errors";
import { isSERankingError } from "@/lib/seranking/errors";

/** The user-facing words for a rank-tracker failure (the API's error table), with the status. */
export function trackerErrorText(error: unknown): string {
  if (isSERankingError(error)) {
    // On the Project API, 403 "Subscription required" is about the plan, not a lapsed account:
    // the rank tracker comes with Business and Enterprise plans only (seranking-project-api.md §2).
    const base =
      error.kind === "subscription_required"
        ? "the SE Ranking plan does not include the Project API (Business or Enterprise plans only)."
        : (upstreamToApiError(error)?.message ?? error.message);
    const detail = error.upstream?.description;
    const more = detail && !base.includes(detail) ? ` ${detail}` : "";
    return `SE Ranking's rank tracker: ${base}${more}${error.status ? ` (HTTP ${error.status})` : ""}`;
  }
  if (error instanceof Error && "status" in error) return error.message; // ApiError: user-facing
  return "SE Ranking's rank tracker failed unexpectedly";
}
