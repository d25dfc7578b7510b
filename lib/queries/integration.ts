import { queryOptions } from "@tanstack/react-query";
import type { IntegrationStatus } from "@/lib/services/seranking/integration-view";
import { fetchJson } from "./fetch-json";

// The shapes are the server's own (type-only import: nothing server-side is bundled).
export type { IntegrationStatus, TestKeyReply } from "@/lib/services/seranking/integration-view";

export const integrationUrl = (slug: string) =>
  `/api/tenants/${encodeURIComponent(slug)}/integrations/se-ranking`;

export const integrationQuery = (slug: string) =>
  queryOptions({
    queryKey: ["tenant", slug, "integration", "se-ranking"],
    queryFn: () =>
      fetchJson<{ integration: IntegrationStatus }>(integrationUrl(slug)).then(
        (r) => r.integration,
      ),
  });
