// Hand-picked profiles so demos and tests can rely on known numbers without computing them.
// Their backlink rows are still generated from the seed; only the summary numbers are fixed.
// Keep simulator/README.md in sync when editing this table.

export type ProfileKind = "empty" | "spammy" | "normal" | "authority";

export interface DomainProfile {
  kind: ProfileKind;
  totalBacklinks: number;
  dofollowBacklinks: number;
  nofollowBacklinks: number;
  referringDomains: number;
  referringIps: number;
  trustFlow: number;
  citationFlow: number;
  domainTrustScore: number;
}

export const EMPTY_PROFILE: DomainProfile = {
  kind: "empty",
  totalBacklinks: 0,
  dofollowBacklinks: 0,
  nofollowBacklinks: 0,
  referringDomains: 0,
  referringIps: 0,
  trustFlow: 0,
  citationFlow: 0,
  domainTrustScore: 0,
};

const DEEP_PROFILE: DomainProfile = {
  kind: "authority",
  totalBacklinks: 10_000,
  dofollowBacklinks: 8800,
  nofollowBacklinks: 1200,
  referringDomains: 2600,
  referringIps: 2000,
  trustFlow: 55,
  citationFlow: 61,
  domainTrustScore: 64,
};

export const NAMED_DOMAINS: Readonly<Record<string, DomainProfile>> = {
  "empty-example.com": EMPTY_PROFILE,
  "spammy-example.com": {
    kind: "spammy",
    totalBacklinks: 1800,
    dofollowBacklinks: 1620,
    nofollowBacklinks: 180,
    referringDomains: 420,
    referringIps: 150,
    trustFlow: 7,
    citationFlow: 44,
    domainTrustScore: 12,
  },
  "small-example.com": {
    kind: "normal",
    totalBacklinks: 12,
    dofollowBacklinks: 9,
    nofollowBacklinks: 3,
    referringDomains: 5,
    referringIps: 4,
    trustFlow: 18,
    citationFlow: 22,
    domainTrustScore: 15,
  },
  "example.com": {
    kind: "normal",
    totalBacklinks: 1240,
    dofollowBacklinks: 1010,
    nofollowBacklinks: 230,
    referringDomains: 212,
    referringIps: 180,
    trustFlow: 34,
    citationFlow: 41,
    domainTrustScore: 38,
  },
  // 10,000 links: deep paging and whole-list exports (the Data API has no offset).
  "deep-example.com": DEEP_PROFILE,
  // Its ten twins (own seeds, so own links): the backlink-gap bench's 1 + 10 sites of 10,000 links.
  ...Object.fromEntries(
    Array.from({ length: 10 }, (_, i) => [`deep-${i + 1}-example.com`, DEEP_PROFILE]),
  ),
  // 20,000 links, the list cap: a whole-list export that runs as a job over many pages.
  "giant-example.com": {
    kind: "authority",
    totalBacklinks: 20_000,
    dofollowBacklinks: 17_500,
    nofollowBacklinks: 2500,
    referringDomains: 4800,
    referringIps: 3600,
    trustFlow: 62,
    citationFlow: 70,
    domainTrustScore: 77,
  },
  // The largest generated size: the "huge site" case.
  "authority-example.com": {
    kind: "authority",
    totalBacklinks: 5000,
    dofollowBacklinks: 4300,
    nofollowBacklinks: 700,
    referringDomains: 1450,
    referringIps: 1100,
    trustFlow: 68,
    citationFlow: 74,
    domainTrustScore: 81,
  },
};
