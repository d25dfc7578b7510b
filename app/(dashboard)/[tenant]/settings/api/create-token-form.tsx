"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { zodFieldErrors } from "@/lib/api/errors";
import { type ApiTokenView, apiTokensQuery, apiTokensUrl } from "@/lib/queries/api-tokens";
import { ApiClientError, fetchJson } from "@/lib/queries/fetch-json";
import {
  type CreateApiTokenInput,
  createApiTokenSchema,
  DEFAULT_TOKEN_RATE,
} from "@/lib/validations/api-tokens";

/** Name, scope and rate in; the secret out, once, with a copy button. */
export function CreateTokenForm({ slug }: { slug: string }) {
  const queryClient = useQueryClient();
  const [fields, setFields] = useState<Record<string, string>>({});
  const [copied, setCopied] = useState(false);
  const mutation = useMutation({
    mutationFn: (input: CreateApiTokenInput) =>
      fetchJson<{ token: ApiTokenView; secret: string }>(apiTokensUrl(slug), {
        method: "POST",
        json: input,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiTokensQuery(slug).queryKey }),
    onError: (error) => setFields(error instanceof ApiClientError ? error.fields : {}),
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const parsed = createApiTokenSchema.safeParse({
      name: data.get("name"),
      scope: data.get("scope"),
      ratePerMinute: Number(data.get("ratePerMinute")),
    });
    if (!parsed.success) return setFields(zodFieldErrors(parsed.error));
    setFields({});
    setCopied(false);
    mutation.mutate(parsed.data, { onSuccess: () => form.reset() });
  }

  const created = mutation.data;
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate aria-label="Create an API token">
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-56 flex-1">
          <Field
            label="Name"
            name="name"
            error={fields.name}
            placeholder="CRM sync"
            maxLength={60}
          />
        </div>
        <div className="space-y-1">
          <label htmlFor="token-scope" className="block text-sm font-medium text-slate-700">
            Scope
          </label>
          <select
            id="token-scope"
            name="scope"
            defaultValue="read"
            className="h-10 rounded-md border border-slate-300 bg-white px-2 text-sm"
          >
            <option value="read">Read</option>
            <option value="write">Read and write</option>
          </select>
        </div>
        <div className="w-36">
          <Field
            label="Requests a minute"
            name="ratePerMinute"
            type="number"
            min={1}
            max={600}
            defaultValue={DEFAULT_TOKEN_RATE}
            error={fields.ratePerMinute}
          />
        </div>
        <Button type="submit" disabled={mutation.isPending}>
          {mutation.isPending ? "Creating…" : "Create token"}
        </Button>
      </div>
      {mutation.isError && !Object.keys(fields).length ? (
        <Alert tone="error">{mutation.error.message}</Alert>
      ) : null}
      {created ? (
        <Alert tone="success">
          <p>Token “{created.token.name}” created. Copy it now: it is not shown again.</p>
          <div className="mt-2 flex flex-wrap items-center gap-2">
            <code
              data-testid="new-token"
              className="min-w-0 flex-1 break-all rounded bg-white px-2 py-1 text-xs text-slate-900"
            >
              {created.secret}
            </code>
            <Button
              type="button"
              size="sm"
              variant="secondary"
              onClick={() =>
                navigator.clipboard?.writeText(created.secret).then(() => setCopied(true))
              }
            >
              {copied ? "Copied" : "Copy"}
            </Button>
          </div>
        </Alert>
      ) : null}
    </form>
  );
}
