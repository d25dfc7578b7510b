// The API key must never leak: not in messages, String(error), JSON, upstream text or log lines.
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { kindForStatus, redactSecrets, SERankingError } from "./errors";
import { BASE, CANARY_KEY, caught, installMockServer, makeClient, server } from "./test-helpers";

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
