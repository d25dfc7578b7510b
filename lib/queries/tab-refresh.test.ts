// After Refresh, each tab's next fetch of the domain asks SE Ranking again (refresh=1), once;
// a failed one is asked again. Other domains and workspaces keep their cache.
import { afterEach, describe, expect, it, vi } from "vitest";
import { anchorsQuery, refdomainsQuery, type TabView, tabUrl } from "./refdomains";
import { requestTabRefresh, takeTabRefresh } from "./tab-refresh";

const view = (domain: string) =>
  ({ domain, sort: "authority", dir: "desc", q: "", page: 1 }) as TabView<"authority">;

/** Runs a query's fetch with a stubbed `fetch`, answering the URL it asked for. */
async function urlAsked(run: () => Promise<unknown>, ok = true) {
  const asked: string[] = [];
  vi.stubGlobal("fetch", async (url: string) => {
    asked.push(url);
    return new Response(JSON.stringify(ok ? { rows: [] } : { error: { message: "down" } }), {
      status: ok ? 200 : 502,
      headers: { "Content-Type": "application/json" },
    });
  });
  await run().catch(() => undefined);
  return new URL(asked[0]!, "http://x").searchParams.get("refresh");
}

const fetchOf = (q: { queryFn?: unknown }) => () =>
  (q.queryFn as (c: { signal: AbortSignal }) => Promise<unknown>)({
    signal: new AbortController().signal,
  });

afterEach(() => vi.unstubAllGlobals());

describe("tab refresh after Refresh", () => {
  it("tabUrl sends refresh=1 only when asked", () => {
    expect(tabUrl("acme", "refdomains", view("a.com"))).not.toContain("refresh");
    expect(tabUrl("acme", "refdomains", view("a.com"), undefined, true)).toContain("refresh=1");
  });

  it("each tab's next fetch of the domain refreshes, once", async () => {
    requestTabRefresh("acme", "a.com");
    expect(await urlAsked(fetchOf(refdomainsQuery("acme", view("a.com"))))).toBe("1");
    expect(await urlAsked(fetchOf(refdomainsQuery("acme", view("a.com"))))).toBeNull();
    const anchors = anchorsQuery("acme", { ...view("a.com"), sort: "backlinks" });
    expect(await urlAsked(fetchOf(anchors))).toBe("1");
    expect(await urlAsked(fetchOf(anchors))).toBeNull();
  });

  it("other domains and workspaces are not refreshed", async () => {
    requestTabRefresh("acme", "a.com");
    expect(await urlAsked(fetchOf(refdomainsQuery("acme", view("b.com"))))).toBeNull();
    expect(await urlAsked(fetchOf(refdomainsQuery("other", view("a.com"))))).toBeNull();
    takeTabRefresh("acme", "refdomains", "a.com");
    takeTabRefresh("acme", "anchors", "a.com");
  });

  it("a refresh that failed is asked for again by the next fetch", async () => {
    requestTabRefresh("acme", "c.com");
    expect(await urlAsked(fetchOf(refdomainsQuery("acme", view("c.com"))), false)).toBe("1");
    expect(await urlAsked(fetchOf(refdomainsQuery("acme", view("c.com"))))).toBe("1");
    expect(await urlAsked(fetchOf(refdomainsQuery("acme", view("c.com"))))).toBeNull();
  });
});
