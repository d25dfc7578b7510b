// GET|POST /api/v1/prospect-lists — the workspace's prospect lists (cursor pages); create one.
import { listProspectLists } from "@/lib/db/queries/prospect-lists";
import { createList, listLists } from "@/lib/public-api/operations/prospects";
import { publicRoute } from "@/lib/public-api/public-route";
import { decodeCursor, pageOf } from "@/lib/public-api/schemas";
import { createList as create } from "@/lib/services/prospects/lists";

const listView = (l: { id: string; name: string; createdAt: Date }, domains = 0, fetched = 0) => ({
  id: l.id,
  name: l.name,
  domains,
  fetched,
  createdAt: l.createdAt.toISOString(),
});

export const GET = publicRoute(listLists, async ({ db, tenant, query }) => {
  const rows = await listProspectLists(db, tenant.id);
  const page = pageOf(rows, decodeCursor(query.cursor), query.limit);
  return {
    data: page.data.map((l) => listView(l, Number(l.domains), Number(l.fetched))),
    nextCursor: page.nextCursor,
  };
});

export const POST = publicRoute(createList, async ({ db, tenant, body }) => ({
  list: listView(await create(db, tenant.id, body.name)),
}));
