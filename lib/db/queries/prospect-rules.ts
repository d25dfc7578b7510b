import { eq } from "drizzle-orm";
import { DEFAULT_RULES, type QualificationRules } from "@/lib/prospects/qualify";
import type { Db } from "../client";
import { prospectRules } from "../schema";

export async function readRules(db: Db, tenantId: string) {
  const [row] = await db
    .select()
    .from(prospectRules)
    .where(eq(prospectRules.tenantId, tenantId))
    .limit(1);
  const rules: QualificationRules = row
    ? {
        minTrustFlow: row.minTrustFlow,
        minRatio: row.minRatio,
        spamMinCitationFlow: row.spamMinCitationFlow,
        spamMaxRatio: row.spamMaxRatio,
      }
    : { ...DEFAULT_RULES };
  return { rules, isDefault: !row, updatedAt: row?.updatedAt ?? null };
}

export async function writeRules(
  db: Db,
  tenantId: string,
  rules: QualificationRules,
  updatedBy: string,
) {
  const values = { ...rules, updatedBy, updatedAt: new Date() };
  await db
    .insert(prospectRules)
    .values({ tenantId, ...values })
    .onConflictDoUpdate({ target: prospectRules.tenantId, set: values });
}
