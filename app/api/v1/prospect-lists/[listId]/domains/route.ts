// POST /api/v1/prospect-lists/:listId/domains — add domains; answers added, duplicates and rejected lines.

import { addDomains } from "@/lib/public-api/operations/prospects";
import { publicRoute } from "@/lib/public-api/public-route";
import { addDomains as add } from "@/lib/services/prospects/lists";

export const POST = publicRoute(addDomains, async ({ db, tenant, params, body }) =>
  add(db, tenant.id, params.listId, body.entries),
);
