import type { BacklinkExportStop } from "@/lib/db/schema/backlink-exports";

// What a finished whole-list export says about itself: exactly how many rows the file holds and
// why the walk stopped. The summary's count is never the claim: SE Ranking's list has no count,
// so only a short page proves the end.

const BECAUSE: Record<BacklinkExportStop, string> = {
  end_of_list: "the list ended (SE Ranking sent its last page)",
  limit: "SE Ranking's plan limit was reached",
  out_of_credits: "the SE Ranking account ran out of credits",
  cancelled: "it was cancelled",
  error: "of an error",
};

const n = (value: number) => value.toLocaleString("en-US");

/** "20,000 backlinks, ended because the list ended (SE Ranking sent its last page)." */
export function exportOutcome(rows: number, stop: BacklinkExportStop): string {
  const what = `${n(rows)} backlink${rows === 1 ? "" : "s"}`;
  return `${what}, ended because ${BECAUSE[stop]}.`;
}
