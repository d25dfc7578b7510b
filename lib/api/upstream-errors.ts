import type { ApiError } from "./errors";

// Placeholder until the SE Ranking client lands: maps its typed errors to HTTP.
export function upstreamToApiError(_error: unknown): ApiError | undefined {
  return undefined;
}
