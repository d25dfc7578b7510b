import "server-only";
import type { Db } from "@/lib/db/client";
import { listProspects } from "@/lib/db/queries/prospect-lists";
import { readRules } from "@/lib/db/queries/prospect-rules";
import type { Prospect } from "@/lib/db/schema";
import { type QualificationRules, qualify, tfCfRatio, type Verdict } from "@/lib/prospects/qualify";
import { requireList } from "./lists";

/** A prospect as the page and the export see it: metrics, ratio and the verdict with its reason. */
export interface ProspectView {
  domain: string;
  trustFlow: number | null;
  citationFlow: number | null;
  ratio: number | null;
  referringDomains: number | null;
  totalBacklinks: number | null;
  verdict: Verdict | null;
  reason: string;
  fetchedAt: string | null;
  error: { kind: string; message: string } | null;
}

export function toView(p: Prospect, rules: QualificationRules): ProspectView {
  const error = p.errorKind ? { kind: p.errorKind, message: p.errorMessage ?? "" } : null;
  const base = {
    domain: p.domain,
    referringDomains: p.referringDomains,
    totalBacklinks: p.totalBacklinks,
    fetchedAt: p.fetchedAt?.toISOString() ?? null,
    error,
  };
  if (p.trustFlow === null || p.citationFlow === null) {
    return {
      ...base,
      trustFlow: null,
      citationFlow: null,
      ratio: null,
      verdict: null,
      reason: error ? `Fetch failed: ${error.message}` : "Metrics not fetched yet",
    };
  }
  const metrics = { trustFlow: p.trustFlow, citationFlow: p.citationFlow };
  const q = qualify(metrics, rules);
  return { ...base, ...metrics, ratio: tfCfRatio(metrics), verdict: q.verdict, reason: q.reason };
}

export async function listDetail(db: Db, tenantId: string, listId: string) {
  const list = await requireList(db, tenantId, listId);
  const [{ rules }, rows] = await Promise.all([
    readRules(db, tenantId),
    listProspects(db, tenantId, listId),
  ]);
  return {
    list: { id: list.id, name: list.name, createdAt: list.createdAt, updatedAt: list.updatedAt },
    rules,
    prospects: rows.map((p) => toView(p, rules)),
  };
}
