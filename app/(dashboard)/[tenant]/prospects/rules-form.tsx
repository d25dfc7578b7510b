"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { QualificationRules } from "@/lib/prospects/qualify";
import { ApiClientError, fetchJson } from "@/lib/queries/fetch-json";
import { prospectKeys, rulesUrl } from "@/lib/queries/prospects";
import { metricStrategyFor } from "@/lib/seranking/metric-strategy";
import type { MetricLabels } from "@/lib/seranking/types";
import { rulesSchema } from "@/lib/validations/prospects";

const FIELDS: { key: keyof QualificationRules; label: string; hint: string; step: string }[] = [
  { key: "minTrustFlow", label: "Minimum TF", hint: "Below: reject", step: "1" },
  { key: "minRatio", label: "Minimum TF/CF", hint: "Below: review", step: "0.05" },
  {
    key: "spamMinCitationFlow",
    label: "Spam: CF at least",
    hint: "With the ratio below",
    step: "1",
  },
  { key: "spamMaxRatio", label: "Spam: TF/CF below", hint: "Then reject as spam", step: "0.05" },
];

export function RulesForm({
  slug,
  rules,
  labels,
}: {
  slug: string;
  rules: QualificationRules;
  labels?: MetricLabels;
}) {
  // Which rules apply depends on the metrics the connected API returns (DT/PT: only the minimum).
  const strategy = metricStrategyFor(labels);
  const fields = FIELDS.map((f) => ({ ...f, ...strategy.ruleField(f.key) }));
  const queryClient = useQueryClient();
  const [values, setValues] = useState(() =>
    Object.fromEntries(FIELDS.map((f) => [f.key, String(rules[f.key])])),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: (input: QualificationRules) =>
      fetchJson(rulesUrl(slug), { method: "PUT", json: input }),
    // Verdicts are computed on read: refetching the lists re-judges every prospect.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: prospectKeys.lists(slug) }),
        queryClient.invalidateQueries({ queryKey: prospectKeys.rules(slug) }),
      ]).then(() => undefined),
    onError: (e) => e instanceof ApiClientError && setErrors(e.fields),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = rulesSchema.safeParse(
      Object.fromEntries(
        FIELDS.map((f) => [
          f.key,
          values[f.key]?.trim() === "" ? Number.NaN : Number(values[f.key]),
        ]),
      ),
    );
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
      return;
    }
    setErrors({});
    save.mutate(parsed.data);
  };

  return (
    <form onSubmit={submit} className="space-y-3" noValidate>
      <div className="grid grid-cols-2 gap-3">
        {fields.map((f) => (
          <Field
            key={f.key}
            label={f.label}
            name={`rule-${f.key}`}
            type="number"
            inputMode="decimal"
            step={f.step}
            min={0}
            value={values[f.key]}
            onChange={(e) => setValues((v) => ({ ...v, [f.key]: e.target.value }))}
            error={errors[f.key]}
            hint={f.hint}
          />
        ))}
      </div>
      {strategy.rulesText ? (
        <p className="text-xs text-slate-600" data-testid="inlink-rank-rules">
          {strategy.rulesText}
        </p>
      ) : null}
      <div className="flex items-center gap-3">
        <Button type="submit" size="sm" disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Save rules"}
        </Button>
        <span aria-live="polite" className="text-sm text-emerald-700">
          {save.isSuccess ? "Rules saved: verdicts updated." : ""}
        </span>
      </div>
      {save.error &&
      !(save.error instanceof ApiClientError && Object.keys(save.error.fields).length) ? (
        <Alert tone="error">{save.error.message}</Alert>
      ) : null}
    </form>
  );
}
