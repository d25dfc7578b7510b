import type { KeywordRankingView } from "@/lib/services/keywords/rankings";

/**
 * The keywords the history chart opens on: the best-placed ones now (ties by keyword, so the
 * choice is stable), or, when none ranks, the first ones of the list.
 */
export function bestKeywordIds(rows: KeywordRankingView[], count = 5): string[] {
  const ranked = rows
    .filter((r) => r.position !== null)
    .sort((a, b) => a.position! - b.position! || a.keyword.localeCompare(b.keyword));
  const picked = ranked.length > 0 ? ranked : rows;
  return picked.slice(0, count).map((r) => r.id);
}
