// Trial keys: SE Ranking holds a trial account's Data API key to 1 request/s (its rate-limit
// page). The subscription reply is read for a trial, and the key's limiter follows.
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { installMockServer, makeClient, server } from "@/test/support/seranking-client";
import { dataV1 } from "./data-v1";

installMockServer();

const API = "https://api.seranking.com";
const SUBSCRIPTION = `${API}/v1/account/subscription`;
// As SE Ranking's account docs show it, misspelt expiry key included.
const live = {
  status: "active",
  start_date: "2024-01-18 14:20:02",
  expiraton_date: "2024-02-18 14:20:02",
  units_limit: 5000000,
  units_left: 4975033,
};

function subscription(info: Record<string, unknown>) {
  server.use(http.get(SUBSCRIPTION, () => HttpResponse.json({ subscription_info: info })));
}

describe("data-v1 trial keys", () => {
  it("reads the live reply's misspelt `expiraton_date`; a paid key is no trial", async () => {
    subscription(live);
    const account = await makeClient({ dialect: dataV1 }).client.verify();
    expect(account.expiresAt).toBe("2024-02-18 14:20:02");
    expect(account.trial).toBeUndefined();
  });

  it.each([{ type: "trial" }, { plan: "Trial" }, { is_trial: true }, { status: "trial" }])(
    "%o marks the account as a trial",
    async (marker) => {
      subscription({ ...live, ...marker });
      const account = await makeClient({ dialect: dataV1 }).client.verify();
      expect(account.trial).toBe(true);
      expect(account.plan).toMatch(/trial/i);
    },
  );

  it("after verify() finds a trial, the key's next calls leave ≥1 s apart", async () => {
    subscription({ ...live, type: "trial" });
    const { client, clock } = makeClient({ dialect: dataV1 });
    await client.verify();
    const before = clock.sleeps.length;
    await client.verify();
    await client.verify();
    const waits = clock.sleeps.slice(before);
    expect(waits).toHaveLength(2);
    for (const w of waits) expect(w).toBeGreaterThanOrEqual(1000);
  });

  it("a client told the account is a trial starts at 1/s; a paid one sends 10 at once", async () => {
    subscription(live);
    const trial = makeClient({ dialect: dataV1, account: { trial: true } });
    await Promise.all([1, 2, 3].map(() => trial.client.verify()));
    expect(trial.clock.sleeps.filter((ms) => ms >= 1000)).toHaveLength(2);

    const paid = makeClient({ dialect: dataV1 });
    await Promise.all(Array.from({ length: 10 }, () => paid.client.verify()));
    expect(paid.clock.sleeps).toEqual([]);
  });
});
