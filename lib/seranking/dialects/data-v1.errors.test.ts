// The public API's error replies: its envelope, 401 (bad key or Bearer), 402/403 "Insufficient
// funds", and 429 without Retry-After (the client backs off on its own clock).
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import {
  CANARY_KEY,
  caught,
  installMockServer,
  makeClient,
  server,
} from "@/test/support/seranking-client";
import type { SERankingError } from "../errors";
import { dataV1 } from "./data-v1";

installMockServer();

const SUBSCRIPTION = "https://api.seranking.com/v1/account/subscription";
const envelope = (code: number, message: string, description: string) => ({
  error: { code, message, description },
});
const ok = { subscription_info: { status: "active", units_left: 10 } };

describe("data-v1 errors", () => {
  it("sends `Token <key>`; a 401 (as for a Bearer prefix) → invalid_key without the key", async () => {
    server.use(
      http.get(SUBSCRIPTION, ({ request }) =>
        request.headers.get("authorization") === `Token ${CANARY_KEY}`
          ? HttpResponse.json(envelope(401, "Unauthorized", `bad key ${CANARY_KEY}`), {
              status: 401,
            })
          : HttpResponse.json(ok),
      ),
    );
    const error = (await caught(makeClient({ dialect: dataV1 }).client.verify())) as SERankingError;
    expect(error.kind).toBe("invalid_key");
    expect(JSON.stringify(error)).not.toContain(CANARY_KEY);
    expect(error.message).toContain("Unauthorized");
  });

  it.each([402, 403])("%i Insufficient funds → out_of_credits, not retried", async (status) => {
    let calls = 0;
    server.use(
      http.get(SUBSCRIPTION, () => {
        calls++;
        return HttpResponse.json(envelope(status, "Insufficient funds", "Top up"), { status });
      }),
    );
    const error = (await caught(makeClient({ dialect: dataV1 }).client.verify())) as SERankingError;
    expect(error.kind).toBe("out_of_credits");
    expect(calls).toBe(1);
  });

  it.each([
    [403, "Subscription required", "subscription_required"],
    [403, "Limit reached", "limit_reached"],
  ] as const)("%i %s → %s, not retried", async (status, message, kind) => {
    server.use(
      http.get(SUBSCRIPTION, () => HttpResponse.json(envelope(status, message, "d"), { status })),
    );
    const error = (await caught(makeClient({ dialect: dataV1 }).client.verify())) as SERankingError;
    expect(error.kind).toBe(kind);
  });

  it("429 without Retry-After → retried after the client's own backoff", async () => {
    let calls = 0;
    server.use(
      http.get(SUBSCRIPTION, () => {
        calls++;
        if (calls === 1) {
          return HttpResponse.json(
            envelope(429, "Too Many Requests", "The call-rate limit has been reached"),
            { status: 429 },
          );
        }
        return HttpResponse.json(ok);
      }),
    );
    const { client, clock } = makeClient({ dialect: dataV1 });
    expect((await client.verify()).creditsLeft).toBe(10);
    expect(calls).toBe(2);
    // SE Ranking's rate-limit page: wait 100–200 ms first. random() = 0.5 in the helpers → 150.
    expect(clock.sleeps).toEqual([150]);
  });

  it("a 400 with an unexpected body → bad_request with the status", async () => {
    server.use(http.get(SUBSCRIPTION, () => new HttpResponse("nope", { status: 400 })));
    const error = (await caught(makeClient({ dialect: dataV1 }).client.verify())) as SERankingError;
    expect(error.kind).toBe("bad_request");
    expect(error.status).toBe(400);
  });
});
