// Test-only: tenants whose key can (or cannot) use SE Ranking's Project API, as Save records it.
import { randomBytes } from "node:crypto";
import { encrypt } from "@/lib/crypto/envelope";
import type { Db } from "@/lib/db/client";
import { upsertIntegration } from "@/lib/db/queries/integrations";
import { createOwnerAccount } from "@/lib/services/accounts";
import { serverKeyring } from "@/lib/services/seranking/keyring";

export async function trackerTenant(
  db: Db,
  label: string,
  apiKey: string,
  project: boolean,
  projectReason: string | null = null,
) {
  const id = randomBytes(4).toString("hex");
  const { tenant, userId } = await createOwnerAccount(db, {
    name: label,
    email: `${label}-${id}@example.test`,
    password: `password-${id}-123`,
    tenantName: label,
    tenantSlug: `${label}-${id}`,
  });
  await upsertIntegration(db, tenant.id, {
    apiKey: encrypt(apiKey, serverKeyring().current),
    metadata: {
      dialect: "data-v1",
      last4: apiKey.slice(-4),
      status: "connected",
      apis: { data: true, project, projectReason },
    },
  });
  return { tenantId: tenant.id, userId };
}
