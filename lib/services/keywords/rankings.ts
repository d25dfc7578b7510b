// Pure view-model of a keyword's history: what the table shows. No I/O, unit-tested.
import type { KeywordRankingRecord } from "@/lib/db/queries/keyword-rankings";

/** Places gained (positive = moved up), or entering / dropping out of the top 100. */
export type PositionChange = number | "entered" | "dropped" | null;

export interface KeywordRankingView {
  id: string;
  keyword: string;
  tags: string[];
  status: "ok" | "failed" | "never";
  /** null with status ok = not in the top 100. */
  position: number | null;
  url: string | null;
  volume: number | null;
  error: string | null;
  checkedAt: string | null;
  change: PositionChange;
  change7: PositionChange;
  change30: PositionChange;
  best: number | null;
  /**
   * When the latest check failed: what the last good check found. Shown greyed beside the
   * failure, never as the current position.
   */
  lastKnown: LastKnownRanking | null;
}

export interface LastKnownRanking {
  position: number | null;
  url: string | null;
  volume: number | null;
  change: PositionChange;
  checkedAt: string;
}

/**
 * Change between two good checks. Nothing is compared with a failed check: a failure says
 * nothing about the position, so it never counts as "dropped".
 */
export function changeBetween(
  before: { status: string | null; position: number | null } | null,
  after: { status: string | null; position: number | null },
): PositionChange {
  if (before?.status !== "ok" || after.status !== "ok") return null;
  if (before.position === null && after.position === null) return null;
  if (before.position === null) return "entered";
  if (after.position === null) return "dropped";
  return before.position - after.position;
}

export function toRankingView(r: KeywordRankingRecord): KeywordRankingView {
  const latest = { status: r.status, position: r.position };
  return {
    id: r.id,
    keyword: r.keyword,
    tags: r.tags,
    status: r.status ?? "never",
    position: r.status === "ok" ? r.position : null,
    url: r.status === "ok" ? r.url : null,
    volume: r.volume,
    error: r.status === "failed" ? r.error : null,
    checkedAt: r.checkedAt?.toISOString() ?? null,
    change: changeBetween({ status: r.previousStatus, position: r.previousPosition }, latest),
    change7: changeBetween(
      r.weekStatus ? { status: r.weekStatus, position: r.weekPosition } : null,
      latest,
    ),
    change30: changeBetween(
      r.monthStatus ? { status: r.monthStatus, position: r.monthPosition } : null,
      latest,
    ),
    best: r.best,
    lastKnown:
      r.status === "failed" && r.goodCheckedAt
        ? {
            position: r.goodPosition,
            url: r.goodUrl,
            volume: r.goodVolume,
            change: changeBetween(
              { status: r.goodPreviousStatus, position: r.goodPreviousPosition },
              { status: "ok", position: r.goodPosition },
            ),
            checkedAt: r.goodCheckedAt.toISOString(),
          }
        : null,
  };
}
