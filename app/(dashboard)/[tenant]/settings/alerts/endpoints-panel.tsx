"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { EmptyState } from "@/components/ui/empty-state";
import { Field } from "@/components/ui/field";
import { ApiClientError, fetchJson } from "@/lib/queries/fetch-json";
import type { AlertDeliveryView, AlertEndpointView } from "@/lib/services/alerts/alerts-view";

interface Props {
  slug: string;
  endpoints: AlertEndpointView[];
  isAdmin: boolean;
}

/** Endpoints with "Send test"; admins add one (its secret is shown once) or remove one. */
export function EndpointsPanel({ slug, endpoints, isAdmin }: Props) {
  const router = useRouter();
  const base = `/api/tenants/${encodeURIComponent(slug)}/alerts/endpoints`;
  const [secret, setSecret] = useState<{ name: string; value: string } | null>(null);
  const [tested, setTested] = useState<Record<string, AlertDeliveryView>>({});
  const create = useMutation({
    mutationFn: (json: { name: string; url: string; format: string }) =>
      fetchJson<{ endpoint: AlertEndpointView; secret: string }>(base, { method: "POST", json }),
    onSuccess: (r) => {
      setSecret({ name: r.endpoint.name, value: r.secret });
      router.refresh();
    },
  });
  const test = useMutation({
    mutationFn: (id: string) =>
      fetchJson<{ delivery: AlertDeliveryView }>(`${base}/${id}/test`, { method: "POST" }),
    onSuccess: (r, id) => {
      setTested((t) => ({ ...t, [id]: r.delivery }));
      router.refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (id: string) => fetchJson(`${base}/${id}`, { method: "DELETE" }),
    onSuccess: () => router.refresh(),
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    create.mutate({
      name: String(form.get("name") ?? ""),
      url: String(form.get("url") ?? ""),
      format: String(form.get("format") ?? "json"),
    });
  }
  const fields = create.error instanceof ApiClientError ? create.error.fields : {};

  return (
    <div className="space-y-4">
      {endpoints.length === 0 ? (
        <EmptyState title="No webhook endpoints">Alerts go by email until you add one.</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-200" aria-label="Webhook endpoints">
          {endpoints.map((e) => {
            const result = tested[e.id];
            return (
              <li key={e.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                <div className="min-w-0 text-sm">
                  <p className="font-medium">{e.name}</p>
                  <p className="break-all text-slate-600">
                    {e.urlHint} · {e.format === "slack" ? "Slack-compatible" : "JSON"}
                  </p>
                  {result ? (
                    <p role="status" className="text-xs" data-testid="test-result">
                      {result.status === "delivered"
                        ? `Test delivered (HTTP ${result.lastStatusCode})`
                        : `Test failed: ${result.attempts.at(-1)?.error ?? "no answer"}`}
                    </p>
                  ) : null}
                </div>
                {isAdmin ? (
                  <div className="flex gap-2">
                    <Button
                      size="sm"
                      variant="secondary"
                      disabled={test.isPending}
                      onClick={() => test.mutate(e.id)}
                      aria-label={`Send test to ${e.name}`}
                    >
                      Send test
                    </Button>
                    <ConfirmButton
                      label="Remove"
                      ariaLabel={`Remove ${e.name}`}
                      title={`Remove ${e.name}?`}
                      description="Rules stop sending to it. Deliveries already logged stay in the log."
                      confirmLabel="Remove endpoint"
                      onConfirm={() => remove.mutate(e.id)}
                    />
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      {test.isError ? <Alert tone="error">{test.error.message}</Alert> : null}
      {secret ? (
        <Alert tone="success">
          <p>Signing secret of {secret.name}, shown this once: store it in the receiver now.</p>
          <code className="mt-1 block break-all" data-testid="endpoint-secret">
            {secret.value}
          </code>
        </Alert>
      ) : null}
      {isAdmin ? (
        <form
          onSubmit={onSubmit}
          aria-label="Add a webhook endpoint"
          className="grid gap-3 sm:grid-cols-3"
        >
          <Field label="Endpoint name" name="name" required maxLength={100} error={fields.name} />
          <Field
            label="URL"
            name="url"
            type="url"
            required
            placeholder="https://"
            error={fields.url}
          />
          <div className="space-y-1">
            <label htmlFor="endpoint-format" className="block text-sm font-medium text-slate-700">
              Payload
            </label>
            <select
              id="endpoint-format"
              name="format"
              className="h-10 w-full rounded-md border border-slate-300 px-2 text-sm"
            >
              <option value="json">JSON (signed)</option>
              <option value="slack">Slack-compatible {"{text}"}</option>
            </select>
          </div>
          <div className="sm:col-span-3">
            <Button type="submit" disabled={create.isPending}>
              {create.isPending ? "Adding…" : "Add endpoint"}
            </Button>
          </div>
          {create.isError ? (
            <div className="sm:col-span-3">
              <Alert tone="error">{create.error.message}</Alert>
            </div>
          ) : null}
        </form>
      ) : (
        <p className="text-sm text-slate-600">Only workspace admins can change alerts.</p>
      )}
    </div>
  );
}
