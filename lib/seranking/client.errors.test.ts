// Failure mapping: reply validation, HTTP statuses, transport failures and timeouts all become a
// SERankingError of the right kind.
import { delay, HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import {
  BASE,
  caught,
  installMockServer,
  makeClient,
  server,
  summaryFixture,
} from "@/test/support/seranking-client";
import { SERankingError, type SERankingErrorKind } from "./errors";

installMockServer();

const SUMMARY = `${BASE}/research/backlinks/summary/`;
const noRetry = { retry: { retries: 0 } };
type Client = ReturnType<typeof makeClient>["client"];

async function summaryError(overrides = {}): Promise<SERankingError> {
  const error = await caught(
    makeClient({ ...noRetry, ...overrides }).client.getBacklinksSummary("example.com"),
  );
  expect(error).toBeInstanceOf(SERankingError);
  return error as SERankingError;
}

describe("reply validation (zod)", () => {
  it("a missing field → bad_response naming the field", async () => {
    const { trust_flow: _omit, ...partial } = summaryFixture;
    server.use(http.get(SUMMARY, () => HttpResponse.json(partial)));
    const error = await summaryError();
    expect(error.kind).toBe("bad_response");
    expect(error.message).toContain("trust_flow");
  });

  it("a mistyped field → bad_response", async () => {
    server.use(
      http.get(SUMMARY, () =>
        HttpResponse.json({ ...summaryFixture, dofollow_backlinks: "18689" }),
      ),
    );
    const error = await summaryError();
    expect(error.kind).toBe("bad_response");
    expect(error.message).toContain("dofollow_backlinks");
  });

  it("a non-JSON body → bad_response", async () => {
    server.use(http.get(SUMMARY, () => new HttpResponse("<html>oops</html>", { status: 200 })));
    expect((await summaryError()).kind).toBe("bad_response");
  });

  it("a keyword row without position → bad_response (null must be explicit)", async () => {
    server.use(
      http.post(`${BASE}/keywords/check/`, () => HttpResponse.json([{ keyword: "x", url: null }])),
    );
    const error = await caught(
      makeClient(noRetry).client.getKeywordRankings({
        domain: "a.com",
        keywords: ["x"],
        searchEngine: "bing",
      }),
    );
    expect((error as SERankingError).kind).toBe("bad_response");
  });

  it("verify() on a non-object reply → bad_response", async () => {
    server.use(http.get(`${BASE}/system/account/`, () => HttpResponse.json([1, 2])));
    const error = await caught(makeClient(noRetry).client.verify());
    expect((error as SERankingError).kind).toBe("bad_response");
  });
});

describe("HTTP status → kind", () => {
  const table: [number, SERankingErrorKind][] = [
    [400, "bad_request"],
    [401, "invalid_key"],
    [402, "out_of_credits"],
    [403, "out_of_credits"],
    [404, "not_found"],
    [422, "bad_request"],
    [429, "rate_limited"],
    [500, "upstream_unavailable"],
    [502, "upstream_unavailable"],
    [503, "upstream_unavailable"],
  ];
  for (const [status, kind] of table) {
    it(`${status} → ${kind}, with the envelope's message surfaced`, async () => {
      server.use(
        http.get(SUMMARY, () =>
          HttpResponse.json(
            {
              error: {
                code: status,
                message: `Upstream says ${status}`,
                description: "More detail here",
              },
            },
            { status },
          ),
        ),
      );
      const error = await summaryError();
      expect(error.kind).toBe(kind);
      expect(error.status).toBe(status);
      expect(error.upstream).toEqual({
        code: status,
        message: `Upstream says ${status}`,
        description: "More detail here",
      });
      expect(error.message).toContain(`Upstream says ${status}`);
      expect(error.message).toContain("More detail here");
    });
  }

  it("a status without an envelope still maps, with a generic message", async () => {
    server.use(http.get(SUMMARY, () => new HttpResponse("Bad Gateway", { status: 502 })));
    const error = await summaryError();
    expect(error.kind).toBe("upstream_unavailable");
    expect(error.upstream).toBeUndefined();
    expect(error.message).toContain("502");
  });
});

describe("402/403 told apart by the envelope's message", () => {
  it.each([
    [403, "Subscription required", "subscription_required"],
    [403, "Limit reached", "limit_reached"],
    [402, "Insufficient funds", "out_of_credits"],
  ] as const)("%i %s → %s, once (never retried)", async (status, message, kind) => {
    let calls = 0;
    server.use(
      http.get(SUMMARY, () => {
        calls++;
        return HttpResponse.json({ error: { code: status, message } }, { status });
      }),
    );
    const error = await summaryError();
    expect(error.kind).toBe(kind);
    expect(calls).toBe(1);
  });
});

describe("transport failures", () => {
  it("a network error → upstream_unavailable", async () => {
    server.use(http.get(SUMMARY, () => HttpResponse.error()));
    expect((await summaryError()).kind).toBe("upstream_unavailable");
  });

  it("no answer within timeoutMs → timeout", async () => {
    server.use(
      http.get(SUMMARY, async () => {
        await delay("infinite");
        return HttpResponse.json(summaryFixture);
      }),
    );
    const started = Date.now();
    const error = await summaryError({ timeoutMs: 50 });
    expect(error.kind).toBe("timeout");
    expect(error.message).toContain("50 ms");
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("a caller abort is re-thrown as the abort reason, not a SERankingError", async () => {
    server.use(
      http.post(`${BASE}/research/backlinks/metrics/`, async () => {
        await delay("infinite");
        return HttpResponse.json([]);
      }),
    );
    const controller = new AbortController();
    const reason = new Error("user cancelled");
    const pending = makeClient(noRetry).client.getBacklinksMetrics(["a.com"], {
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(reason), 20);
    expect(await caught(pending)).toBe(reason);
  });
});

describe("input validation happens before any network call", () => {
  // onUnhandledRequest: "error" would fail these tests if a request escaped.
  it.each([
    ["an invalid domain", (c: Client) => c.getBacklinksSummary("a..b")],
    ["limit 0", (c: Client) => c.getBacklinks({ domain: "a.com", limit: 0 })],
    ["limit 1001", (c: Client) => c.getBacklinks({ domain: "a.com", limit: 1001 })],
    ["offset -1", (c: Client) => c.getBacklinks({ domain: "a.com", offset: -1 })],
    [
      "no keywords",
      (c: Client) =>
        c.getKeywordRankings({ domain: "a.com", keywords: [], searchEngine: "google" }),
    ],
  ])("%s → bad_request", async (_name, call) => {
    const error = await caught(call(makeClient().client));
    expect((error as SERankingError).kind).toBe("bad_request");
  });

  it("the message says which domain and why", async () => {
    const error = (await caught(
      makeClient().client.getBacklinksSummary("localhost"),
    )) as SERankingError;
    expect(error.message).toContain('"localhost"');
    expect(error.message).toMatch(/top-level domain/);
  });

  it("a domain given as a URL is normalised before it is sent", async () => {
    let domain: string | null = null;
    server.use(
      http.get(SUMMARY, ({ request }) => {
        domain = new URL(request.url).searchParams.get("domain");
        return HttpResponse.json(summaryFixture);
      }),
    );
    const result = await makeClient().client.getBacklinksSummary(
      "https://WWW.Example.com/path?q=1",
    );
    expect(domain).toBe("example.com");
    expect(result.domain).toBe("example.com");
  });
});
