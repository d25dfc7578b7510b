// Users paste "https://www.Example.com/page" as often as "example.com"; SE Ranking treats them as
// the same target, so the universe is keyed by one normalised host name.

const HOSTNAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/;

/** Lower-cases, drops scheme, credentials, port, path, query, a trailing dot and a leading "www.". */
export function normalizeDomain(input: string): string {
  let host = input.trim().toLowerCase();
  host = host.replace(/^[a-z][a-z0-9+.-]*:\/\//, "");
  host = host.replace(/[/?#].*$/, "");
  host = host.replace(/^.*@/, "");
  host = host.replace(/:\d+$/, "");
  host = host.replace(/\.$/, "");
  return host.startsWith("www.") ? host.slice(4) : host;
}

/** True for something that looks like a registrable host name (ASCII / punycode only). */
export function isPlausibleDomain(normalized: string): boolean {
  return HOSTNAME.test(normalized);
}

/** "best-coffee.co.uk" -> "best-coffee": used as a brand-like anchor text. */
export function brandOf(domain: string): string {
  return domain.split(".")[0] ?? domain;
}
