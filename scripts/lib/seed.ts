import { type EncryptionKey, encrypt } from "@/lib/crypto/envelope";
import type { Db } from "@/lib/db/client";
import { upsertIntegration } from "@/lib/db/queries/integrations";
import { findTenantBySlug } from "@/lib/db/queries/tenants";
import { createOwnerAccount } from "@/lib/services/accounts";
import { markVerified, seedMember } from "@/scripts/lib/seed-member";
import { DEMO_KEY } from "@/simulator/keys";

export const DEMO = {
  tenantName: "Acme SEO",
  tenantSlug: "acme-seo",
  admin: { name: "Ada Admin", email: "admin@demo.test", password: "demo-admin-2026" },
  marketer: { email: "marketer@demo.test", password: "demo-marketer-2026" },
} as const;

/** The demo tenant with an admin and a marketer; does nothing if it is already there. */
/** Returns the new workspace, or undefined when it was already there. */
export async function seedDemo(db: Db, encryptionKey: EncryptionKey) {
  if (await findTenantBySlug(db, DEMO.tenantSlug)) return undefined;
  const { userId, tenant } = await createOwnerAccount(db, {
    name: DEMO.admin.name,
    email: DEMO.admin.email,
    password: DEMO.admin.password,
    tenantName: DEMO.tenantName,
    tenantSlug: DEMO.tenantSlug,
  });
  // Demo logins are printed, so both accounts start verified (no mail round trip to try it).
  await markVerified(db, userId);
  await seedMember(db, tenant.id, {
    email: DEMO.marketer.email,
    password: DEMO.marketer.password,
    role: "marketer",
  });
  const now = new Date().toISOString();
  await upsertIntegration(db, tenant.id, {
    apiKey: encrypt(DEMO_KEY, encryptionKey),
    metadata: {
      dialect: "provider-v3",
      last4: DEMO_KEY.slice(-4),
      status: "connected",
      connectedBy: userId,
      connectedAt: now,
      verifiedAt: now,
      account: { email: "demo@simulator.example", name: "Demo Simulator" },
    },
  });
  return { tenantId: tenant.id, adminId: userId };
}
