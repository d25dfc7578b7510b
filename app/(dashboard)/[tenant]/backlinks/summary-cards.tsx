"use client";

import type { ReactNode } from "react";
import { metricStrategyFor } from "@/lib/seranking/metric-strategy";
import type { BacklinksSummaryResult, MetricLabels } from "@/lib/seranking/types";
import { FollowSplitChart } from "./follow-split-chart";
import { TfCfCard } from "./tf-cf-card";

const formatCount = (n: number) => n.toLocaleString("en-US");
const formatMetric = (n: number | null) => (n === null ? "—" : formatCount(n));

export function StatCard({
  label,
  value,
  id,
  children,
}: {
  label: ReactNode;
  value: ReactNode;
  id: string;
  children?: ReactNode;
}) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</dt>
      <dd className="mt-2 text-2xl font-semibold text-slate-900" data-testid={`summary-${id}`}>
        {value}
      </dd>
      {children}
    </div>
  );
}

/** The summary's numbers as cards, TF/CF labelled as the connected dialect really returns them. */
export function SummaryCards({
  summary,
  labels,
}: {
  summary: BacklinksSummaryResult;
  labels: MetricLabels;
}) {
  const follow = summary.doFollowLinks + summary.noFollowLinks;
  const pair = metricStrategyFor(labels).pair(summary);
  const dofollowShare = follow > 0 ? Math.round((summary.doFollowLinks / follow) * 100) : 0;
  return (
    <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
      <StatCard
        id="totalBacklinks"
        label="Total backlinks"
        value={formatCount(summary.totalBacklinks)}
      />
      <StatCard
        id="referringDomains"
        label="Referring domains"
        value={formatCount(summary.referringDomains)}
      />
      <StatCard id="referringIPs" label="Referring IPs" value={formatCount(summary.referringIPs)} />
      <StatCard id="domainScore" label="Domain score" value={formatCount(summary.domainScore)} />
      <StatCard
        id="trustFlow"
        label={`${labels.trust} (${labels.trustShort})`}
        value={formatMetric(pair.primary)}
      />
      <StatCard
        id="citationFlow"
        label={`${labels.citation} (${labels.citationShort})`}
        value={formatMetric(pair.secondary)}
      />
      <TfCfCard summary={summary} labels={labels} />
      <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">
          Dofollow / nofollow
        </dt>
        {/* min-h-16: as tall with or without the donut, as its skeleton is. */}
        <dd className="mt-2 flex min-h-16 items-center gap-3 text-sm text-slate-700">
          {follow > 0 ? (
            <FollowSplitChart dofollow={summary.doFollowLinks} nofollow={summary.noFollowLinks} />
          ) : null}
          <span>
            <span className="font-semibold text-slate-900" data-testid="summary-doFollowLinks">
              {formatCount(summary.doFollowLinks)}
            </span>{" "}
            dofollow
            <br />
            <span className="font-semibold text-slate-900" data-testid="summary-noFollowLinks">
              {formatCount(summary.noFollowLinks)}
            </span>{" "}
            nofollow
            {follow > 0 ? (
              <span className="block text-xs text-slate-500">{dofollowShare}% dofollow</span>
            ) : null}
          </span>
        </dd>
      </div>
    </dl>
  );
}
