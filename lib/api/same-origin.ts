import { env } from "@/lib/env";
import { ApiError } from "./errors";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** What a route's body may be: JSON (every route), or a CSV file (uploads). */
export type BodyType = "json" | "csv";
// text/csv is not a CORS-safelisted type either: another site can send it only after a
// preflight, which nothing here answers, so an upload route is as guarded as a JSON one.
const BODY_TYPES: Record<BodyType, { pattern: RegExp; ask: string }> = {
  json: {
    pattern: /^application\/json\s*(;|$)/i,
    ask: "Send the request body as JSON (Content-Type: application/json).",
  },
  csv: {
    pattern: /^text\/csv\s*(;|$)/i,
    ask: "Send the file itself as the request body (Content-Type: text/csv).",
  },
};

/** The app's own origin: APP_URL when set, else the origin the request was addressed to. */
export function appOrigin(req: Request): string {
  const configured = env().APP_URL;
  return configured ? new URL(configured).origin : new URL(req.url).origin;
}

/**
 * The cross-site request guard for every state-changing API call (SameSite=Lax cookies alone
 * let a sibling origin, e.g. another port or subdomain, post a form with the user's cookie):
 * - a browser's `Sec-Fetch-Site` must say same-origin (or "none": typed by the user);
 * - else its `Origin`, when sent, must be the app's own;
 * - a body must be JSON: a form (`text/plain`, urlencoded, multipart) cannot be sent
 *   cross-site without Origin, but it also never reaches a JSON route by accident.
 * Clients that send neither header (curl, scripts, server-to-server) are not browsers carrying a
 * victim's cookie, so they pass the origin part.
 */
export function assertSameOrigin(req: Request, bodyType: BodyType = "json") {
  if (SAFE_METHODS.has(req.method)) return;
  const site = req.headers.get("sec-fetch-site");
  const origin = req.headers.get("origin");
  const crossSite = site
    ? site !== "same-origin" && site !== "none"
    : origin !== null && origin !== appOrigin(req);
  if (crossSite) {
    throw new ApiError("cross_origin", "This request came from another site and was refused.");
  }
  const type = req.headers.get("content-type");
  const hasBody = type !== null || Number(req.headers.get("content-length") ?? "0") > 0;
  const expected = BODY_TYPES[bodyType];
  if (hasBody && !expected.pattern.test(type ?? "")) {
    throw new ApiError("unsupported_media_type", expected.ask);
  }
}
