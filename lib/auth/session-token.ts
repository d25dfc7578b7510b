import { getToken } from "next-auth/jwt";
import { memoKey, recall, remember, type SessionClaims } from "./claims-memo";

type UrlEnv = Record<string, string | undefined>;

/**
 * Whether Auth.js uses its `__Secure-` cookie names for a request: the same decision as its own
 * session lookup (`createActionURL`), which takes the protocol from AUTH_URL / NEXTAUTH_URL when
 * set, else from the x-forwarded-proto header Next sets on every request, else https.
 */
export function usesSecureCookies(headers: Headers, env: UrlEnv = process.env) {
  const envUrl = env.AUTH_URL ?? env.NEXTAUTH_URL;
  if (envUrl) return new URL(envUrl).protocol === "https:";
  const proto = headers.get("x-forwarded-proto") ?? "https";
  return new URL(`${proto.endsWith(":") ? proto : `${proto}:`}//host`).protocol === "https:";
}

/**
 * The user id in a request's Auth.js session cookie, or undefined: the answer `auth()` gives,
 * read the way its session endpoint reads it (cookie name and salt, chunked cookies, the
 * secrets, expiry checked with the same tolerance) by Auth.js's own `getToken`.
 *
 * Why not `auth()`: in a route handler or server component it runs the whole session endpoint,
 * which re-encrypts a refreshed cookie on every call that nobody can send back (the
 * Set-Cookie of that inner response is dropped). That was most of the per-request cost of an
 * API call. Only the Cookie header is passed on: `getToken` would also take an
 * `Authorization: Bearer` token, which `auth()` does not.
 */
export async function sessionUserId(
  headers: Headers,
  secret: string | string[],
  env: UrlEnv = process.env,
): Promise<string | undefined> {
  return (await sessionClaims(headers, secret, env))?.sub;
}

/** The user id and server-side session id a cookie names (both still to be checked live). */
export async function sessionClaims(
  headers: Headers,
  secret: string | string[],
  env: UrlEnv = process.env,
): Promise<SessionClaims | undefined> {
  const cookie = headers.get("cookie") ?? "";
  const secureCookie = usesSecureCookies(headers, env);
  const key = memoKey([secret, secureCookie, cookie]);
  const known = recall(key);
  if (known) return known.claims;
  const token = await getToken({
    req: { headers: new Headers({ cookie }) },
    secret,
    secureCookie,
  });
  if (typeof token?.sub !== "string" || !token.sub) return undefined;
  const claims = { sub: token.sub, sid: typeof token.sid === "string" ? token.sid : undefined };
  if (typeof token.exp === "number") remember(key, { claims, until: token.exp * 1000 });
  return claims;
}
