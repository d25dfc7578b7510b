// What a client sees on a shared report: one type for the server that builds it and the page that
// shows it. It holds no internal ids (no uuid reaches the HTML or its RSC payload) and no key.
import type { Verdict } from "@/lib/prospects/qualify";
import type { ReportSection } from "@/lib/validations/reports";

export interface LinkRow {
  sourceUrl: string | null;
  targetUrl: string | null;
  anchorText: string | null;
  nofollow: boolean | null;
  authority: number | null;
}

export interface BacklinkSection {
  domain: string;
  latest: {
    takenAt: string;
    backlinks: number | null;
    referringDomains: number | null;
    dofollowBacklinks: number | null;
    newBacklinks: number | null;
    lostBacklinks: number | null;
    newRefdomains: number | null;
    lostRefdomains: number | null;
  } | null;
  /** Oldest first: the chart. */
  history: { takenAt: string; backlinks: number | null; referringDomains: number | null }[];
  newLinks: LinkRow[];
  lostLinks: LinkRow[];
}

export interface ProspectSection {
  listName: string;
  total: number;
  verdicts: Record<Verdict, number> & { unjudged: number };
  /** The strongest passing prospects first. */
  top: {
    domain: string;
    trust: number | null;
    referringDomains: number | null;
    verdict: Verdict;
  }[];
  trustLabel: string;
}

export interface RankingSection {
  domain: string;
  searchEngine: string;
  location: string;
  latest: {
    checkedAt: string;
    keywords: number;
    averagePosition: number | null;
    visibility: number;
    top3: number;
    top10: number;
    top100: number;
  } | null;
  /** Oldest first: the charts. */
  points: {
    checkedAt: string;
    visibility: number;
    averagePosition: number | null;
    top10: number;
  }[];
  keywords: {
    keyword: string;
    position: number | null;
    change: number | "entered" | "dropped" | null;
  }[];
}

export interface SharedReport {
  title: string;
  clientDomain: string;
  workspaceName: string;
  timeZone: string;
  brandColor: string;
  logoDataUrl: string | null;
  generatedAt: string;
  sections: ReportSection[];
  backlinks: BacklinkSection | null;
  prospects: ProspectSection | null;
  rankings: RankingSection | null;
}
