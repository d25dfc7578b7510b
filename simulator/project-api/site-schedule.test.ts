// A site's own check schedule (seranking-project-api.md §3 "check_freq"): set at create or by
// PUT /sites/{site_id}, kept, and listed by GET /sites in the reference's shape.
import { describe, expect, it } from "vitest";
import { PROJECT_API_DEMO_KEY } from "../keys";
import { callJson, setupSimulator } from "../test-helpers";
import { refSites } from "./reference-schemas";

const sim = setupSimulator();
const api = <T = unknown>(path: string, options: Parameters<typeof callJson>[2] = {}) =>
  callJson<T>(sim(), path, { key: PROJECT_API_DEMO_KEY, ...options });

const listed = async (id: number) =>
  refSites.parse((await api("/sites")).body).find((s) => s.id === id);

describe("check_freq / check_day of a site", () => {
  it("defaults to check_daily, and keeps what create and PUT send", async () => {
    const plain = await api<{ site_id: number }>("/sites", {
      body: { url: "plain-schedule.com", title: "plain" },
    });
    expect(await listed(plain.body.site_id)).toMatchObject({
      check_freq: "check_daily",
      check_day: null,
    });

    const weekly = await api<{ site_id: number }>("/sites", {
      body: {
        url: "weekly-schedule.com",
        title: "weekly",
        check_freq: "check_weekly",
        check_day: 3,
      },
    });
    expect(await listed(weekly.body.site_id)).toMatchObject({
      check_freq: "check_weekly",
      check_day: 3,
    });

    const put = await api(`/sites/${weekly.body.site_id}`, {
      method: "PUT",
      body: { check_freq: "check_monthly", check_day: "31" },
    });
    expect(put.status).toBe(200);
    expect(await listed(weekly.body.site_id)).toMatchObject({
      check_freq: "check_monthly",
      check_day: 31,
    });

    await api(`/sites/${weekly.body.site_id}`, { method: "PUT", body: { check_freq: "manual" } });
    expect(await listed(weekly.body.site_id)).toMatchObject({
      check_freq: "manual",
      check_day: null,
    });
  });

  it("answers 400 for a day outside the frequency's range or an unknown frequency", async () => {
    const site = await api<{ site_id: number }>("/sites", {
      body: { url: "bad-day-schedule.com", title: "bad" },
    });
    const path = `/sites/${site.body.site_id}`;
    expect(
      (await api(path, { method: "PUT", body: { check_freq: "check_weekly", check_day: 8 } }))
        .status,
    ).toBe(400);
    expect(
      (await api(path, { method: "PUT", body: { check_freq: "check_monthly", check_day: 0 } }))
        .status,
    ).toBe(400);
    expect((await api(path, { method: "PUT", body: { check_freq: "hourly" } })).status).toBe(400);
    expect(
      (await api("/sites/999999", { method: "PUT", body: { check_freq: "manual" } })).status,
    ).toBe(404);
    expect(await listed(site.body.site_id)).toMatchObject({ check_freq: "check_daily" });
  });
});
