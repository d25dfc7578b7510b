// The Data API's history endpoints take no offset: a reply that fills the limit may hide more
// changes, and the snapshot must say it is incomplete instead of passing the count as exact.
import { describe, expect, it } from "vitest";
import type { BacklinkChange, HistoryQuery, RefdomainChange } from "@/lib/seranking/history";
import { type HistoryClient, historyChanges } from "./history-changes";

const link = (i: number, type: "new" | "lost"): BacklinkChange =>
  ({
    type,
    date: "2026-11-05",
    sourceUrl: `https://s${i}.example/p`,
    targetUrl: "https://t.example/",
    anchorText: "a",
    isNoFollow: false,
    reasonLost: type === "lost" ? "link_removed" : null,
  }) as BacklinkChange;
const refdomain = (i: number, type: "new" | "lost"): RefdomainChange => ({
  type,
  date: "2026-11-05",
  domain: `www.D${i}.example`,
  domainInlinkRank: 10,
});

/** A client whose history holds `sizes[kind][type]` changes, served up to the query's limit. */
function fakeClient(sizes: Record<"link" | "refdomain", Record<"new" | "lost", number>>) {
  const asked: HistoryQuery[] = [];
  const serve = <T>(n: number, q: HistoryQuery, make: (i: number) => T) => {
    asked.push(q);
    return Array.from({ length: Math.min(n, q.limit) }, (_, i) => make(i));
  };
  const client: HistoryClient = {
    getBacklinksHistory: async (q) => serve(sizes.link[q.type], q, (i) => link(i, q.type)),
    getRefdomainsHistory: async (q) =>
      serve(sizes.refdomain[q.type], q, (i) => refdomain(i, q.type)),
  };
  return { client, asked };
}

describe("historyChanges", () => {
  it("replies shorter than the limit are whole: complete, every change kept", async () => {
    const { client, asked } = fakeClient({
      link: { new: 4, lost: 2 },
      refdomain: { new: 1, lost: 0 },
    });
    const r = await historyChanges(client, "t.example", "2026-11-02", "2026-11-08", 5);
    expect(r.incomplete).toBe(false);
    expect(r.changes).toHaveLength(7);
    expect(r.changes.find((c) => c.kind === "refdomain")?.refdomain).toBe("d0.example");
    expect(asked.map((q) => q.type)).toEqual(["new", "new", "lost", "lost"]);
  });

  it("a reply of exactly the limit marks the changes incomplete", async () => {
    const { client } = fakeClient({
      link: { new: 1, lost: 5 },
      refdomain: { new: 0, lost: 0 },
    });
    const r = await historyChanges(client, "t.example", "2026-11-02", "2026-11-08", 5);
    expect(r.incomplete).toBe(true);
    expect(r.changes.filter((c) => c.type === "lost")).toHaveLength(5);
  });

  it("a full referring-domain reply marks them incomplete too", async () => {
    const { client } = fakeClient({
      link: { new: 0, lost: 0 },
      refdomain: { new: 9, lost: 0 },
    });
    const r = await historyChanges(client, "t.example", "2026-11-02", "2026-11-08", 5);
    expect(r.incomplete).toBe(true);
  });
});
