import { When } from "@/components/format/date-format";
import type { IntegrationStatus } from "@/lib/queries/integration";

const FEATURE_LABEL: Record<string, string> = {
  backlinks: "Backlinks",
  prospects: "Prospects",
  keywords: "Keywords",
  key_check: "Key checks",
  other: "Other",
};

import { cn } from "@/lib/utils";

const STATE = {
  connected: { label: "Connected", tone: "bg-emerald-100 text-emerald-800" },
  needs_attention: { label: "Needs attention", tone: "bg-amber-100 text-amber-900" },
  not_connected: { label: "Not connected", tone: "bg-slate-100 text-slate-700" },
};

const when = (iso?: string) => (iso ? <When value={iso} relative /> : "—");

/** The facts about the connection any member may see; never the key, only its last 4. */
export function IntegrationStatusDetails({ status }: { status: IntegrationStatus }) {
  const state = STATE[status.state];
  return (
    <div className="space-y-3">
      <p className="flex items-center gap-2 text-sm">
        <span className="font-medium">Status:</span>
        <span
          data-testid="integration-state"
          className={cn("rounded-full px-2 py-0.5 text-xs font-medium", state.tone)}
        >
          {state.label}
        </span>
      </p>
      {status.state !== "not_connected" ? (
        <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 text-sm">
          <dt className="text-slate-500">Key</dt>
          <dd data-testid="integration-last4" className="font-mono">
            •••• {status.last4}
          </dd>
          <dt className="text-slate-500">API</dt>
          <dd data-testid="integration-dialect" data-dialect={status.dialect}>
            {status.dialectLabel ?? "—"}
            {status.metricLabels
              ? ` · authority metrics: ${status.metricLabels.trust} (${status.metricLabels.trustShort}) / ${status.metricLabels.citation} (${status.metricLabels.citationShort})`
              : ""}
          </dd>
          <dt className="text-slate-500">APIs</dt>
          <dd data-testid="integration-apis">
            {status.apisLabel ?? "Not checked yet: re-verify the key"}
            {status.apis && !status.apis.project && status.apis.projectReason ? (
              <span className="block text-xs text-slate-500">
                Rank tracker: {status.apis.projectReason}.{" "}
                {status.dialect === "data-v1"
                  ? "Keyword positions come from SE Ranking's monthly database."
                  : "Keyword positions come from the connected API's own check."}
              </span>
            ) : null}
            {status.apis?.backlinks === false && status.apis.dataReason ? (
              <span className="block text-xs text-slate-500">
                Backlinks and prospects: {status.apis.dataReason}. Connect a key with Data API
                access to research them.
              </span>
            ) : null}
          </dd>
          <dt className="text-slate-500">Account</dt>
          <dd>
            {status.account?.email ?? status.account?.status ?? "—"}
            {status.account?.plan ? ` · ${status.account.plan}` : ""}
            {status.account?.creditsLeft !== undefined
              ? ` · ${status.account.creditsLeft.toLocaleString("en-US")} credits left`
              : ""}
          </dd>
          <dt className="text-slate-500">Usage</dt>
          <dd data-testid="integration-usage">
            {status.usage
              ? `${status.usage.credits.toLocaleString("en-US")} credits in ${status.usage.calls.toLocaleString("en-US")} SE Ranking calls in ${status.usage.month}`
              : "—"}
            {status.usage?.byFeature.length ? (
              <ul className="mt-1 text-xs text-slate-500" aria-label="Credits by feature">
                {status.usage.byFeature.map((f) => (
                  <li key={f.feature}>
                    {FEATURE_LABEL[f.feature] ?? f.feature}: {f.credits.toLocaleString("en-US")}{" "}
                    credits ({f.calls.toLocaleString("en-US")} calls)
                  </li>
                ))}
              </ul>
            ) : null}
          </dd>
          <dt className="text-slate-500">Connected by</dt>
          <dd>
            {status.connectedBy ?? "—"} on {when(status.connectedAt)}
          </dd>
          <dt className="text-slate-500">Last verified</dt>
          <dd>{when(status.verifiedAt)}</dd>
          {status.lastError ? (
            <>
              <dt className="text-slate-500">Last error</dt>
              <dd data-testid="integration-last-error" className="text-red-700">
                {status.lastError}
              </dd>
            </>
          ) : null}
        </dl>
      ) : (
        <p className="text-sm text-slate-600">No SE Ranking key is connected to this workspace.</p>
      )}
    </div>
  );
}
