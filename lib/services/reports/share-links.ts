import "server-only";
// Share links: a read-only way into one report for people without a login. The token is shown
// once, at creation; only its digest is stored. A link that is revoked, expired, malformed or
// unknown is the same 404 to the holder.
import { and, desc, eq, gt, isNull } from "drizzle-orm";
import { notFound } from "@/lib/api/errors";
import type { Db } from "@/lib/db/client";
import { type ReportShareLink, reportShareLinks } from "@/lib/db/schema";
import { requireReport } from "./report-service";
import { hashShareToken, isShareToken, newShareToken } from "./share-token";

const DAY_MS = 86_400_000;

export interface ShareLinkView {
  id: string;
  /** The first characters, so people can tell links apart (never the token). */
  prefix: string;
  expiresAt: string;
  revokedAt: string | null;
  createdAt: string;
  state: "active" | "expired" | "revoked";
}

export function shareLinkView(l: ReportShareLink, now = new Date()): ShareLinkView {
  return {
    id: l.id,
    prefix: l.prefix,
    expiresAt: l.expiresAt.toISOString(),
    revokedAt: l.revokedAt?.toISOString() ?? null,
    createdAt: l.createdAt.toISOString(),
    state: l.revokedAt ? "revoked" : l.expiresAt <= now ? "expired" : "active",
  };
}

export async function listShareLinks(db: Db, tenantId: string, reportId: string) {
  await requireReport(db, tenantId, reportId);
  const rows = await db
    .select()
    .from(reportShareLinks)
    .where(and(eq(reportShareLinks.tenantId, tenantId), eq(reportShareLinks.reportId, reportId)))
    .orderBy(desc(reportShareLinks.createdAt));
  const now = new Date();
  return rows.map((l) => shareLinkView(l, now));
}

/** A new link; the token is in this answer only. */
export async function createShareLink(
  db: Db,
  tenantId: string,
  reportId: string,
  input: { expiresInDays: number; createdBy: string | null },
  now = new Date(),
) {
  await requireReport(db, tenantId, reportId);
  const { token, hash, prefix } = newShareToken();
  const [row] = await db
    .insert(reportShareLinks)
    .values({
      tenantId,
      reportId,
      tokenHash: hash,
      prefix,
      expiresAt: new Date(now.getTime() + input.expiresInDays * DAY_MS),
      createdBy: input.createdBy,
    })
    .returning();
  return { link: shareLinkView(row!, now), token };
}

async function requireLink(db: Db, tenantId: string, reportId: string, linkId: string) {
  const where = and(
    eq(reportShareLinks.tenantId, tenantId),
    eq(reportShareLinks.reportId, reportId),
    eq(reportShareLinks.id, linkId),
  );
  const [row] = await db.select().from(reportShareLinks).where(where);
  if (!row) throw notFound("This share link");
  return { row, where };
}

/** Revoking is final: a revoked link is never turned back on (make a new one instead). */
export async function revokeShareLink(
  db: Db,
  tenantId: string,
  reportId: string,
  linkId: string,
  now = new Date(),
) {
  const { row, where } = await requireLink(db, tenantId, reportId, linkId);
  if (row.revokedAt) return shareLinkView(row, now);
  const [updated] = await db
    .update(reportShareLinks)
    .set({ revokedAt: now })
    .where(where)
    .returning();
  return shareLinkView(updated!, now);
}

/** Moves the expiry: shortens or extends a link; an instant in the past ends it now. */
export async function setShareLinkExpiry(
  db: Db,
  tenantId: string,
  reportId: string,
  linkId: string,
  expiresAt: Date,
) {
  const { where } = await requireLink(db, tenantId, reportId, linkId);
  const [updated] = await db.update(reportShareLinks).set({ expiresAt }).where(where).returning();
  return shareLinkView(updated!);
}

/**
 * The report a token opens: only a well-formed token whose digest matches a link that is neither
 * revoked nor expired at `now`. The tenant comes from the link row, never from the request.
 */
export async function reportForToken(db: Db, token: string, now = new Date()) {
  if (!isShareToken(token)) throw notFound("This report");
  const [link] = await db
    .select()
    .from(reportShareLinks)
    .where(
      and(
        eq(reportShareLinks.tokenHash, hashShareToken(token)),
        isNull(reportShareLinks.revokedAt),
        gt(reportShareLinks.expiresAt, now),
      ),
    );
  if (!link) throw notFound("This report");
  return requireReport(db, link.tenantId, link.reportId);
}
