// Domain normalisation shared by the client, route schemas and forms. Pure and isomorphic: it
// must also run in the browser, so IDN → punycode goes through the WHATWG `URL` parser (the same
// UTS #46 algorithm as `node:url` domainToASCII, which has no browser equivalent).

export type NormalizeDomainResult = { ok: true; domain: string } | { ok: false; reason: string };

export interface NormalizeDomainsResult {
  /** Normalised, deduplicated, in first-seen order. */
  accepted: string[];
  /** `line`: the entry's 1-based position in the list given (blank lines count). */
  rejected: { input: string; reason: string; line: number }[];
  /** Lines that normalised to a domain already accepted. */
  duplicates: number;
}

const SCHEME_WITH_SLASHES = /^([a-z][a-z0-9+.-]*):\/\//i;
// "example.com:8080" is a host with a port, not a scheme, hence the digit look-ahead.
const SCHEME_WITHOUT_SLASHES = /^([a-z][a-z0-9+.-]*):(?!\d*(?:$|[/?#]))/i;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const LABEL = /^[a-z0-9-]+$/;

function fail(reason: string): NormalizeDomainResult {
  return { ok: false, reason };
}

/** Cuts scheme, credentials, port, path, query and fragment off; returns the raw host. */
function extractHost(input: string): { host: string } | { error: string } {
  let rest = input;
  const withSlashes = SCHEME_WITH_SLASHES.exec(rest);
  if (withSlashes) {
    const scheme = withSlashes[1]!.toLowerCase();
    if (scheme !== "http" && scheme !== "https") {
      return { error: `only http and https addresses are accepted, not "${scheme}:"` };
    }
    rest = rest.slice(withSlashes[0].length);
  } else {
    const other = SCHEME_WITHOUT_SLASHES.exec(rest);
    if (other) return { error: `"${other[1]}:" is not a web address` };
    if (rest.startsWith("//")) rest = rest.slice(2);
  }
  rest = rest.split(/[/?#\\]/, 1)[0] ?? "";
  // "foo@bar.com" is an email address, and "user:pass@host" a login: neither names a site to
  // research, and quietly keeping what follows the "@" researched a domain nobody typed.
  if (rest.includes("@")) {
    return {
      error:
        "that has an @ in it: enter the site's domain (e.g. example.com), not an email address or a login",
    };
  }
  // "exa mple.com" is one mistyped line, not the domain "mple.com" after a separator: refused
  // whole, so nothing is kept that nobody typed.
  if (/\s/.test(rest)) {
    return {
      error:
        "it has a space in it: a domain has none (put each domain on its own line, or separate them with commas)",
    };
  }
  if (rest.startsWith("[")) return { error: "IP addresses are not accepted; enter a domain name" };
  rest = rest.replace(/:\d*$/, "");
  return { host: rest };
}

function toAscii(host: string): string | null {
  if ([...host].every((c) => c.charCodeAt(0) < 128)) return host.toLowerCase();
  try {
    return new URL(`http://${host}`).hostname;
  } catch {
    return null;
  }
}

/** Accepts a URL or a bare domain and returns its registrable-looking host, or a human reason. */
export function normalizeDomain(input: string): NormalizeDomainResult {
  const trimmed = input.trim();
  if (!trimmed) return fail("enter a domain, e.g. example.com");
  const extracted = extractHost(trimmed);
  if ("error" in extracted) return fail(extracted.error);
  let host = extracted.host;
  if (!host) return fail("the address has no domain in it");
  if (host.endsWith(".") && !host.endsWith("..")) host = host.slice(0, -1);

  const ascii = toAscii(host);
  if (ascii === null) return fail(`"${host}" contains characters that are not allowed in a domain`);
  host = ascii;
  if (IPV4.test(host)) return fail("IP addresses are not accepted; enter a domain name");
  // Strip one "www." — unless that would leave a bare TLD ("www.com" is a real domain).
  if (host.startsWith("www.") && host.slice(4).includes(".")) host = host.slice(4);

  const labels = host.split(".");
  for (const label of labels) {
    if (!label) return fail(`"${host}" has an empty label (two dots in a row, or a leading dot)`);
    if (label.length > 63)
      return fail(`the label "${label.slice(0, 20)}…" is longer than 63 characters`);
    if (!LABEL.test(label)) {
      const bad = [...label].find((c) => !/[a-z0-9-]/.test(c));
      return fail(`"${host}" contains an invalid character "${bad}"`);
    }
    if (label.startsWith("-") || label.endsWith("-")) {
      return fail(`the label "${label}" must not start or end with a hyphen`);
    }
  }
  if (host.length > 253) return fail("the domain is longer than 253 characters");
  if (labels.length < 2) return fail(`"${host}" has no top-level domain (e.g. ${host}.com)`);
  if (/^\d+$/.test(labels[labels.length - 1]!))
    return fail(`"${host}" has a numeric top-level domain`);
  return { ok: true, domain: host };
}

/** Normalises a pasted list. Blank lines are ignored, not rejected. */
export function normalizeDomains(lines: readonly string[]): NormalizeDomainsResult {
  const seen = new Set<string>();
  const result: NormalizeDomainsResult = { accepted: [], rejected: [], duplicates: 0 };
  for (const [index, line] of lines.entries()) {
    if (!line.trim()) continue;
    const r = normalizeDomain(line);
    if (!r.ok) result.rejected.push({ input: line, reason: r.reason, line: index + 1 });
    else if (seen.has(r.domain)) result.duplicates++;
    else {
      seen.add(r.domain);
      result.accepted.push(r.domain);
    }
  }
  return result;
}
