// The API key must never leak: not in messages, String(error), JSON, upstream text or log lines.
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import {
  BASE,
  CANARY_KEY,
  caught,
  installMockServer,
  makeClient,
  server,
} from "@/test/support/seranking-client";
import {
  describeStatus,
  kindForReply,
  kindForStatus,
  redactSecrets,
  SERankingError,
} from "./errors";

installMockServer();

const SUMMARY = `${BASE}/research/backlinks/summary/`;

function expectNoKey(error: unknown, logs: unknown[] = []) {
  expect(error).toBeInstanceOf(SERankingError);
  const e = error as SERankingError;
  const texts = [e.message, String(e), JSON.stringify(e), e.stack ?? "", JSON.stringify(logs)];
  for (const text of texts) expect(text.toLowerCase()).not.toContain(CANARY_KEY.toLowerCase());
}

describe("canary key", () => {
  it("is scrubbed when the upstream error body echoes it", async () => {
    server.use(
      http.get(SUMMARY, () =>
        HttpResponse.json(
          {
            error: {
              code: 401,
              message: `Invalid token ${CANARY_KEY}`,
              description: `Token ${encodeURIComponent(CANARY_KEY)} was revoked`,
            },
          },
          { status: 401 },
        ),
      ),
    );
    const { client, logs } = makeClient();
    const error = await caught(client.getBacklinksSummary("example.com"));
    expectNoKey(error, logs);
    expect((error as SERankingError).message).toContain("Invalid token [redacted]");
    expect((error as SERankingError).upstream?.description).toContain("[redacted]");
  });

  it("is scrubbed from transport errors that carry a URL with the key", async () => {
    const fetch = async () => {
      throw new TypeError(`fetch failed for https://api4.seranking.com/?token=${CANARY_KEY}`, {
        cause: { code: `ECONNRESET ${CANARY_KEY}` },
      });
    };
    const { client, logs } = makeClient({ fetch, retry: { retries: 1 } });
    const error = await caught(client.getBacklinksSummary("example.com"));
    expect((error as SERankingError).kind).toBe("upstream_unavailable");
    expectNoKey(error, logs);
  });

  it("is scrubbed from input echoed in a bad_request message (even lowercased)", async () => {
    const { client } = makeClient();
    expectNoKey(await caught(client.getBacklinksSummary(CANARY_KEY)));
    expectNoKey(await caught(client.getBacklinksSummary(`https://${CANARY_KEY}`)));
  });

  it("is absent from log lines and from the client object", async () => {
    server.use(http.get(SUMMARY, () => HttpResponse.json({}, { status: 500 })));
    const { client, logs } = makeClient({ retry: { retries: 2 } });
    const error = await caught(client.getBacklinksSummary("example.com"));
    expect(logs[0]).toMatchObject({
      level: "debug",
      meta: { method: "GET", path: "/research/backlinks/summary/", status: 500 },
    });
    expectNoKey(error, logs);
    expect(JSON.stringify(client)).not.toContain(CANARY_KEY);
  });

  it("is absent when verify() fails on {}", async () => {
    server.use(http.get(`${BASE}/system/account/`, () => HttpResponse.json({})));
    const { client, logs } = makeClient();
    expectNoKey(await caught(client.verify()), logs);
  });
});

describe("errors helpers", () => {
  it("redactSecrets replaces raw, URL-encoded and differently-cased forms", () => {
    const key = "Ab+c/=1";
    const text = `x ${key} y ${encodeURIComponent(key)} z ${key.toUpperCase()}`;
    expect(redactSecrets(text, [key])).toBe("x [redacted] y [redacted] z [redacted]");
  });

  it("SERankingError serialises kind, status and message", () => {
    const e = new SERankingError("rate_limited", "slow down", { status: 429, retryAfterMs: 1000 });
    expect(JSON.parse(JSON.stringify(e))).toEqual({
      name: "SERankingError",
      kind: "rate_limited",
      message: "slow down",
      status: 429,
      retryAfterMs: 1000,
    });
    expect(String(e)).toBe("SERankingError: slow down");
  });

  it("maps other 4xx to bad_request", () => {
    expect(kindForStatus(405)).toBe("bad_request");
    expect(kindForStatus(409)).toBe("bad_request");
  });
});

// seranking-data-api-v1.md §2: the same 402/403 carries three account states, told apart by text.
describe("402/403 by message", () => {
  const cases: [number, string, string | undefined, string][] = [
    [403, "Insufficient funds", "Your current credit balance is too low", "out_of_credits"],
    [402, "Insufficient Funds", undefined, "out_of_credits"],
    [403, "INSUFFICIENT FUNDS", undefined, "out_of_credits"],
    [403, "Subscription required", undefined, "subscription_required"],
    [402, "subscription required", undefined, "subscription_required"],
    [403, "Limit reached", "Cannot add 50 keywords — you have 32 remaining", "limit_reached"],
    [
      400,
      "Bad Request",
      "Your plan does not include API credits. Upgrade your plan or top up your balance to get started.",
      "out_of_credits",
    ],
    [403, "Your plan does not include API credits.", undefined, "out_of_credits"],
    // Unrecognised text keeps the status's meaning (the provider-v3 contract: 402/403 = credits).
    [403, "Forbidden", "Something new", "out_of_credits"],
    [402, "", undefined, "out_of_credits"],
    // The words only count on an account status: a 400 saying "limit reached" is a bad request.
    [400, "limit reached for param limit", undefined, "bad_request"],
    [401, "Unauthorized", undefined, "invalid_key"],
  ];
  it.each(cases)("%i %s → %s", (status, message, description, kind) => {
    expect(kindForReply(status, { message, description })).toBe(kind);
  });

  it("without an envelope the status alone decides", () => {
    expect(kindForReply(403)).toBe("out_of_credits");
    expect(kindForReply(429)).toBe("rate_limited");
  });

  it("the message names the state the reply meant", () => {
    expect(describeStatus(403, { message: "Subscription required" })).toMatch(
      /no active subscription \(HTTP 403\): Subscription required/,
    );
    expect(describeStatus(403, { message: "Limit reached", description: "32 remaining" })).toMatch(
      /limit is reached.*32 remaining/,
    );
  });
});
