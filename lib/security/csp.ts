// Isomorphic (runs in proxy.ts): no node-only imports.

/**
 * The page CSP. Scripts: only those carrying this request's nonce (Next stamps it on its own
 * inline and chunk scripts when it finds the nonce in the request's CSP header) and what they load
 * ('strict-dynamic'). No 'unsafe-eval' in production; React's dev build needs it for its overlay.
 * Styles keep 'unsafe-inline': Next, Radix and Recharts write style attributes, and a nonce in
 * style-src would turn 'unsafe-inline' off for those.
 */
export function pageCsp(nonce: string, dev = process.env.NODE_ENV !== "production"): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** JSON and CSV answers render nothing: they may load nothing and be framed by no one. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/** Headers every answer carries (pages, API, static files). */
export const SECURITY_HEADERS = [
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  },
];
