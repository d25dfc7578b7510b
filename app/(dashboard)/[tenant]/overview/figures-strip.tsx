import Link from "next/link";
import type { ReactNode } from "react";
import type { WorkspaceOverview } from "@/lib/services/overview";

const n = (v: number) => v.toLocaleString("en-US");

function Figure({
  label,
  href,
  children,
  testId,
}: {
  label: string;
  href: string;
  children: ReactNode;
  testId: string;
}) {
  return (
    <Link
      href={href}
      data-testid={testId}
      className="block rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-500 focus-visible:outline-2 focus-visible:outline-brand-500"
    >
      <span className="block text-xs font-medium uppercase tracking-wide text-slate-500">
        {label}
      </span>
      <span className="mt-1 block text-sm text-slate-700">{children}</span>
    </Link>
  );
}

const big = "text-2xl font-semibold text-slate-900";

/** The workspace's numbers at a glance, each a link into the page that explains it. */
export function FiguresStrip({ slug, overview }: { slug: string; overview: WorkspaceOverview }) {
  const { integration, figures } = overview;
  const connected = integration.state !== "not_connected";
  const creditsLeft = connected ? integration.account?.creditsLeft : undefined;
  const spent = connected ? integration.usage : undefined;
  const { keywords, prospects } = figures;
  return (
    <div className="grid grid-cols-2 gap-3 lg:grid-cols-4" data-testid="overview-figures">
      <Figure
        label="Credits left"
        href={`/${slug}/settings/integrations`}
        testId="figure-credits-left"
      >
        <span className={big}>{creditsLeft === undefined ? "—" : n(creditsLeft)}</span>
        <span className="block text-xs text-slate-500">
          {creditsLeft === undefined ? "not reported by this key" : "when the key was last checked"}
        </span>
      </Figure>
      <Figure
        label="Credits spent"
        href={`/${slug}/settings/integrations`}
        testId="figure-credits-spent"
      >
        <span className={big}>{spent ? n(spent.credits) : "—"}</span>
        <span className="block text-xs text-slate-500">
          {spent ? `${n(spent.calls)} calls in ${spent.month}` : "no key connected"}
        </span>
      </Figure>
      <Figure label="Keywords, last 7 days" href={`/${slug}/keywords`} testId="figure-keywords">
        <span className={big}>
          <span className="text-emerald-700">▲ {n(keywords.up)}</span>{" "}
          <span className="text-red-700">▼ {n(keywords.down)}</span>
        </span>
        <span className="block text-xs text-slate-500">
          up / down of {n(keywords.tracked)} tracked
        </span>
      </Figure>
      <Figure label="Prospects by verdict" href={`/${slug}/prospects`} testId="figure-prospects">
        <span className={big}>{n(prospects.total)}</span>
        <span className="block text-xs text-slate-500">
          {n(prospects.pass)} pass · {n(prospects.review)} review · {n(prospects.reject)} reject
          {prospects.unrated ? ` · ${n(prospects.unrated)} without metrics` : ""}
        </span>
      </Figure>
    </div>
  );
}
