import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { IntegrationStatus } from "@/lib/services/seranking/integration-view";

const linkClass = "font-medium text-brand-700 underline";

/** The first thing to fix when it is wrong: whether SE Ranking answers for this workspace. */
export function ConnectionCard({
  slug,
  isAdmin,
  integration,
}: {
  slug: string;
  isAdmin: boolean;
  integration: IntegrationStatus;
}) {
  const settings = (
    <Link href={`/${slug}/settings/integrations`} className={linkClass}>
      Settings → Integrations
    </Link>
  );
  if (integration.state === "not_connected") {
    return (
      <Card title="Connect SE Ranking to start" className="border-amber-300 bg-amber-50">
        <p className="text-sm text-slate-700" data-testid="overview-connection">
          {isAdmin ? (
            <>
              Paste your SE Ranking API key in {settings}: backlinks, prospects and keyword tracking
              all use it.
            </>
          ) : (
            "A workspace admin has not connected SE Ranking yet; backlinks, prospects and keywords work as soon as they do."
          )}
        </p>
      </Card>
    );
  }
  const attention = integration.state === "needs_attention";
  return (
    <Card title="SE Ranking" className={attention ? "border-red-300 bg-red-50" : undefined}>
      <p className="text-sm text-slate-700" data-testid="overview-connection">
        {attention ? (
          <>
            <strong>Needs attention:</strong>{" "}
            {integration.lastError ?? "SE Ranking refused the key."}{" "}
            {isAdmin ? <>Reconnect it in {settings}.</> : "Ask a workspace admin to reconnect it."}
          </>
        ) : (
          <>
            Connected to {integration.dialectLabel} · authority metrics{" "}
            {integration.metricLabels?.trust} / {integration.metricLabels?.citation} ·{" "}
            {integration.usage?.credits.toLocaleString("en-US")} credits in{" "}
            {integration.usage?.calls.toLocaleString("en-US")} calls this month
          </>
        )}
      </p>
    </Card>
  );
}
