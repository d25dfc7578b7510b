// A stored gap analysis as the public API shows it: no tenant or member ids.
import type { BacklinkGap } from "@/lib/db/schema/backlink-gaps";

export const gapApiView = (g: BacklinkGap) => ({
  id: g.id,
  domain: g.domain,
  competitors: g.competitors,
  status: g.status,
  done: g.done,
  total: g.total,
  failed: g.failed,
  error: g.error,
  estimatedCredits: g.estimatedCredits,
  createdAt: g.createdAt.toISOString(),
  finishedAt: g.finishedAt?.toISOString() ?? null,
});
