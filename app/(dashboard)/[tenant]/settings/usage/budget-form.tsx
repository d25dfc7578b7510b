"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { fetchJson } from "@/lib/queries/fetch-json";
import type { UsageView } from "@/lib/services/budgets/usage-view";

interface Props {
  slug: string;
  usage: UsageView;
  isAdmin: boolean;
}

const n = (value: number) => value.toLocaleString("en");

/** This month's spend against the budget; admins set or clear the budget, others read it. */
export function BudgetForm({ slug, usage, isAdmin }: Props) {
  const router = useRouter();
  const [value, setValue] = useState(usage.budget === null ? "" : String(usage.budget));
  const save = useMutation({
    mutationFn: (budget: number | null) =>
      fetchJson<{ usage: UsageView }>(`/api/tenants/${encodeURIComponent(slug)}/usage/budget`, {
        method: "PUT",
        json: { monthlyCreditBudget: budget },
      }),
    onSuccess: () => router.refresh(),
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const trimmed = value.trim();
    save.mutate(trimmed === "" ? null : Number(trimmed));
  }

  const share = usage.budget ? Math.min(100, Math.round((usage.spent / usage.budget) * 100)) : 0;
  return (
    <div className="space-y-4">
      <p className="text-sm" data-testid="budget-summary">
        {usage.budget === null
          ? `${n(usage.spent)} credits spent this month. No budget is set.`
          : `${n(usage.spent)} of ${n(usage.budget)} credits spent this month; ${n(usage.left ?? 0)} left.`}
      </p>
      {usage.budget !== null ? (
        <meter
          aria-label="Share of the monthly budget spent"
          min={0}
          max={100}
          high={99}
          value={share}
          className="h-2 w-full"
        >
          {share}%
        </meter>
      ) : null}
      {isAdmin ? (
        <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-3" aria-label="Budget">
          <div className="space-y-1">
            <label htmlFor="monthly-budget" className="block text-sm font-medium text-slate-700">
              Monthly budget (credits)
            </label>
            <input
              id="monthly-budget"
              inputMode="numeric"
              value={value}
              onChange={(e) => setValue(e.target.value)}
              placeholder="No budget"
              className="h-10 w-40 rounded-md border border-slate-300 px-2 text-sm"
            />
          </div>
          <Button type="submit" disabled={save.isPending}>
            {save.isPending ? "Saving…" : "Save budget"}
          </Button>
        </form>
      ) : (
        <p className="text-sm text-slate-600">Only workspace admins can change the budget.</p>
      )}
      {isAdmin ? <p className="text-xs text-slate-500">Leave it empty for no budget.</p> : null}
      {save.isError ? <Alert tone="error">{save.error.message}</Alert> : null}
      {save.isSuccess ? <Alert tone="success">Budget saved.</Alert> : null}
    </div>
  );
}
