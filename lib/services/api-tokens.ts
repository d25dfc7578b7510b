// Workspace API tokens: created by an admin and shown once, listed by name and prefix, revoked.
import { notFound } from "@/lib/api/errors";
import type { Db } from "@/lib/db/client";
import { insertApiToken, listApiTokens, revokeApiToken } from "@/lib/db/queries/api-tokens";
import { writeAudit } from "@/lib/db/queries/audit";
import type { ApiScope, ApiToken } from "@/lib/db/schema";
import { newApiToken } from "@/lib/public-api/token-format";
import type { createApiTokenSchema } from "@/lib/validations/api-tokens";
import type { z } from "@/lib/validations/zod-config";

interface Actor {
  tenantId: string;
  actorUserId: string;
}

/** What the settings page shows of a token: never its digest, and its secret only once. */
export function apiTokenView(row: ApiToken) {
  return {
    id: row.id,
    name: row.name,
    scopes: row.scopes as ApiScope[],
    prefix: row.prefix,
    ratePerMinute: row.ratePerMinute,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}
export type ApiTokenView = ReturnType<typeof apiTokenView>;

export async function listTokens(db: Db, tenantId: string) {
  return (await listApiTokens(db, tenantId)).map(apiTokenView);
}

export async function createToken(
  db: Db,
  actor: Actor,
  input: z.output<typeof createApiTokenSchema>,
): Promise<{ token: ApiTokenView; secret: string }> {
  const { token: secret, hash, prefix } = newApiToken();
  const scopes: ApiScope[] = input.scope === "write" ? ["read", "write"] : ["read"];
  const row = await insertApiToken(db, {
    tenantId: actor.tenantId,
    name: input.name,
    scopes,
    tokenHash: hash,
    prefix,
    ratePerMinute: input.ratePerMinute,
    createdBy: actor.actorUserId,
  });
  await writeAudit(db, actor.tenantId, {
    actorUserId: actor.actorUserId,
    action: "api_token.created",
    target: row.name,
    details: { tokenId: row.id, scopes, ratePerMinute: row.ratePerMinute },
  });
  return { token: apiTokenView(row), secret };
}

export async function revokeToken(db: Db, actor: Actor, tokenId: string) {
  const row = await revokeApiToken(db, actor.tenantId, tokenId);
  if (!row) throw notFound("This token");
  await writeAudit(db, actor.tenantId, {
    actorUserId: actor.actorUserId,
    action: "api_token.revoked",
    target: row.name,
    details: { tokenId: row.id },
  });
  return apiTokenView(row);
}
