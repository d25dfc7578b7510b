import { type APIRequestContext, expect } from "@playwright/test";

/** uuids look like this: none may appear on a shared report (HTML or RSC payload). */
export const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/**
 * A client report over a workspace's seeded prospect list and keyword project (and its first
 * monitored domain, when there is one), with a live share link. Returns the ids and the link's path.
 */
export async function sharedReport(
  admin: APIRequestContext,
  slug: string,
  sources: { listId: string; projectId: string },
) {
  const api = `/api/tenants/${slug}`;
  const monitors = (await (await admin.get(`${api}/monitoring`)).json()).monitors as {
    id: string;
  }[];
  const monitorId = monitors[0]?.id ?? null;
  const created = await admin.post(`${api}/reports`, {
    data: {
      title: "Client report",
      clientDomain: "example.com",
      ...sources,
      monitorId,
      sections: monitorId ? ["backlinks", "prospects", "rankings"] : ["prospects", "rankings"],
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const reportId: string = (await created.json()).report.id;
  const link = await admin.post(`${api}/reports/${reportId}/share-links`, {
    data: { expiresInDays: 7 },
  });
  expect(link.status(), await link.text()).toBe(201);
  const body = (await link.json()) as { link: { id: string }; path: string };
  return { reportId, linkId: body.link.id, path: body.path };
}
