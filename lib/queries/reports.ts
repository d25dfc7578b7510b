import { queryOptions } from "@tanstack/react-query";
import type { BrandingView } from "@/lib/services/reports/branding";
import type { ReportView } from "@/lib/services/reports/report-service";
import type { ShareLinkView } from "@/lib/services/reports/share-links";
import type { BrandingInput, ReportInput } from "@/lib/validations/reports";
import { fetchJson } from "./fetch-json";

// The server's own shapes (type-only import: nothing server-side is bundled).
export type { BrandingView } from "@/lib/services/reports/branding";
export type { ReportView } from "@/lib/services/reports/report-service";
export type { ShareLinkView } from "@/lib/services/reports/share-links";

const base = (slug: string) => `/api/tenants/${encodeURIComponent(slug)}/reports`;
const linksUrl = (slug: string, reportId: string) => `${base(slug)}/${reportId}/share-links`;

export const reportsQuery = (slug: string) =>
  queryOptions({
    queryKey: ["tenant", slug, "reports"],
    queryFn: () => fetchJson<{ reports: ReportView[] }>(base(slug)).then((r) => r.reports),
  });

export const shareLinksQuery = (slug: string, reportId: string) =>
  queryOptions({
    queryKey: ["tenant", slug, "reports", reportId, "links"],
    queryFn: () =>
      fetchJson<{ links: ShareLinkView[] }>(linksUrl(slug, reportId)).then((r) => r.links),
  });

export const saveReport = (slug: string, input: ReportInput, reportId?: string) =>
  fetchJson<{ report: ReportView }>(reportId ? `${base(slug)}/${reportId}` : base(slug), {
    method: reportId ? "PUT" : "POST",
    json: input,
  });

export const deleteReport = (slug: string, reportId: string) =>
  fetchJson<void>(`${base(slug)}/${reportId}`, { method: "DELETE" });

export const createShareLink = (slug: string, reportId: string, expiresInDays: number) =>
  fetchJson<{ link: ShareLinkView; token: string; path: string }>(linksUrl(slug, reportId), {
    method: "POST",
    json: { expiresInDays },
  });

export const revokeShareLink = (slug: string, reportId: string, linkId: string) =>
  fetchJson<{ link: ShareLinkView }>(`${linksUrl(slug, reportId)}/${linkId}`, {
    method: "DELETE",
  });

export const saveBranding = (slug: string, input: BrandingInput) =>
  fetchJson<{ branding: BrandingView }>(
    `/api/tenants/${encodeURIComponent(slug)}/report-branding`,
    { method: "PUT", json: input },
  );
