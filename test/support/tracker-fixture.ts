// Test-only: tenants whose key can (or cannot) use SE Ranking's Project API, as Save records it.
import type { Db } from "@/lib/db/client";
import { tenantWithKey } from "./keyword-fixture";

export function trackerTenant(
  db: Db,
  label: string,
  apiKey: string,
  project: boolean,
  projectReason: string | null = null,
) {
  return tenantWithKey(db, label, apiKey, {
    dialect: "data-v1",
    last4: apiKey.slice(-4),
    status: "connected",
    apis: { data: true, project, projectReason },
  });
}
