// Stored keyword rows as the public API shows them: dates as ISO strings, no tenant or tracker ids.

import type { KeywordCheckRun, KeywordProject } from "@/lib/db/schema";
import type { KeywordRankingView } from "@/lib/services/keywords/rankings";

export const projectView = (p: KeywordProject) => ({
  id: p.id,
  domain: p.domain,
  searchEngine: p.searchEngine,
  location: p.location,
  scheduleEnabled: p.scheduleEnabled,
  createdAt: p.createdAt.toISOString(),
});

export const checkView = (run: KeywordCheckRun) => ({
  id: run.id,
  trigger: run.trigger,
  status: run.status,
  total: run.total,
  done: run.done,
  failed: run.failed,
  error: run.error,
  checkedAt: new Date(run.checkedAt).toISOString(),
  finishedAt: run.finishedAt ? new Date(run.finishedAt).toISOString() : null,
});

export const rankingView = (k: KeywordRankingView) => ({
  keywordId: k.id,
  keyword: k.keyword,
  tags: k.tags,
  status: k.status,
  position: k.position,
  url: k.url,
  volume: k.volume,
  checkedAt: k.checkedAt,
  change: k.change,
});
