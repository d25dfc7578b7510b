import "server-only";
// After a keyword check run: the workspace's keyword rules against each keyword's move since its
// last good check, and the competitor overtakes the run recorded. Each event's key names the rule's
// subject and the run, so evaluating the same run again records (and alerts) nothing new.
import type { Db } from "@/lib/db/client";
import { activeRules, runOvertakes } from "@/lib/db/queries/alerts";
import { findRunById } from "@/lib/db/queries/keyword-checks";
import { ownPositionsAround } from "@/lib/db/queries/keyword-competitors";
import { findProject, listKeywords } from "@/lib/db/queries/keyword-projects";
import type { AlertRule } from "@/lib/db/schema";
import type { NewAlertEvent } from "./record-events";
import { recordEvents } from "./record-events";
import { matchDrop, matchTopN, positionText } from "./rule-match";

interface Move {
  keywordId: string;
  keyword: string;
  previous: number | null;
  current: number | null;
}

/** The events one rule sees in a run's moves (pure apart from the inputs). */
export function keywordRuleEvents(
  rule: AlertRule,
  moves: Move[],
  ctx: { runId: string; domain: string; projectId: string; checkedAt: Date },
): NewAlertEvent[] {
  const events: NewAlertEvent[] = [];
  for (const m of moves) {
    const details = {
      keyword: m.keyword,
      domain: ctx.domain,
      projectId: ctx.projectId,
      from: m.previous,
      to: m.current,
    };
    const from = positionText(m.previous);
    const to = positionText(m.current);
    if (rule.kind === "keyword_top_n") {
      const crossing = matchTopN(m.previous, m.current, rule.params);
      if (!crossing) continue;
      const n = rule.params.topN ?? 10;
      const verb = crossing === "entered" ? "entered" : "left";
      events.push({
        dedupeKey: `${m.keywordId}:${ctx.runId}:${crossing}-${n}`,
        title: `"${m.keyword}" ${verb} the top ${n} for ${ctx.domain} (${from} → ${to})`,
        details: { ...details, crossing, topN: n },
        occurredAt: ctx.checkedAt,
      });
    } else if (rule.kind === "keyword_drop") {
      const lost = matchDrop(m.previous, m.current, rule.params);
      if (lost === null) continue;
      events.push({
        dedupeKey: `${m.keywordId}:${ctx.runId}:drop`,
        title: `"${m.keyword}" dropped ${lost} positions for ${ctx.domain} (${from} → ${to})`,
        details: { ...details, lost },
        occurredAt: ctx.checkedAt,
      });
    }
  }
  return events;
}

export async function evaluateKeywordRun(db: Db, tenantId: string, runId: string) {
  const run = await findRunById(db, tenantId, runId);
  if (run?.status !== "done") return;
  const rules = (
    await activeRules(db, tenantId, ["keyword_top_n", "keyword_drop", "competitor_overtake"])
  ).filter((r) => r.projectId === null || r.projectId === run.projectId);
  if (rules.length === 0) return;
  const project = await findProject(db, tenantId, run.projectId);
  if (!project) return;
  const ctx = { runId, domain: project.domain, projectId: project.id, checkedAt: run.checkedAt };

  const own = await ownPositionsAround(db, tenantId, project.id, runId, run.checkedAt);
  const names = new Map(
    (await listKeywords(db, tenantId, project.id)).map((k) => [k.id, k.keyword]),
  );
  const before = new Map(own.before.map((r) => [r.keywordId, r.position]));
  // Only keywords with a good check now and one before: a first check or a failure is no move.
  const moves: Move[] = own.now
    .filter((r) => r.status === "ok" && before.has(r.keywordId))
    .map((r) => ({
      keywordId: r.keywordId,
      keyword: names.get(r.keywordId) ?? "(deleted keyword)",
      previous: before.get(r.keywordId) ?? null,
      current: r.position,
    }));
  const overtakes = rules.some((r) => r.kind === "competitor_overtake")
    ? await runOvertakes(db, tenantId, runId)
    : [];

  for (const rule of rules) {
    const events =
      rule.kind === "competitor_overtake"
        ? overtakes.map(({ event, keyword }) => ({
            dedupeKey: `overtake:${event.id}`,
            title: `${String(event.details.competitor ?? "A competitor")} overtook ${project.domain} on "${keyword}"`,
            details: { keyword, domain: project.domain, projectId: project.id, ...event.details },
            occurredAt: event.at,
          }))
        : keywordRuleEvents(rule, moves, ctx);
    await recordEvents(db, rule, events);
  }
}
