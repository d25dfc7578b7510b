// New and lost backlinks and referring domains between two dates, from the same churn model the
// lists are served from (backlink-churn.ts): a link is "new" on the day it is found and "lost" on
// the day it goes, so the list at date_to = the list at date_from - 1 + new - lost. Pure and
// date-explicit: tests call these to know what /v1/backlinks/history and
// /v1/backlinks/refdomains/history answer.

import { BASE_DAY, churnPlan, dayOf, isoOfDay, liveIds } from "./backlink-churn";
import { backlinkRowsByIds, sourceIndexOf } from "./backlink-rows";
import { normalizeDomain } from "./domain-name";
import { mixSeed, unit } from "./prng";
import { type DataBacklink, toDataBacklink } from "./universe-data-v1";

export type NewLostType = "new" | "lost";
export type HistoryOrder = "new_lost_date" | "domain_inlink_rank" | "inlink_rank";

/** The reference's reason_lost values (§5.8), most common first as the weights say. */
const REASONS: [string, number][] = [
  ["link_removed", 0.4],
  ["page_not_found", 0.2],
  ["page_dropped", 0.1],
  ["redirect", 0.08],
  ["noindex", 0.07],
  ["not_canonical", 0.05],
  ["crawl_error", 0.04],
  ["broken_redirect", 0.03],
  ["other", 0.03],
];
const REASON_SALT = 0x4ea5;

export function reasonLost(seed: number, i: number): string {
  let roll = unit(mixSeed(seed ^ REASON_SALT, i));
  for (const [reason, weight] of REASONS) {
    if (roll < weight) return reason;
    roll -= weight;
  }
  return "other";
}

export interface HistoryQuery {
  /** Both when absent (the API's default; an empty value is a 400). */
  type?: NewLostType;
  dateFrom: string;
  dateTo: string;
  orderBy?: HistoryOrder;
  limit?: number;
}

/** The reference's row (§5.8): a list row without `last_visited`, plus what changed and why. */
export interface NewLostBacklink extends Omit<DataBacklink, "last_visited"> {
  new_lost_date: string;
  new_lost_type: NewLostType;
  link_type: "href";
  image_source: string | null;
  reason_lost: string | null;
}

interface Event {
  id: number;
  day: number;
  type: NewLostType;
}

/** Every change of the domain's list on a day in [dateFrom, dateTo], in day then index order. */
function eventsBetween(domain: string, dateFrom: string, dateTo: string): Event[] {
  const plan = churnPlan(domain);
  const from = Math.max(BASE_DAY + 1, dayOf(dateFrom));
  const to = dayOf(dateTo);
  if (to < from) return [];
  const events: Event[] = [];
  const end = plan.bornUntil(to);
  for (let id = 0; id < end; id++) {
    const born = plan.birthDay(id);
    if (id >= plan.n && born >= from && born <= to) events.push({ id, day: born, type: "new" });
    const lost = plan.lossDay(id);
    if (born <= to && lost >= from && lost <= to) events.push({ id, day: lost, type: "lost" });
  }
  return events.sort((a, b) => a.day - b.day || a.id - b.id);
}

const bySort: Record<HistoryOrder, (a: NewLostBacklink, b: NewLostBacklink) => number> = {
  new_lost_date: (a, b) => b.new_lost_date.localeCompare(a.new_lost_date),
  domain_inlink_rank: (a, b) => b.domain_inlink_rank - a.domain_inlink_rank,
  inlink_rank: (a, b) => b.inlink_rank - a.inlink_rank,
};

/** GET /v1/backlinks/history's `new_lost_backlinks` (descending by the order, stable ties). */
export function backlinkHistoryFor(target: string, q: HistoryQuery): NewLostBacklink[] {
  const domain = normalizeDomain(target);
  const { seed } = churnPlan(domain);
  const events = eventsBetween(domain, q.dateFrom, q.dateTo).filter(
    (e) => !q.type || e.type === q.type,
  );
  const rows = backlinkRowsByIds(
    domain,
    events.map((e) => e.id),
  );
  const out = events.map((e, k) => {
    const { last_visited: _seen, ...link } = toDataBacklink(rows[k]!);
    return {
      ...link,
      new_lost_date: isoOfDay(e.day),
      new_lost_type: e.type,
      link_type: "href" as const,
      image_source: null,
      reason_lost: e.type === "lost" ? reasonLost(seed, e.id) : null,
    };
  });
  return out.sort(bySort[q.orderBy ?? "new_lost_date"]).slice(0, q.limit ?? 100);
}

export interface NewLostRefdomain {
  new_lost_date: string;
  new_lost_type: NewLostType;
  refdomain: string;
  /** The rank of the link that made the domain new (or was its last link, when lost). */
  domain_inlink_rank: number;
  inlink_rank: number;
}

/**
 * GET /v1/backlinks/refdomains/history's `new_lost_refdomains`: a referring domain is new on the
 * day its first live link appears and lost on the day its last live link goes.
 */
export function refdomainHistoryFor(target: string, q: HistoryQuery): NewLostRefdomain[] {
  const domain = normalizeDomain(target);
  const from = Math.max(BASE_DAY + 1, dayOf(q.dateFrom));
  const live = new Map<number, number>();
  for (const id of liveIds(domain, from - 1)) {
    const s = sourceIndexOf(domain, id);
    live.set(s, (live.get(s) ?? 0) + 1);
  }
  const changes: { event: Event; source: number }[] = [];
  for (const event of eventsBetween(domain, q.dateFrom, q.dateTo)) {
    const s = sourceIndexOf(domain, event.id);
    const before = live.get(s) ?? 0;
    const after = before + (event.type === "new" ? 1 : -1);
    live.set(s, after);
    if ((before === 0 && after === 1) || (before === 1 && after === 0)) {
      if (!q.type || q.type === event.type) changes.push({ event, source: s });
    }
  }
  const rows = backlinkRowsByIds(
    domain,
    changes.map((c) => c.event.id),
  );
  const out = changes.map(({ event }, k) => {
    const link = toDataBacklink(rows[k]!);
    return {
      new_lost_date: isoOfDay(event.day),
      new_lost_type: event.type,
      refdomain: new URL(link.url_from).hostname,
      domain_inlink_rank: link.domain_inlink_rank,
      inlink_rank: link.inlink_rank,
    };
  });
  const order = q.orderBy ?? "new_lost_date";
  out.sort((a, b) =>
    order === "new_lost_date"
      ? b.new_lost_date.localeCompare(a.new_lost_date)
      : b[order] - a[order],
  );
  return out.slice(0, q.limit ?? 100);
}
