// Isomorphic: the one check before a URL from outside (SE Ranking's rows, a ranking URL, a mail)
// becomes a clickable href. Only absolute http(s) URLs qualify: "javascript:", "data:",
// "vbscript:" and anything a browser would resolve relative to the app stay text.

/**
 * The URL to link to, or null when it must not be a link. Parsed as a browser would, so leading
 * spaces or control characters, "java\tscript:" and mixed case cannot sneak another scheme past
 * a prefix test.
 */
export function webHref(raw: string | null | undefined): string | null {
  if (!raw) return null;
  // Browsers strip these before reading the scheme; a clean http(s) URL never has them.
  if (/[\p{Cc}\s]/u.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  return /^https?:\/\//i.test(raw) ? raw : null;
}

export const isWebUrl = (raw: string | null | undefined): raw is string => webHref(raw) !== null;
