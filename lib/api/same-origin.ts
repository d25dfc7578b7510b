import { env } from "@/lib/env";
import { ApiError } from "./errors";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

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
export function assertSameOrigin(req: Request) {
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
  if (hasBody && !/^application\/json\s*(;|$)/i.test(type ?? "")) {
    throw new ApiError(
      "unsupported_media_type",
      "Send the request body as JSON (Content-Type: application/json).",
    );
  }
}
