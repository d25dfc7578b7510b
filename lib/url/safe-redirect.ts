// Isomorphic: the sign-in page decides where to go after signing in.

// Stands in for the app's origin: only a same-origin path survives the round trip.
const SENTINEL = "http://app.invalid";

/**
 * The path to go to after sign-in, or "/" when `raw` could leave the app. It is parsed with URL
 * against the app's origin, as a browser would resolve it: `/\evil.test/`, `/<tab>/evil`,
 * `//evil` and absolute URLs all resolve elsewhere and are refused. Backslashes and control
 * characters are refused outright: no honest path needs them.
 */
export function safeRedirectPath(raw: string | null | undefined): string {
  if (!raw?.startsWith("/") || /[\\\p{Cc}]/u.test(raw)) return "/";
  let url: URL;
  try {
    url = new URL(raw, SENTINEL);
  } catch {
    return "/";
  }
  if (url.origin !== SENTINEL) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}
