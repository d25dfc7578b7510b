"use client";

import { When } from "@/components/format/date-format";
import { EmptyState } from "@/components/ui/empty-state";
import type { AlertDeliveryView } from "@/lib/services/alerts/alerts-view";

const STATUS = { pending: "Retrying", delivered: "Delivered", failed: "Failed" } as const;

/** Every delivery with each attempt's response code, newest first. */
export function DeliveryLog({ deliveries }: { deliveries: AlertDeliveryView[] }) {
  if (deliveries.length === 0) {
    return (
      <EmptyState title="Nothing sent yet">
        Deliveries appear here once a rule matches or a test is sent.
      </EmptyState>
    );
  }
  return (
    <ul className="divide-y divide-slate-200" aria-label="Deliveries" data-testid="delivery-log">
      {deliveries.map((d) => (
        <li key={d.id} className="py-3 text-sm" data-testid="delivery-row">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <span className="font-medium break-all">
              {d.kind === "test" ? "Test" : (d.ruleName ?? "Deleted rule")} →{" "}
              {d.channel === "email" ? "email " : "webhook "}
              {d.target}
            </span>
            <span data-testid="delivery-status">
              {d.status === "pending" && d.attempts.length === 0 ? "Sending" : STATUS[d.status]}
              {d.lastStatusCode !== null ? ` (HTTP ${d.lastStatusCode})` : ""}
            </span>
          </div>
          <p className="text-xs text-slate-500">
            <When value={d.createdAt} relative />
            {d.kind === "digest" ? ` · digest of ${d.events} changes` : ""}
          </p>
          {d.attempts.length > 0 ? (
            <ol className="mt-1 space-y-0.5 text-xs text-slate-600" aria-label="Attempts">
              {d.attempts.map((a, i) => (
                <li key={a.at} data-testid="delivery-attempt">
                  Attempt {i + 1}:{" "}
                  {a.error ?? (a.statusCode ? `HTTP ${a.statusCode}, delivered` : "Sent")} ·{" "}
                  <When value={a.at} />
                </li>
              ))}
            </ol>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
