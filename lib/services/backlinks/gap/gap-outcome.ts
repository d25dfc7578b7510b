// How a gap ends once every list is settled: done, done with competitors left out, or failed
// when there is nothing to compare (your own list, or every competitor's, missing).
import type { BacklinkGapList } from "@/lib/db/schema/backlink-gaps";

export interface GapOutcome {
  status: "done" | "failed";
  error: string | null;
}

export function gapOutcome(
  domain: string,
  lists: readonly Pick<BacklinkGapList, "target" | "position" | "error">[],
): GapOutcome {
  const you = lists.find((l) => l.position === 0);
  if (you?.error) {
    return {
      status: "failed",
      error: `The referring domains of ${domain} could not be fetched (${you.error}), so nothing can be left out: choose Retry.`,
    };
  }
  const competitors = lists.filter((l) => l.position > 0);
  const failed = competitors.filter((l) => l.error);
  if (failed.length === 0) return { status: "done", error: null };
  const named = failed.map((l) => `${l.target} (${l.error})`).join("; ");
  if (failed.length === competitors.length) {
    return {
      status: "failed",
      error: `No competitor's referring domains could be fetched: ${named}. Choose Retry.`,
    };
  }
  return {
    status: "done",
    error: `Left out of the gap, as their referring domains could not be fetched: ${named}. Choose Retry to fetch them.`,
  };
}
