"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useDeferredValue, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import {
  type GapEstimate,
  type GapView,
  gapEstimateQuery,
  gapKeys,
  gapsUrl,
} from "@/lib/queries/backlink-gap";
import { fetchJson } from "@/lib/queries/fetch-json";
import { gapDomainsSchema, MAX_GAP_COMPETITORS } from "@/lib/validations/backlink-gap";
import { splitDomainInput } from "@/lib/validations/prospects";

const n = (v: number) => v.toLocaleString("en-US");

/** "About 30,000 credits in 3 requests: …", said before the analysis starts. */
function estimateText(e: GapEstimate) {
  const cached = e.cached.length > 0 ? ` ${e.cached.join(", ")}: from the cache, free.` : "";
  const cap =
    e.listCap.of === "referring domains"
      ? ` Each list is a domain's ${n(e.listCap.rows)} strongest referring domains.`
      : ` Each list is built from a domain's first ${n(e.listCap.rows)} links.`;
  if (e.toFetch.length === 0)
    return `Nothing to fetch: every list is fresh in the cache.${cached}${cap}`;
  return `At most ${n(e.credits)} SE Ranking credits in ${n(e.requests)} requests for ${n(e.toFetch.length)} referring-domain ${e.toFetch.length === 1 ? "list" : "lists"} (${e.toFetch.join(", ")}).${cached}${cap}`;
}

interface Props {
  slug: string;
  onStarted: (gap: GapView) => void;
}

/** Your domain and up to 10 competitors; the credit estimate shows as soon as they are valid. */
export function GapForm({ slug, onStarted }: Props) {
  const queryClient = useQueryClient();
  const [domain, setDomain] = useState("");
  const [competitors, setCompetitors] = useState("");
  const [touched, setTouched] = useState(false);
  const parsed = gapDomainsSchema.safeParse({
    domain,
    competitors: splitDomainInput(competitors),
  });
  const valid = parsed.success ? parsed.data : null;
  const deferred = useDeferredValue(valid);
  const estimate = useQuery({
    ...gapEstimateQuery(slug, deferred?.domain ?? "", deferred?.competitors ?? []),
    enabled: deferred !== null,
  });
  const start = useMutation({
    mutationFn: (body: { domain: string; competitors: string[] }) =>
      fetchJson<{ gap: GapView }>(gapsUrl(slug), { method: "POST", json: body }),
    onSuccess: ({ gap }) => {
      queryClient.invalidateQueries({ queryKey: gapKeys.all(slug) });
      onStarted(gap);
    },
  });

  const issues = parsed.success ? [] : parsed.error.issues;
  const errorOf = (field: "domain" | "competitors") =>
    touched ? issues.find((i) => i.path[0] === field)?.message : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (valid) start.mutate(valid);
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Backlink gap" className="space-y-4">
      <div className="grid gap-4 md:grid-cols-2">
        <Field
          label="Your domain"
          name="gap-domain"
          placeholder="example.com"
          autoComplete="off"
          value={domain}
          onChange={(e) => setDomain(e.target.value)}
          onBlur={() => domain && setTouched(true)}
          error={errorOf("domain")}
        />
        <div className="space-y-1">
          <label htmlFor="gap-competitors" className="block text-sm font-medium text-slate-700">
            Competitors (one per line, up to {MAX_GAP_COMPETITORS})
          </label>
          <textarea
            id="gap-competitors"
            rows={4}
            value={competitors}
            onChange={(e) => setCompetitors(e.target.value)}
            onBlur={() => competitors && setTouched(true)}
            aria-invalid={errorOf("competitors") ? true : undefined}
            aria-describedby={errorOf("competitors") ? "gap-competitors-error" : undefined}
            placeholder={"competitor-one.com\ncompetitor-two.com"}
            className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm"
          />
          {errorOf("competitors") ? (
            <p id="gap-competitors-error" className="text-sm text-red-700">
              {errorOf("competitors")}
            </p>
          ) : null}
        </div>
      </div>
      <p data-testid="gap-estimate" aria-live="polite" className="text-sm text-slate-700">
        {!valid
          ? "Enter your domain and at least one competitor to see what the analysis costs."
          : estimate.isPending
            ? "Working out the cost…"
            : estimate.isError
              ? `Could not estimate the cost: ${estimate.error.message}`
              : estimateText(estimate.data)}
      </p>
      {start.error ? <Alert tone="error">{start.error.message}</Alert> : null}
      <Button type="submit" disabled={start.isPending}>
        {start.isPending ? "Starting…" : "Find the gap"}
      </Button>
    </form>
  );
}
