"use client";

import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { fetchJson } from "@/lib/queries/fetch-json";
import { integrationUrl } from "@/lib/queries/integration";
import type { DialectInput } from "@/lib/validations/integration";

const OPTIONS: { value: DialectInput["dialect"]; label: string }[] = [
  {
    value: "data-v1",
    label: "SE Ranking Data API (api.seranking.com) — Domain Trust / Page Trust",
  },
  { value: "provider-v3", label: "SE Ranking provider API (api4) — Trust Flow / Citation Flow" },
];

/**
 * The admin's override of the detected API. The server verifies the stored key against the
 * chosen API before switching, so a wrong choice is refused with the reason, never stored.
 */
export function DialectSwitch({
  slug,
  current,
  onChanged,
}: {
  slug: string;
  current?: string;
  onChanged: () => Promise<void> | void;
}) {
  const [choice, setChoice] = useState(current ?? "provider-v3");
  const change = useMutation({
    mutationFn: (dialect: string) =>
      fetchJson(`${integrationUrl(slug)}/dialect`, { method: "PUT", json: { dialect } }),
    onSuccess: onChanged,
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    change.mutate(choice);
  }
  return (
    <form onSubmit={submit} className="space-y-2" aria-label="SE Ranking API">
      <label htmlFor="dialect" className="block text-sm font-medium text-slate-800">
        API used with this key
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <select
          id="dialect"
          value={choice}
          onChange={(e) => setChoice(e.target.value)}
          className="max-w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
        >
          {OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        <Button type="submit" variant="secondary" disabled={change.isPending || choice === current}>
          {change.isPending ? "Checking the key…" : "Switch API"}
        </Button>
      </div>
      <p className="text-xs text-slate-600">
        Detected when the key was saved. Switching checks the key with that API first.
      </p>
      <div aria-live="polite">
        {change.error ? <Alert tone="error">{change.error.message}</Alert> : null}
      </div>
    </form>
  );
}
