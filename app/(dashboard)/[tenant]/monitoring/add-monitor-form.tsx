"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { ApiClientError } from "@/lib/queries/fetch-json";
import { addMonitor, monitorsQuery } from "@/lib/queries/monitoring";
import {
  createMonitorSchema,
  DEFAULT_INTERVAL_DAYS,
  INTERVAL_DAYS,
} from "@/lib/validations/monitoring";
import { IntervalSelect } from "./interval-select";

export function AddMonitorForm({ slug }: { slug: string }) {
  const queryClient = useQueryClient();
  const [fields, setFields] = useState<Record<string, string>>({});
  const add = useMutation({
    mutationFn: (input: { domain: string; intervalDays: number }) =>
      addMonitor(slug, input.domain, input.intervalDays),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: monitorsQuery(slug).queryKey }),
    onError: (error) => setFields(error instanceof ApiClientError ? error.fields : {}),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const input = {
      domain: String(form.get("domain") ?? ""),
      intervalDays: Number(form.get("intervalDays") ?? DEFAULT_INTERVAL_DAYS),
    };
    // The route's schema, checked here first so mistakes show before a round trip.
    const parsed = createMonitorSchema.safeParse(input);
    if (!parsed.success) {
      setFields(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
      return;
    }
    setFields({});
    add.mutate(input, { onSuccess: () => formElement.reset() });
  };

  return (
    <form onSubmit={submit} noValidate className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-[1fr_auto_auto] sm:items-end">
        <Field
          name="domain"
          label="Domain to monitor"
          placeholder="example.com"
          error={fields.domain}
          required
        />
        <IntervalSelect name="intervalDays" defaultValue={DEFAULT_INTERVAL_DAYS} />
        <Button type="submit" disabled={add.isPending}>
          {add.isPending ? "Adding…" : "Monitor"}
        </Button>
      </div>
      <p className="text-xs text-slate-500">
        The first snapshot is taken at once; then every {INTERVAL_DAYS.join(", ")} days as chosen.
      </p>
      {add.isError && !fields.domain ? <Alert tone="error">{add.error.message}</Alert> : null}
    </form>
  );
}
