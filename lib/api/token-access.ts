// Who a public API request is: the bearer token (never a cookie: the public API has no session,
// so a browser cannot be tricked into calling it with someone's rights), its scope, and its
// per-token rate, counted in the database so every web instance shares one budget.
import type { Db } from "@/lib/db/client";
import { countRequest, findLiveToken, touchApiToken } from "@/lib/db/queries/api-tokens";
import type { ApiScope, Tenant } from "@/lib/db/schema";
import { bearerToken, hashApiToken } from "@/lib/public-api/token-format";
import { ApiError } from "./errors";

const WINDOW_MS = 60_000;

export interface TokenIdentity {
  id: string;
  name: string;
  scopes: ApiScope[];
  ratePerMinute: number;
}

export interface TokenAccess {
  tenant: Tenant;
  token: TokenIdentity;
}

/** The token and its workspace, or 401 (missing, malformed, unknown or revoked: one answer). */
export async function authenticateToken(db: Db, req: Request): Promise<TokenAccess> {
  const raw = bearerToken(req.headers.get("authorization"));
  if (!raw) {
    throw new ApiError(
      "unauthorized",
      "Send an API token as `Authorization: Bearer srd_…` (Settings → API tokens creates one).",
    );
  }
  const found = await findLiveToken(db, hashApiToken(raw));
  if (!found)
    throw new ApiError("unauthorized", "This API token is not valid or has been revoked.");
  const { id, name, scopes, ratePerMinute } = found.token;
  return { tenant: found.tenant, token: { id, name, scopes: scopes as ApiScope[], ratePerMinute } };
}

export function assertScope(token: TokenIdentity, scope: ApiScope) {
  if (!token.scopes.includes(scope)) {
    throw new ApiError(
      "forbidden",
      `This token may only ${token.scopes.join(" and ")}: this request needs the "${scope}" scope.`,
    );
  }
}

/**
 * Counts the request in the token's current minute. Answers the RateLimit-* headers (IETF
 * draft "RateLimit header fields for HTTP") for every answer, and whether this one is over.
 */
export async function countAgainstRate(
  db: Db,
  tokenId: string,
  limit: number,
  now = new Date(),
): Promise<{ headers: Record<string, string>; exceeded: boolean }> {
  const windowStart = new Date(Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS);
  const used = await countRequest(db, tokenId, windowStart);
  await touchApiToken(db, tokenId, now);
  const reset = Math.max(1, Math.ceil((windowStart.getTime() + WINDOW_MS - now.getTime()) / 1000));
  const headers: Record<string, string> = {
    "RateLimit-Policy": `${limit};w=${WINDOW_MS / 1000}`,
    "RateLimit-Limit": String(limit),
    "RateLimit-Remaining": String(Math.max(0, limit - used)),
    "RateLimit-Reset": String(reset),
  };
  if (used > limit) headers["Retry-After"] = String(reset);
  return { headers, exceeded: used > limit };
}

export const rateExceeded = (limit: number) =>
  new ApiError(
    "rate_limited",
    `This token may send ${limit} requests a minute: wait for the RateLimit-Reset seconds, then retry.`,
  );
