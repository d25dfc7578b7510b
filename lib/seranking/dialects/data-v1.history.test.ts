// New/lost history on the Data API: one type per call (never the enum sent empty), the
// reference's rows (§5.8) mapped to the public shape, and the refdomains reply (not established
// by the reference, §5.10) read leniently; provider-v3 has no history at all.
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { caught, installMockServer, makeClient, server } from "@/test/support/seranking-client";
import type { SERankingError } from "../errors";
import { dataV1 } from "./data-v1";
import { providerV3 } from "./provider-v3";

installMockServer();

const API = "https://api.seranking.com";
const Q = { domain: "https://www.Example.com/", dateFrom: "2026-11-02", dateTo: "2026-11-08" };

describe("data-v1 new/lost history", () => {
  it("asks /v1/backlinks/history for one type and maps rows with their reason", async () => {
    const asked: URLSearchParams[] = [];
    server.use(
      http.get(`${API}/v1/backlinks/history`, ({ request }) => {
        asked.push(new URL(request.url).searchParams);
        return HttpResponse.json({
          new_lost_backlinks: [
            {
              new_lost_date: "2026-11-05",
              new_lost_type: "lost",
              url_from: "https://blog.a.com/post",
              url_to: "https://example.com/",
              title: "A post",
              anchor: null,
              alt: null,
              link_type: "href",
              nofollow: false,
              image: false,
              image_source: null,
              reason_lost: "page_not_found",
              inlink_rank: 12,
              domain_inlink_rank: 61,
              first_seen: "2024-02-01",
            },
          ],
        });
      }),
    );
    const rows = await makeClient({ dialect: dataV1 }).client.getBacklinksHistory({
      ...Q,
      type: "lost",
      limit: 10_000,
    });
    expect(Object.fromEntries(asked[0]!)).toEqual({
      target: "example.com",
      mode: "domain",
      new_lost_type: "lost",
      date_from: "2026-11-02",
      date_to: "2026-11-08",
      limit: "10000",
    });
    expect(rows).toEqual([
      expect.objectContaining({
        type: "lost",
        date: "2026-11-05",
        sourceUrl: "https://blog.a.com/post",
        anchorText: "",
        domainInlinkRank: 61,
        isNoFollow: false,
        reasonLost: "page_not_found",
      }),
    ]);
  });

  it("reads refdomain rows under `refdomain` or `domain`, the rank when present", async () => {
    server.use(
      http.get(`${API}/v1/backlinks/refdomains/history`, () =>
        HttpResponse.json({
          new_lost_refdomains: [
            {
              new_lost_date: "2026-11-03",
              new_lost_type: "new",
              refdomain: "a.com",
              domain_inlink_rank: 40,
            },
            { date: "2026-11-04", new_lost_type: "new", domain: "b.org" },
          ],
        }),
      ),
    );
    const rows = await makeClient({ dialect: dataV1 }).client.getRefdomainsHistory({
      ...Q,
      type: "new",
      limit: 100,
    });
    expect(rows).toEqual([
      { type: "new", date: "2026-11-03", domain: "a.com", domainInlinkRank: 40 },
      { type: "new", date: "2026-11-04", domain: "b.org", domainInlinkRank: null },
    ]);
  });

  it("refuses a backwards window before any call; provider-v3 has no history", async () => {
    const backwards = await caught(
      makeClient({ dialect: dataV1 }).client.getBacklinksHistory({
        ...Q,
        dateFrom: "2026-11-09",
        type: "new",
        limit: 10,
      }),
    );
    expect((backwards as SERankingError).kind).toBe("bad_request");
    const none = await caught(
      makeClient({ dialect: providerV3 }).client.getBacklinksHistory({
        ...Q,
        type: "new",
        limit: 10,
      }),
    );
    expect((none as SERankingError).kind).toBe("bad_request");
  });
});
