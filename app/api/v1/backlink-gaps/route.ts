// POST /api/v1/backlink-gaps — start a gap analysis (202; follow it through GET …/:gapId).
import { findGap } from "@/lib/db/queries/backlink-gaps";
import { startGap } from "@/lib/public-api/operations/gaps";
import { publicRoute } from "@/lib/public-api/public-route";
import { gapApiView } from "@/lib/public-api/views/gaps";
import { startGap as start } from "@/lib/services/backlinks/gap/gap-service";

export const POST = publicRoute(startGap, async ({ db, tenant, body }) => {
  const view = await start(db, tenant.id, null, body);
  const row = await findGap(db, tenant.id, view.id);
  return { gap: gapApiView(row!) };
});
