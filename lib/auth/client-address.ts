/**
 * The client a request counts against, for throttling.
 *
 * Next.js does not hand route handlers the socket address. It fills X-Forwarded-For from the
 * socket only when the request has none, so a client can always send its own. Hence:
 * - TRUSTED_PROXY_HOPS = N > 0 (behind N reverse proxies that each append the address they saw):
 *   the N-th entry from the right, the one the outermost trusted proxy wrote. Entries further
 *   left were written by the client and are ignored.
 * - TRUSTED_PROXY_HOPS = 0 (default, exposed directly): the header as Next passes it: the socket
 *   address when the client sent none, else whatever the client claims. Such a claim only moves
 *   the claimant's own failures elsewhere; the per-email slowdown does not depend on it.
 */
export function clientAddress(headers: Headers | undefined, trustedHops: number): string {
  const raw = headers?.get("x-forwarded-for") ?? "";
  const entries = raw
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (entries.length === 0) return "unknown";
  if (trustedHops > 0) return entries.at(-Math.min(trustedHops, entries.length)) ?? "unknown";
  return entries.join(",").slice(0, 200);
}
