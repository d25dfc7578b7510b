// Which addresses a webhook may reach. A workspace admin types the URL and the server posts to
// it, so without this filter the URL could reach the server's own network (databases, cloud
// metadata at 169.254.169.254, other instances): the classic server-side request forgery.
// Loopback, private, link-local, shared, multicast and reserved ranges are refused unless the
// operator allows private hosts (ALERT_WEBHOOK_PRIVATE_HOSTS=allow, as the local demo does).
import { BlockList, isIP } from "node:net";

const refused = new BlockList();
for (const [net, bits] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const) {
  refused.addSubnet(net, bits, "ipv4");
}
for (const [net, bits] of [
  ["::", 127], // unspecified and loopback
  ["64:ff9b::", 96], // NAT64 reaches IPv4 addresses
  ["100::", 64],
  ["2001:db8::", 32],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const) {
  refused.addSubnet(net, bits, "ipv6");
}

/** True when the address (IPv4, IPv6, or IPv4-mapped IPv6) is on the public internet. */
export function isPublicAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return isPublicAddress(mapped);
  const family = isIP(address);
  if (family === 0) return false;
  return !refused.check(address, family === 4 ? "ipv4" : "ipv6");
}

/** Host names that always mean this machine or its private network, whatever DNS says. */
const LOCAL_NAMES = /(^|\.)(localhost|local|internal|localdomain|home\.arpa)$/i;

/**
 * The reason a webhook URL is refused before anything is stored, or null. Names are checked
 * here only when they are literal addresses or local names; every other name is checked again
 * at each delivery, on the addresses DNS gives then (a name can change what it points at).
 */
export function privateUrlReason(url: string): string | null {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, "");
  const local = LOCAL_NAMES.test(host) || (isIP(host) !== 0 && !isPublicAddress(host));
  return local ? PRIVATE_ADDRESS_MESSAGE : null;
}

export const PRIVATE_ADDRESS_MESSAGE =
  "Webhooks go to public addresses only: this URL points at a private, local or reserved network address.";
