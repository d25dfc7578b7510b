import { describe, expect, it } from "vitest";
import type { BacklinkRow } from "@/lib/seranking/types";
import { type ExportProgress, fetchAllBacklinks } from "./export-all";

const fakeRow = (i: number) => ({ sourceUrl: `https://s${i}.example/` }) as BacklinkRow;
const list = (n: number) => Array.from({ length: n }, (_, i) => fakeRow(i));

function pager(rows: BacklinkRow[]) {
  const asked: number[] = [];
  return {
    asked,
    fetchPage: async (page: number, _signal: AbortSignal, size = 10) => {
      asked.push(page);
      return rows.slice((page - 1) * size, page * size);
    },
  };
}

describe("fetchAllBacklinks", () => {
  it("fetches every page once, in order, and reports progress up to the total", async () => {
    const rows = list(25);
    const { asked, fetchPage } = pager(rows);
    const progress: ExportProgress[] = [];
    const all = await fetchAllBacklinks({
      total: 25,
      pageSize: 10,
      fetchPage,
      signal: new AbortController().signal,
      onProgress: (p) => progress.push(p),
    });
    expect(all).toEqual(rows);
    expect(asked).toEqual([1, 2, 3]);
    expect(progress.map((p) => p.done)).toEqual([0, 10, 20, 25]);
  });

  it("stops at the first short page when upstream holds fewer rows than the summary said", async () => {
    const { asked, fetchPage } = pager(list(12));
    const all = await fetchAllBacklinks({
      total: 40,
      pageSize: 10,
      fetchPage,
      signal: new AbortController().signal,
    });
    expect(all).toHaveLength(12);
    expect(asked).toEqual([1, 2]);
  });

  it("stops when cancelled and asks for no further page", async () => {
    const abort = new AbortController();
    const asked: number[] = [];
    const run = fetchAllBacklinks({
      total: 100,
      pageSize: 10,
      signal: abort.signal,
      fetchPage: async (page) => {
        asked.push(page);
        if (page === 2) abort.abort(new Error("cancelled"));
        return list(10);
      },
    });
    await expect(run).rejects.toThrow("cancelled");
    expect(asked).toEqual([1, 2]);
  });
});
