import { queryOptions } from "@tanstack/react-query";
import { fetchJson } from "./fetch-json";

export interface IntegrationStatusView {
  state: "connected" | "needs_attention" | "not_connected";
  last4?: string;
  connectedBy?: string;
  connectedAt?: string;
  verifiedAt?: string;
  lastError?: string | null;
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
  email: string;
  name?: string;
  plan?: string;
  status?: string;
  creditsLeft?: number;
  creditsLimit?: number;
  expiresAt?: string;
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
