"use client";

import { useQuery } from "@tanstack/react-query";
import { fetchJson } from "@/lib/queries/fetch-json";
import type { CostNoteView } from "@/lib/services/budgets/cost-note";

interface Props {
  slug: string;
  /** kind and its ids, as GET /usage/cost reads them. */
  params: Record<string, string>;
}

const n = (value: number) => value.toLocaleString("en");

/** "Costs up to N credits · M left this month", said before the button beside it is clicked. */
export function CostNote({ slug, params }: Props) {
  const search = new URLSearchParams(params).toString();
  const cost = useQuery({
    queryKey: ["tenants", slug, "usage", "cost", search],
    queryFn: () =>
      fetchJson<{ cost: CostNoteView }>(
        `/api/tenants/${encodeURIComponent(slug)}/usage/cost?${search}`,
      ),
  });
  const view = cost.data?.cost;
  if (!view) return null; // the button works without the note; it is only a forecast
  const price =
    view.credits === null ? "Cost not known yet" : `Costs up to ${n(view.credits)} credits`;
  const left = view.left === null ? "" : ` · ${n(view.left)} left this month`;
  return (
    <span className="text-xs text-slate-600" data-testid="cost-note">
      {price}
      {left}
    </span>
  );
}
