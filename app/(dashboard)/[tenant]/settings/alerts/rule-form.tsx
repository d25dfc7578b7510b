"use client";

import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { ApiClientError, fetchJson } from "@/lib/queries/fetch-json";
import type {
  AlertEndpointView,
  AlertRuleView,
  AlertsView,
} from "@/lib/services/alerts/alerts-view";
import { ALERT_KIND_LABELS } from "@/lib/validations/alerts";

interface Props {
  slug: string;
  rule: AlertRuleView | null;
  endpoints: AlertEndpointView[];
  projects: AlertsView["projects"];
  onDone: () => void;
}

// Only these kinds are about a tracked domain; the others watch the whole workspace.
const KEYWORD_KINDS = new Set(["keyword_top_n", "keyword_drop", "competitor_overtake"]);

const SELECT = "h-10 w-full rounded-md border border-slate-300 bg-white px-2 text-sm";

function Select(props: {
  id: string;
  label: string;
  name: string;
  defaultValue: string;
  onChange?: (v: string) => void;
  children: React.ReactNode;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={props.id} className="block text-sm font-medium text-slate-700">
        {props.label}
      </label>
      <select
        id={props.id}
        name={props.name}
        defaultValue={props.defaultValue}
        className={SELECT}
        onChange={(e) => props.onChange?.(e.target.value)}
      >
        {props.children}
      </select>
    </div>
  );
}

/** Adds a rule, or edits one (the whole rule is sent again: PUT). */
export function RuleForm({ slug, rule, endpoints, projects, onDone }: Props) {
  const [kind, setKind] = useState<string>(rule?.kind ?? "keyword_top_n");
  const save = useMutation({
    mutationFn: (json: unknown) => {
      const base = `/api/tenants/${encodeURIComponent(slug)}/alerts/rules`;
      return rule
        ? fetchJson(`${base}/${rule.id}`, { method: "PUT", json })
        : fetchJson(base, { method: "POST", json });
    },
    onSuccess: onDone,
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const f = new FormData(event.currentTarget);
    const text = (k: string) => String(f.get(k) ?? "");
    const params =
      kind === "keyword_top_n"
        ? { topN: Number(text("topN")), direction: text("direction") }
        : kind === "keyword_drop"
          ? { dropBy: Number(text("dropBy")) }
          : kind === "backlink_lost" || kind === "backlink_new"
            ? { minAuthority: Number(text("minAuthority")) }
            : kind === "credits_low"
              ? { creditsBelow: Number(text("creditsBelow")) }
              : {};
    save.mutate({
      name: text("name"),
      kind,
      params,
      projectId: text("projectId") || null,
      frequency: text("frequency"),
      emailTo: text("emailTo")
        .split(/[,\s]+/)
        .filter(Boolean),
      endpointIds: f.getAll("endpointIds").map(String),
      enabled: f.get("enabled") === "on",
    });
  }
  const fields = save.error instanceof ApiClientError ? save.error.fields : {};

  return (
    <form
      onSubmit={onSubmit}
      aria-label={rule ? `Edit ${rule.name}` : "New alert rule"}
      className="grid gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-2"
    >
      <Field
        label="Rule name"
        name="name"
        id="rule-name"
        required
        maxLength={100}
        defaultValue={rule?.name ?? ""}
        error={fields.name}
      />
      <Select id="rule-kind" label="Alert when" name="kind" defaultValue={kind} onChange={setKind}>
        {Object.entries(ALERT_KIND_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </Select>
      {kind === "keyword_top_n" ? (
        <>
          <Select
            id="rule-topn"
            label="Boundary"
            name="topN"
            defaultValue={String(rule?.params.topN ?? 10)}
          >
            <option value="3">Top 3</option>
            <option value="10">Top 10</option>
            <option value="100">Top 100</option>
          </Select>
          <Select
            id="rule-direction"
            label="When a keyword"
            name="direction"
            defaultValue={rule?.params.direction ?? "both"}
          >
            <option value="both">enters or leaves it</option>
            <option value="enter">enters it</option>
            <option value="leave">leaves it</option>
          </Select>
        </>
      ) : null}
      {kind === "keyword_drop" ? (
        <Field
          label="Drop of at least (positions)"
          name="dropBy"
          id="rule-drop"
          type="number"
          min={1}
          max={100}
          required
          defaultValue={rule?.params.dropBy ?? 5}
          error={fields["params.dropBy"]}
        />
      ) : null}
      {KEYWORD_KINDS.has(kind) ? (
        <Select
          id="rule-project"
          label="Tracked domain"
          name="projectId"
          defaultValue={rule?.projectId ?? ""}
        >
          <option value="">Every tracked domain</option>
          {projects.map((p) => (
            <option key={p.id} value={p.id}>
              {p.domain}
            </option>
          ))}
        </Select>
      ) : null}
      <Select
        id="rule-frequency"
        label="Send"
        name="frequency"
        defaultValue={rule?.frequency ?? "instant"}
      >
        <option value="instant">Right away</option>
        <option value="digest">In a daily digest (08:00 workspace time)</option>
      </Select>
      <Field
        label="Email recipients"
        name="emailTo"
        id="rule-email"
        hint="Separate addresses with commas"
        defaultValue={rule?.emailTo.join(", ") ?? ""}
        error={
          fields.emailTo ?? Object.entries(fields).find(([k]) => k.startsWith("emailTo."))?.[1]
        }
      />
      <fieldset className="space-y-1 sm:col-span-2">
        <legend className="text-sm font-medium text-slate-700">Webhook endpoints</legend>
        {endpoints.length === 0 ? (
          <p className="text-sm text-slate-500">None yet: add one below.</p>
        ) : null}
        {endpoints.map((e) => (
          <label key={e.id} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              name="endpointIds"
              value={e.id}
              defaultChecked={rule?.endpointIds.includes(e.id)}
            />
            {e.name}
          </label>
        ))}
      </fieldset>
      <label className="flex items-center gap-2 text-sm sm:col-span-2">
        <input type="checkbox" name="enabled" defaultChecked={rule?.enabled ?? true} /> Enabled
      </label>
      {save.isError ? (
        <div className="sm:col-span-2">
          <Alert tone="error">{save.error.message}</Alert>
        </div>
      ) : null}
      <div className="flex gap-2 sm:col-span-2">
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? "Saving…" : rule ? "Save rule" : "Add rule"}
        </Button>
        <Button type="button" variant="ghost" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
