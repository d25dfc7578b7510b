"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { EmptyState } from "@/components/ui/empty-state";
import { fetchJson } from "@/lib/queries/fetch-json";
import type { AlertRuleView, AlertsView } from "@/lib/services/alerts/alerts-view";
import { ALERT_KIND_LABELS } from "@/lib/validations/alerts";
import { RuleForm } from "./rule-form";

interface Props {
  slug: string;
  alerts: AlertsView;
  isAdmin: boolean;
}

function summary(rule: AlertRuleView): string {
  const p = rule.params;
  if (rule.kind === "keyword_top_n") {
    const dir =
      p.direction === "enter" ? "enters" : p.direction === "leave" ? "leaves" : "enters or leaves";
    return `A keyword ${dir} the top ${p.topN}`;
  }
  if (rule.kind === "keyword_drop") return `A keyword drops ${p.dropBy} positions or more`;
  if (rule.kind === "backlink_lost")
    return `A dofollow link from authority ${p.minAuthority}+ is lost`;
  if (rule.kind === "backlink_new") return `A new dofollow link from authority ${p.minAuthority}+`;
  if (rule.kind === "credits_low") return `Fewer than ${p.creditsBelow} budget credits left`;
  return ALERT_KIND_LABELS[rule.kind as keyof typeof ALERT_KIND_LABELS] ?? rule.kind;
}

/** The rules, each with where it sends; admins add, edit and delete them. */
export function RulesPanel({ slug, alerts, isAdmin }: Props) {
  const router = useRouter();
  const [editing, setEditing] = useState<AlertRuleView | "new" | null>(null);
  const remove = useMutation({
    mutationFn: (id: string) =>
      fetchJson(`/api/tenants/${encodeURIComponent(slug)}/alerts/rules/${id}`, {
        method: "DELETE",
      }),
    onSuccess: () => router.refresh(),
  });
  const endpointName = new Map(alerts.endpoints.map((e) => [e.id, e.name]));
  const domain = new Map(alerts.projects.map((p) => [p.id, p.domain]));

  return (
    <div className="space-y-4">
      {alerts.rules.length === 0 ? (
        <EmptyState title="No alert rules">
          {isAdmin ? "Add a rule to hear about ranking changes." : "An admin can add rules here."}
        </EmptyState>
      ) : (
        <ul className="divide-y divide-slate-200" aria-label="Alert rules">
          {alerts.rules.map((rule) => (
            <li key={rule.id} className="flex flex-wrap items-start justify-between gap-2 py-3">
              <div className="min-w-0 text-sm">
                <p className="font-medium">
                  {rule.name}
                  {rule.enabled ? "" : " (paused)"}
                </p>
                <p className="text-slate-600">
                  {summary(rule)} ·{" "}
                  {rule.projectId
                    ? (domain.get(rule.projectId) ?? "a deleted domain")
                    : "every tracked domain"}{" "}
                  · {rule.frequency === "digest" ? "daily digest" : "instant"}
                </p>
                <p className="break-all text-xs text-slate-500">
                  To:{" "}
                  {[
                    ...rule.emailTo,
                    ...rule.endpointIds.map((id) => endpointName.get(id) ?? "?"),
                  ].join(", ")}
                </p>
              </div>
              {isAdmin ? (
                <div className="flex gap-2">
                  <Button
                    size="sm"
                    variant="secondary"
                    onClick={() => setEditing(rule)}
                    aria-label={`Edit ${rule.name}`}
                  >
                    Edit
                  </Button>
                  <ConfirmButton
                    label="Delete"
                    ariaLabel={`Delete ${rule.name}`}
                    title={`Delete ${rule.name}?`}
                    description="No further alerts come from this rule. The delivery log keeps what it sent."
                    confirmLabel="Delete rule"
                    onConfirm={() => remove.mutate(rule.id)}
                  />
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {remove.isError ? <Alert tone="error">{remove.error.message}</Alert> : null}
      {isAdmin && editing ? (
        <RuleForm
          key={editing === "new" ? "new" : editing.id}
          slug={slug}
          rule={editing === "new" ? null : editing}
          endpoints={alerts.endpoints}
          projects={alerts.projects}
          onDone={() => {
            setEditing(null);
            router.refresh();
          }}
        />
      ) : isAdmin ? (
        <Button onClick={() => setEditing("new")}>Add rule</Button>
      ) : (
        <p className="text-sm text-slate-600">Only workspace admins can change alerts.</p>
      )}
    </div>
  );
}
