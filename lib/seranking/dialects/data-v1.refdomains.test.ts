// Referring domains and anchors on the Data API (reference §5.10, §5.11) against msw replies in
// the reference's shapes: the request's parameters, the mapping, and strict replies.
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { caught, installMockServer, makeClient, server } from "@/test/support/seranking-client";
import type { SERankingError } from "../errors";
import { dataV1 } from "./data-v1";
import { providerV3 } from "./provider-v3";

installMockServer();

const API = "https://api.seranking.com";
const client = () => makeClient({ dialect: dataV1, retry: { retries: 0 } }).client;

// The reference's row, verbatim (live run, wix.com).
const refdomain = {
  refdomain: "aws.amazon.com",
  domain_inlink_rank: 100,
  backlinks: 14,
  dofollow_backlinks: 14,
  first_seen: "2019-07-09",
};
const anchor = { anchor: "SEO tools", backlinks: 120, refdomains: 45, dofollow_backlinks: 110 };

function recording(path: string, body: Parameters<typeof HttpResponse.json>[0]) {
  const seen: { url?: URL } = {};
  server.use(
    http.get(`${API}${path}`, ({ request }) => {
      seen.url = new URL(request.url);
      return HttpResponse.json(body);
    }),
  );
  return seen;
}

describe("data-v1 referring domains", () => {
  it("GETs /v1/backlinks/refdomains with target, mode=domain, order_by and limit", async () => {
    const seen = recording("/v1/backlinks/refdomains", { refdomains: [refdomain] });
    const rows = await client().getRefdomains({
      domain: "https://www.Example.com/page",
      orderBy: "date_found",
      limit: 250,
    });
    expect(Object.fromEntries(seen.url!.searchParams)).toEqual({
      target: "example.com",
      mode: "domain",
      order_by: "date_found",
      limit: "250",
    });
    expect(rows).toEqual([
      {
        domain: "aws.amazon.com",
        backlinks: 14,
        dofollowBacklinks: 14,
        firstSeen: "2019-07-09",
        authority: 100,
      },
    ]);
  });

  it("defaults to the top 100 by Domain InLink Rank", async () => {
    const seen = recording("/v1/backlinks/refdomains", { refdomains: [] });
    await client().getRefdomains({ domain: "example.com" });
    expect(seen.url!.searchParams.get("order_by")).toBe("domain_inlink_rank");
    expect(seen.url!.searchParams.get("limit")).toBe("100");
  });

  it.each([0, 10_001, 2.5])("limit %s is refused before any call", async (limit) => {
    const error = await caught(client().getRefdomains({ domain: "example.com", limit }));
    expect((error as SERankingError).kind).toBe("bad_request");
  });

  it.each([
    ["no wrapper", [refdomain]],
    ["the backlinks wrapper", { backlinks: [refdomain] }],
    ["a count as a string", { refdomains: [{ ...refdomain, backlinks: "14" }] }],
    ["a rank above 100", { refdomains: [{ ...refdomain, domain_inlink_rank: 140 }] }],
  ])("%s → bad_response", async (_name, body) => {
    recording("/v1/backlinks/refdomains", body);
    const error = await caught(client().getRefdomains({ domain: "example.com" }));
    expect((error as SERankingError).kind).toBe("bad_response");
  });

  it("a missing first_seen is unknown (null), not a made-up day", async () => {
    const { first_seen: _f, ...row } = refdomain;
    recording("/v1/backlinks/refdomains", { refdomains: [row] });
    const [r] = await client().getRefdomains({ domain: "example.com" });
    expect(r?.firstSeen).toBeNull();
  });
});

describe("data-v1 anchors", () => {
  it("GETs /v1/backlinks/anchors with order_by and limit; maps the row", async () => {
    const seen = recording("/v1/backlinks/anchors", {
      anchors: [anchor, { ...anchor, anchor: null }],
    });
    const rows = await client().getAnchors({
      domain: "example.com",
      orderBy: "refdomains",
      limit: 10,
    });
    expect(Object.fromEntries(seen.url!.searchParams)).toEqual({
      target: "example.com",
      mode: "domain",
      order_by: "refdomains",
      limit: "10",
    });
    expect(rows[0]).toEqual({
      anchor: "SEO tools",
      backlinks: 120,
      refdomains: 45,
      dofollowBacklinks: 110,
    });
    expect(rows[1]?.anchor).toBe("");
  });

  it("an order the API does not have is refused before any call", async () => {
    const error = await caught(
      client().getAnchors({ domain: "example.com", orderBy: "date_found" as never }),
    );
    expect((error as SERankingError).kind).toBe("bad_request");
  });
});

describe("which API has the calls", () => {
  it("data-v1 has them; provider-v3 does not (its rows are aggregated instead)", async () => {
    expect(client().hasRefdomainsApi).toBe(true);
    const provider = makeClient({ dialect: providerV3 }).client;
    expect(provider.hasRefdomainsApi).toBe(false);
    const error = await caught(provider.getRefdomains({ domain: "example.com" }));
    expect((error as SERankingError).kind).toBe("bad_request");
  });
});
