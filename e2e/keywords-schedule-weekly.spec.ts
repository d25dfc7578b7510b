import { expect, test } from "@playwright/test";
import { connectedWorkspace, signInViaUi } from "./support/accounts";
import { DEMO_KEY, SIM_URL, sim } from "./support/simulator";

// A weekly schedule on Monday, set in the editor, then the clock moves forward over two weeks and
// more (the simulator's day, and the scheduler's tick at that instant through the e2e server's
// test clock): exactly one check per due Monday, also after the time of day moves later.
const TZ = "Europe/Berlin";
const HOUR = 3_600_000;
const berlin = (iso: string) =>
  new Intl.DateTimeFormat("en-GB", {
    timeZone: TZ,
    weekday: "long",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date(iso));

test("weekly on Monday: exactly one check per due Monday as the clock moves", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const { account, admin } = await connectedWorkspace(baseURL!, "kwweekly", DEMO_KEY);
  const tenantApi = `/api/tenants/${account.tenantSlug}`;
  const base = `${tenantApi}/keywords/projects`;
  expect((await admin.patch(tenantApi, { data: { timeZone: TZ } })).ok()).toBe(true);
  const { project } = await (
    await admin.post(base, { data: { domain: "weekly-schedule.example", searchEngine: "google" } })
  ).json();
  const added = await admin.post(`${base}/${project.id}/keywords`, {
    data: { text: "rank tracker" },
  });
  const keywordId = (await added.json()).added[0].id;
  const latestRun = async () =>
    (await (await admin.get(`${base}/${project.id}/checks`)).json()).run;
  await expect.poll(async () => (await latestRun()).status).toBe("done");

  // The editor, by keyboard where a user would type.
  await signInViaUi(page, account.email, account.password);
  await page.goto(`/${account.tenantSlug}/keywords`);
  await page.getByLabel("Check", { exact: true }).selectOption("weekly");
  await page.getByLabel("Day of the week").selectOption("Monday");
  const time = page.getByLabel(`Time (${TZ})`);
  await time.focus();
  await time.fill("09:00");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("next-check")).toContainText(/Next check: .+9:00/);

  const read = async () =>
    (await (await admin.get(`${base}/${project.id}/schedule`)).json()).schedule;
  const first = await read();
  expect(first).toMatchObject({ frequency: "weekly", day: 1, time: "09:00", timeZone: TZ });
  expect(berlin(first.nextCheckAt)).toMatch(/^Monday/);

  const { today } = await (await fetch(`${SIM_URL}/__sim/clock`)).json();
  const mondays = [0, 7, 14].map((d) => new Date(Date.parse(first.nextCheckAt) + d * 24 * HOUR));
  const from = Date.parse(first.nextCheckAt) - 2 * 24 * HOUR;
  try {
    for (let t = from; t < mondays[2]!.getTime() + 3 * 24 * HOUR; t += 6 * HOUR) {
      const now = new Date(t).toISOString();
      await sim.setDate(now.slice(0, 10));
      const tick = await admin.post(`${tenantApi}/keywords/schedule-tick`, { data: { now } });
      expect(tick.ok(), now).toBe(true);
      if ((await tick.json()).queued > 0) {
        await expect.poll(async () => (await latestRun()).status).toBe("done");
      }
      // After the first Monday's check the time moves later that same day: no second check then.
      if (t === mondays[0]!.getTime()) {
        const later = await admin.put(`${base}/${project.id}/schedule`, {
          data: { frequency: "weekly", day: 1, time: "14:00" },
        });
        expect(berlin((await later.json()).schedule.nextCheckAt)).toBe(
          berlin(mondays[1]!.toISOString()),
        );
      }
    }
  } finally {
    await sim.setDate(today);
  }

  const history = await (
    await admin.get(`${base}/${project.id}/history?keywordIds=${keywordId}&days=366`)
  ).json();
  const scheduled = (history.points as { checkedAt: string }[])
    .map((p) => p.checkedAt)
    .filter((at) => Date.parse(at) >= from);
  expect(scheduled.map(berlin)).toEqual(mondays.map((m) => berlin(m.toISOString())));
  expect(scheduled.every((at) => berlin(at).startsWith("Monday"))).toBe(true);
  expect(Date.parse((await read()).nextCheckAt)).toBeGreaterThan(mondays[2]!.getTime());
  await admin.dispose();
});
