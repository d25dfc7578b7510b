import { desc, eq } from "drizzle-orm";
import type { Db } from "../client";
import { auditLog } from "../schema";

export interface AuditInput {
  actorUserId: string | null;
  action: string;
  target?: string;
  details?: Record<string, unknown>;
}

export async function writeAudit(db: Db, tenantId: string, entry: AuditInput) {
  await db.insert(auditLog).values({ tenantId, ...entry });
}

export async function listAudit(db: Db, tenantId: string, limit = 50) {
  return db
    .select()
    .from(auditLog)
    .where(eq(auditLog.tenantId, tenantId))
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(limit);
}
