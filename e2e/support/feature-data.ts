import { type APIRequestContext, expect } from "@playwright/test";

/**
 * Gives a connected workspace something on every feature page: a prospect list with fetched
 * metrics (so its charts draw), a keyword project with one finished check, a finished backlink
 * gap and a monitored domain with its first snapshot. Returns the ids and the pages that show them.
 */
export async function seedFeatureData(admin: APIRequestContext, slug: string) {
  const api = `/api/tenants/${slug}`;
  const list = await admin.post(`${api}/prospect-lists`, { data: { name: "Seeded list" } });
  expect(list.status(), await list.text()).toBe(201);
  const listId: string = (await list.json()).list.id;
  const added = await admin.post(`${api}/prospect-lists/${listId}/domains`, {
    data: { entries: ["example.com", "spammy-example.com", "authority-example.com"] },
  });
  expect(added.status(), await added.text()).toBe(200);
  const run = await admin.post(`${api}/prospect-lists/${listId}/run`, { data: { mode: "all" } });
  expect(run.status(), await run.text()).toBe(202);
  await expect
    .poll(
      async () =>
        (await (await admin.get(`${api}/prospect-lists/${listId}/run`)).json()).run?.status,
    )
    .not.toBe("running");

  const project = await admin.post(`${api}/keywords/projects`, {
    data: { domain: "example.com", searchEngine: "google" },
  });
  expect(project.status(), await project.text()).toBe(200);
  const projectId: string = (await project.json()).project.id;
  const keywords = await admin.post(`${api}/keywords/projects/${projectId}/keywords`, {
    data: { text: "seo tools\nbacklink checker" },
  });
  expect(keywords.status(), await keywords.text()).toBeLessThan(300);
  // Keywords are checked when added: that is the one finished check.
  expect((await keywords.json()).check?.trigger).toBe("added");
  await expect
    .poll(
      async () =>
        (await (await admin.get(`${api}/keywords/projects/${projectId}/checks`)).json()).run
          ?.status,
    )
    .not.toBe("running");

  // A finished backlink gap and a monitored domain with its first snapshot.
  const gap = await admin.post(`${api}/backlink-gaps`, {
    data: { domain: "example.com", competitors: ["small-example.com"] },
  });
  expect(gap.status(), await gap.text()).toBe(202);
  const gapId: string = (await gap.json()).gap.id;
  await expect
    .poll(
      async () =>
        (await (await admin.get(`${api}/backlink-gaps/${gapId}`)).json()).gap?.progress?.status,
    )
    .toBe("done");
  const monitor = await admin.post(`${api}/monitoring`, { data: { domain: "example.com" } });
  expect(monitor.status(), await monitor.text()).toBe(201);
  const monitorId: string = (await monitor.json()).monitor.id;
  await expect
    .poll(
      async () =>
        (
          (await (await admin.get(`${api}/monitoring`)).json()).monitors as {
            id: string;
            latest: unknown;
          }[]
        ).find((m) => m.id === monitorId)?.latest ?? null,
    )
    .not.toBeNull();

  return {
    listId,
    projectId,
    pages: [
      "",
      "/backlinks?domain=example.com",
      "/backlinks?domain=example.com&tab=refdomains",
      "/backlinks?domain=example.com&tab=anchors",
      `/backlink-gap?gap=${gapId}`,
      "/monitoring",
      `/monitoring/${monitorId}`,
      `/prospects?list=${listId}`,
      `/keywords?project=${projectId}`,
      "/settings",
      "/settings/integrations",
      "/settings/api",
      "/settings/alerts",
      "/reports",
    ],
  };
}
