import "server-only";
// Endpoint URLs and signing secrets are sealed with the same keyring as the SE Ranking key.
import { decrypt, encrypt } from "@/lib/crypto/envelope";
import type { AlertEndpoint } from "@/lib/db/schema";
import { serverKeyring } from "@/lib/services/seranking/keyring";

export const seal = (plaintext: string) => encrypt(plaintext, serverKeyring().current);

export function openEndpoint(endpoint: AlertEndpoint) {
  const keys = serverKeyring().all;
  return {
    url: decrypt(endpoint.urlEnvelope, keys),
    secret: decrypt(endpoint.secretEnvelope, keys),
  };
}

/** What the page shows of a URL: its scheme and host, never the path (Slack's holds a token). */
export function urlHint(url: string): string {
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.host}/…`;
}
