"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { X } from "lucide-react";
import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { ApiClientError, fetchJson } from "@/lib/queries/fetch-json";
import {
  type AddCompetitorResult,
  competitorsQuery,
  competitorUrls,
} from "@/lib/queries/keyword-competitors";
import { addCompetitorSchema } from "@/lib/validations/keyword-competitors";

interface Props {
  slug: string;
  projectId: string;
  domain: string;
}

/** Up to five competitor domains, checked with every check of the tracked domain. */
export function CompetitorsCard({ slug, projectId, domain }: Props) {
  const queryClient = useQueryClient();
  const competitors = useQuery(competitorsQuery(slug, projectId));
  const [error, setError] = useState<string>();
  const [note, setNote] = useState<string | null>(null);
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: competitorsQuery(slug, projectId).queryKey });
  const add = useMutation({
    mutationFn: (input: { domain: string }) =>
      fetchJson<AddCompetitorResult>(competitorUrls.list(slug, projectId), {
        method: "POST",
        json: input,
      }),
    onSuccess: async (result, _input) => {
      setNote(result.trackerError);
      await refresh();
    },
    onError: (e) =>
      setError(e instanceof ApiClientError ? (e.fields.domain ?? e.message) : e.message),
  });
  const remove = useMutation({
    mutationFn: (id: string) =>
      fetchJson(competitorUrls.one(slug, projectId, id), { method: "DELETE" }),
    onSettled: refresh,
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const input = { domain: String(new FormData(form).get("domain") ?? "") };
    const parsed = addCompetitorSchema.safeParse(input);
    if (!parsed.success) return setError(parsed.error.issues[0]?.message);
    setError(undefined);
    add.mutate(input, { onSuccess: () => form.reset() });
  };

  const list = competitors.data?.competitors ?? [];
  const max = competitors.data?.max ?? 5;
  return (
    <section
      aria-labelledby="competitors-heading"
      className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
    >
      <h2 id="competitors-heading" className="text-base font-semibold text-slate-900">
        Competitors
      </h2>
      <p className="mb-3 text-sm text-slate-600">
        Up to {max} sites checked on the same keywords, engine and location as {domain}, with every
        check. Each is billed like one more tracked domain.
      </p>
      {competitors.isPending ? (
        <p className="text-sm text-slate-500">Loading competitors…</p>
      ) : competitors.isError ? (
        <Alert tone="error">Could not load competitors: {competitors.error.message}</Alert>
      ) : list.length === 0 ? (
        <p className="text-sm text-slate-500">No competitor yet.</p>
      ) : (
        <ul className="mb-3 flex flex-wrap gap-2" aria-label="Competitors">
          {list.map((c) => (
            <li
              key={c.id}
              className="flex items-center gap-1 rounded-full bg-slate-100 py-1 pr-1 pl-3 text-sm"
            >
              {c.domain}
              <Button
                variant="ghost"
                size="sm"
                aria-label={`Stop following ${c.domain}`}
                disabled={remove.isPending}
                onClick={() => remove.mutate(c.id)}
              >
                <X aria-hidden className="size-4" />
              </Button>
            </li>
          ))}
        </ul>
      )}
      {list.length < max ? (
        <form onSubmit={submit} noValidate className="flex flex-wrap items-end gap-2">
          <div className="min-w-56 flex-1">
            <Field
              name="domain"
              id="competitor-domain"
              label="Competitor domain"
              placeholder="competitor.com"
              error={error}
            />
          </div>
          <Button type="submit" disabled={add.isPending}>
            {add.isPending ? "Adding…" : "Add competitor"}
          </Button>
        </form>
      ) : null}
      {note ? (
        <Alert tone="warning" className="mt-3">
          {note}
        </Alert>
      ) : null}
    </section>
  );
}
