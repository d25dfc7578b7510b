import { expect, test } from "@playwright/test";
import { connectedWorkspace, signInViaUi } from "./support/accounts";
import { DEMO_KEY } from "./support/simulator";

// "Check now" and the check of keywords just added are extra checks: the daily schedule keeps
// its time.
test("neither adding keywords nor a manual Check now moves the next daily check", async ({
  page,
  baseURL,
}) => {
  const { account, admin } = await connectedWorkspace(baseURL!, "kwsched", DEMO_KEY);
  const base = `/api/tenants/${account.tenantSlug}/keywords/projects`;
  const { project } = await (
    await admin.post(base, { data: { domain: "example.com", searchEngine: "google" } })
  ).json();
  const nextBefore = project.nextCheckAt;
  expect(nextBefore).toBeTruthy();
  const added = await admin.post(`${base}/${project.id}/keywords`, {
    data: { text: "seo audit tool" },
  });
  const { check } = await added.json();
  expect(check).toMatchObject({ trigger: "added", status: "running", total: 1 });
  await expect
    .poll(async () => (await (await admin.get(`${base}/${project.id}/checks`)).json()).run.status)
    .toBe("done");
  expect((await (await admin.get(`${base}/${project.id}`)).json()).project.nextCheckAt).toBe(
    nextBefore,
  );

  await signInViaUi(page, account.email, account.password);
  await page.goto(`/${account.tenantSlug}/keywords`);
  const next = page.getByTestId("next-check");
  const shownBefore = await next.textContent();
  await page.getByRole("button", { name: "Check now" }).click();
  await expect(page.getByText(/^Last checked/)).toBeVisible();

  await page.reload();
  await expect(next).toHaveText(shownBefore!);
  const nextAfter = (await (await admin.get(`${base}/${project.id}`)).json()).project.nextCheckAt;
  expect(nextAfter).toBe(nextBefore);
  await admin.dispose();
});
