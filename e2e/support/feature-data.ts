import { type APIRequestContext, expect } from "@playwright/test";

/**
 * Gives a connected workspace something on every feature page: a prospect list with fetched
 * metrics (so its charts draw) and a keyword project with one finished check. Returns the ids
 * and the page paths that show them.
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

  return {
    listId,
    projectId,
    pages: [
      "",
      "/backlinks?domain=example.com",
      `/prospects?list=${listId}`,
      `/keywords?project=${projectId}`,
      "/settings",
      "/settings/integrations",
    ],
  };
}
