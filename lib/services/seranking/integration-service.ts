import "server-only";
import { ApiError } from "@/lib/api/errors";
import { encrypt } from "@/lib/crypto/envelope";
import type { Db } from "@/lib/db/client";
import { writeAudit } from "@/lib/db/queries/audit";
import {
  deleteIntegration,
  findIntegration,
  updateIntegrationMetadata,
  upsertIntegration,
} from "@/lib/db/queries/integrations";
import { tenantTimeZone, usageByFeature } from "@/lib/db/queries/seranking-usage";
import { findUserById } from "@/lib/db/queries/users";
import type { Dialect } from "@/lib/seranking/dialects/dialect";
import { DIALECTS, dialectById } from "@/lib/seranking/dialects/registry";
import { isSERankingError } from "@/lib/seranking/errors";
import type { AccountInfo } from "@/lib/seranking/types";
import { enqueueAlertEvaluation } from "@/lib/services/alerts/alert-jobs";
import { monthIn } from "@/lib/services/budgets/budget-month";
import { type Detected, detectDialect } from "./detect-dialect";
import { type IntegrationMetadata, readMetadata } from "./integration-metadata";
import type { IntegrationState, IntegrationStatus } from "./integration-view";
import { serverKeyring } from "./keyring";
import {
  backlinkRefusal,
  buildProjectClient,
  capabilitiesLabel,
  detectCapabilities,
  projectOnlyCapabilities,
} from "./project-capability";
import { clientForTenant, notConnected, projectClientForTenant } from "./tenant-client";

interface Actor {
  tenantId: string;
  actorUserId: string;
}

/** The metadata after SE Ranking accepted the stored key just now. */
const verified = (metadata: IntegrationMetadata, account?: AccountInfo): IntegrationMetadata => ({
  ...metadata,
  status: "connected",
  lastError: null,
  verifiedAt: new Date().toISOString(),
  account: account ? { ...account } : undefined,
});

/** "Test key": finds which SE Ranking API accepts the key (Data API first); stores nothing. */
export async function testKey(
  db: Db,
  tenantId: string,
  apiKey: string,
  candidates: readonly Dialect[] = DIALECTS,
): Promise<Detected> {
  try {
    return await detectDialect(db, tenantId, apiKey, candidates);
  } catch (error) {
    // Here the key is the question, not a stored key gone bad: say what SE Ranking said about it.
    if (isSERankingError(error) && error.kind === "invalid_key") {
      const reason = error.upstream?.description ?? error.upstream?.message ?? error.message;
      throw new ApiError("key_refused", `SE Ranking rejected this key: ${reason}`, {
        apiKey: "SE Ranking rejected this key",
      });
    }
    throw error;
  }
}

/**
 * "Test key" and the first step of Save: a backlink API (Data API first), else the Project API.
 * A key only the Project API takes comes back with its capabilities, as a Data API key
 * (seranking.com issues both) that cannot research backlinks; a key every API refuses gets the
 * backlink APIs' error, as before. Stores nothing.
 */
export async function testKeyApis(db: Db, tenantId: string, apiKey: string) {
  try {
    const { account, dialect } = await testKey(db, tenantId, apiKey);
    return { account: account as AccountInfo | undefined, dialect, projectOnly: undefined };
  } catch (error) {
    const refusal = backlinkRefusal(error);
    const project = buildProjectClient(db, tenantId, apiKey);
    const apis = refusal === null ? null : await projectOnlyCapabilities(project, refusal);
    if (!apis) throw error;
    return { account: undefined, dialect: dialectById("data-v1"), projectOnly: apis };
  }
}

/** "Save": verifies again, encrypts, stores the spec's row, audits. Replaces any previous key. */
export async function saveKey(db: Db, actor: Actor, apiKey: string) {
  const { account, dialect, projectOnly } = await testKeyApis(db, actor.tenantId, apiKey);
  const apis =
    projectOnly ??
    (await detectCapabilities(buildProjectClient(db, actor.tenantId, apiKey), dialect.id));
  const previous = await findIntegration(db, actor.tenantId);
  const now = new Date().toISOString();
  const metadata: IntegrationMetadata = {
    dialect: dialect.id,
    last4: apiKey.slice(-4),
    status: "connected",
    lastError: null,
    connectedBy: actor.actorUserId,
    connectedAt: now,
    verifiedAt: now,
    account: account ? { ...account } : undefined,
    apis,
  };
  await upsertIntegration(db, actor.tenantId, {
    apiKey: encrypt(apiKey, serverKeyring().current),
    metadata,
  });
  await writeAudit(db, actor.tenantId, {
    actorUserId: actor.actorUserId,
    action: previous?.apiKey ? "integration.key_replaced" : "integration.connected",
    target: "se_ranking",
    details: {
      last4: metadata.last4,
      dialect: dialect.id,
      projectApi: apis.project,
      previousLast4: previous ? readMetadata(previous.metadata).last4 : undefined,
    },
  });
  return metadata;
}

// The key's account, not the moment, is at fault: worth recording on the row for admins.
const ACCOUNT_FAULTS = new Set(["invalid_key", "out_of_credits", "subscription_required"]);

/** "Re-verify": checks the stored key; the outcome (either way) is recorded on the row. */
export async function reverifyKey(db: Db, actor: Actor) {
  const { client, metadata } = await clientForTenant(db, actor.tenantId);
  try {
    const project = await projectClientForTenant(db, actor.tenantId);
    // A Project-only key is checked where it works: its refusal elsewhere is already known.
    const projectOnly = metadata.apis?.backlinks === false;
    if (projectOnly) await project.listSites();
    const account = projectOnly ? metadata.account : await client.verify();
    const apis = projectOnly
      ? { ...metadata.apis!, checkedAt: new Date().toISOString() }
      : await detectCapabilities(project, metadata.dialect);
    const next = { ...verified(metadata, account), apis };
    await updateIntegrationMetadata(db, actor.tenantId, next);
    await writeAudit(db, actor.tenantId, {
      actorUserId: actor.actorUserId,
      action: "integration.verified",
      target: "se_ranking",
    });
    return next;
  } catch (error) {
    // Only a rejected key changes the status; an outage says nothing about the key.
    if (isSERankingError(error) && ACCOUNT_FAULTS.has(error.kind)) {
      const reason = error.upstream?.message ?? error.message;
      await updateIntegrationMetadata(db, actor.tenantId, {
        ...metadata,
        status: error.kind === "invalid_key" ? "needs_attention" : metadata.status,
        lastError: reason,
      });
      await enqueueAlertEvaluation(db, actor.tenantId, "integration");
      await writeAudit(db, actor.tenantId, {
        actorUserId: actor.actorUserId,
        action: "integration.verify_failed",
        target: "se_ranking",
        details: { kind: error.kind },
      });
    }
    throw error;
  }
}

/** "Disconnect": deletes the row and with it the ciphertext. */
export async function disconnectKey(db: Db, actor: Actor) {
  const row = await findIntegration(db, actor.tenantId);
  if (!row) throw notConnected();
  await deleteIntegration(db, actor.tenantId);
  await writeAudit(db, actor.tenantId, {
    actorUserId: actor.actorUserId,
    action: "integration.disconnected",
    target: "se_ranking",
    details: { last4: readMetadata(row.metadata).last4 },
  });
}

/**
 * The admin's choice of API for the stored key. The key is verified against that API first, so
 * the integration never points at an API that refuses it.
 */
export async function changeDialect(db: Db, actor: Actor, dialectId: string) {
  const { client, metadata } = await clientForTenant(db, actor.tenantId, dialectById(dialectId));
  let account: AccountInfo;
  try {
    account = await client.verify();
  } catch (error) {
    if (isSERankingError(error) && error.kind === "invalid_key") {
      throw new ApiError(
        "key_refused",
        `The ${dialectLabel(dialectId)} refused the stored key; the API in use is unchanged.`,
        { dialect: "This API refuses the stored key" },
      );
    }
    throw error;
  }
  const next = verified({ ...metadata, dialect: dialectId }, account);
  await updateIntegrationMetadata(db, actor.tenantId, next);
  await writeAudit(db, actor.tenantId, {
    actorUserId: actor.actorUserId,
    action: "integration.dialect_changed",
    target: "se_ranking",
    details: { from: metadata.dialect, to: dialectId },
  });
  return next;
}

export function dialectLabel(id: string): string {
  return id === "data-v1"
    ? "SE Ranking Data API (api.seranking.com)"
    : "SE Ranking provider API (api4)";
}

/** What any member may see: state and facts about the key, never the key. */
export async function integrationStatus(db: Db, tenantId: string): Promise<IntegrationStatus> {
  const row = await findIntegration(db, tenantId);
  if (!row?.apiKey) return { state: "not_connected" };
  const metadata = readMetadata(row.metadata);
  const month = monthIn(new Date(), await tenantTimeZone(db, tenantId));
  const [connectedBy, usage] = await Promise.all([
    metadata.connectedBy ? findUserById(db, metadata.connectedBy) : undefined,
    usageByFeature(db, tenantId, month),
  ]);
  return {
    state: metadata.status,
    last4: metadata.last4,
    connectedBy: connectedBy?.email,
    connectedAt: metadata.connectedAt,
    verifiedAt: metadata.verifiedAt,
    lastError: metadata.lastError ?? null,
    account: metadata.account,
    dialect: metadata.dialect,
    dialectLabel: dialectLabel(metadata.dialect),
    apis: metadata.apis ?? null,
    apisLabel: capabilitiesLabel(metadata.apis),
    metricLabels: dialectById(metadata.dialect).metricLabels,
    usage: {
      month,
      calls: usage.reduce((n, u) => n + u.calls, 0),
      credits: usage.reduce((n, u) => n + u.credits, 0),
      byFeature: usage.map((u) => ({ feature: u.feature, calls: u.calls, credits: u.credits })),
    },
  };
}

/**
 * What every dashboard page's layout shows of the integration (the "needs attention" banner):
 * the stored row alone, without the usage totals and connector integrationStatus adds.
 */
export async function integrationBannerState(db: Db, tenantId: string) {
  const row = await findIntegration(db, tenantId);
  if (!row?.apiKey) return { state: "not_connected" as IntegrationState, lastError: null };
  const metadata = readMetadata(row.metadata);
  return { state: metadata.status as IntegrationState, lastError: metadata.lastError ?? null };
}
