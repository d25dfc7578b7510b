// The provider-v3 dialect: the wire contract of se-ranking-provider-spec.txt, to the letter.
// Costs follow SE Ranking's credit model loosely: summary 100, list 1 per row served,
// metrics 1 per domain, keyword check 1 per keyword, account 0.

import {
  backlinksPageFor,
  keywordCheckFor,
  metricsAt,
  normalizeDomain,
  summaryFor,
} from "../universe";
import {
  backlinksQuery,
  keywordCheckBody,
  metricsBody,
  parseOr400,
  queryObject,
  summaryQuery,
} from "./provider-v3-params";
import type { Dialect, Route } from "./types";

export const SUMMARY_COST = 100;

const summary: Route = {
  method: "GET",
  path: "/research/backlinks/summary/",
  handle(ctx) {
    const q = parseOr400(summaryQuery, queryObject(ctx.query));
    return { body: summaryFor(q.domain, ctx.backlinksDate), cost: SUMMARY_COST };
  },
};

const backlinks: Route = {
  method: "GET",
  path: "/research/backlinks/",
  handle(ctx) {
    const q = parseOr400(backlinksQuery, queryObject(ctx.query));
    const page = backlinksPageFor(q.domain, {
      date: ctx.backlinksDate,
      sortBy: q.sort_by,
      dofollowOnly: q.filter_dofollow === "1",
      offset: q.offset,
      limit: q.limit,
      rows: ctx.lists.rowsFor(normalizeDomain(q.domain)),
    });
    return { body: page, cost: page.backlinks.length };
  },
};

const metrics: Route = {
  method: "POST",
  path: "/research/backlinks/metrics/",
  handle(ctx) {
    const { domains } = parseOr400(metricsBody, ctx.json());
    const body = domains.map((d) => metricsAt(d, ctx.backlinksDate));
    return { body, cost: domains.length };
  },
};

const keywordCheck: Route = {
  method: "POST",
  path: "/keywords/check/",
  handle(ctx) {
    const b = parseOr400(keywordCheckBody, ctx.json());
    const domain = normalizeDomain(b.domain);
    const rows = keywordCheckFor(domain, b.keywords, b.search_engine, b.location_name, ctx.today);
    return { body: rows, cost: b.keywords.length };
  },
};

const account: Route = {
  method: "GET",
  path: "/system/account/",
  handle(ctx) {
    const a = ctx.account;
    return {
      cost: 0,
      body: {
        email: a.email,
        first_name: a.firstName,
        last_name: "Simulator",
        plan: "Business (simulator)",
        credits_left: a.credits,
        credits_limit: a.creditsLimit,
      },
    };
  },
};

export const providerV3: Dialect = {
  name: "provider-v3",
  routes: [summary, backlinks, metrics, keywordCheck, account],
};
