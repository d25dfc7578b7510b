import { queryOptions } from "@tanstack/react-query";
import type { MetricLabels } from "@/lib/seranking/types";
import type { IntegrationMetadata } from "@/lib/services/seranking/integration-metadata";
import { fetchJson } from "./fetch-json";

export interface IntegrationStatusView {
  state: "connected" | "needs_attention" | "not_connected";
  last4?: string;
  connectedBy?: string;
  connectedAt?: string;
  verifiedAt?: string;
  lastError?: string | null;
  /** Which SE Ranking API the key speaks: "data-v1" (public Data API) or "provider-v3". */
  dialect?: string;
  dialectLabel?: string;
  metricLabels?: MetricLabels;
  /** Which SE Ranking APIs the key can use (found at Save and re-verify). */
  apis?: IntegrationMetadata["apis"] | null;
  apisLabel?: string | null;
  /** SE Ranking calls made for this workspace in the current month (YYYY-MM). */
  usage?: {
    month: string;
    calls: number;
    /** Credits spent this month, and per feature (backlinks, prospects, keywords, key checks). */
    credits: number;
    byFeature: { feature: string; calls: number; credits: number }[];
  };
  account?: {
    email?: string;
    name?: string;
    plan?: string;
    status?: string;
    creditsLeft?: number;
    creditsLimit?: number;
    expiresAt?: string;
  };
}

export interface AccountView {
  email?: string;
  name?: string;
  plan?: string;
  status?: string;
  creditsLeft?: number;
  creditsLimit?: number;
  expiresAt?: string;
}

/** What "Test key" answers: the account and the API that accepted the key. */
export interface TestKeyView {
  account: AccountView;
  /** Set when only the Project API (rank tracking) accepts the key: why the Data API did not. */
  projectOnlyReason: string | null;
  dialect: string;
  dialectLabel: string;
  metricLabels: MetricLabels;
}

export const integrationUrl = (slug: string) =>
  `/api/tenants/${encodeURIComponent(slug)}/integrations/se-ranking`;

export const integrationQuery = (slug: string) =>
  queryOptions({
    queryKey: ["tenant", slug, "integration", "se-ranking"],
    queryFn: () =>
      fetchJson<{ integration: IntegrationStatusView }>(integrationUrl(slug)).then(
        (r) => r.integration,
      ),
  });
