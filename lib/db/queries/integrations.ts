import { and, eq } from "drizzle-orm";
import type { Db } from "../client";
import { integrations } from "../schema";

export const SE_RANKING = "se_ranking";

export async function findIntegration(db: Db, tenantId: string, provider = SE_RANKING) {
  const [row] = await db
    .select()
    .from(integrations)
    .where(and(eq(integrations.tenantId, tenantId), eq(integrations.provider, provider)))
    .limit(1);
  return row;
}

/** Inserts or replaces the tenant's row for a provider (one per tenant and provider). */
export async function upsertIntegration(
  db: Db,
  tenantId: string,
  values: { apiKey: string | null; metadata: Record<string, unknown> },
  provider = SE_RANKING,
) {
  await db
    .insert(integrations)
    .values({ tenantId, provider, ...values })
    .onConflictDoUpdate({
      target: [integrations.tenantId, integrations.provider],
      set: { ...values, updatedAt: new Date() },
    });
}

export async function updateIntegrationMetadata(
  db: Db,
  tenantId: string,
  metadata: Record<string, unknown>,
  provider = SE_RANKING,
) {
  await db
    .update(integrations)
    .set({ metadata, updatedAt: new Date() })
    .where(and(eq(integrations.tenantId, tenantId), eq(integrations.provider, provider)));
}

export async function deleteIntegration(db: Db, tenantId: string, provider = SE_RANKING) {
  await db
    .delete(integrations)
    .where(and(eq(integrations.tenantId, tenantId), eq(integrations.provider, provider)));
}

export async function listAllIntegrations(db: Db) {
  return db.select().from(integrations);
}

export async function setIntegrationCiphertext(db: Db, id: string, apiKey: string) {
  await db.update(integrations).set({ apiKey }).where(eq(integrations.id, id));
}
