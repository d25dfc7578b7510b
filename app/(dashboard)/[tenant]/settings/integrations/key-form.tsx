"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { zodFieldErrors } from "@/lib/api/errors";
import { fetchJson } from "@/lib/queries/fetch-json";
import { integrationQuery, integrationUrl, type TestKeyReply } from "@/lib/queries/integration";
import { apiKeyInputSchema } from "@/lib/validations/integration";

/**
 * Paste a key, Test it (stores nothing) or Save it (verified again, then encrypted server-side).
 * The key stays in this form's input only; it is cleared once saved.
 */
export function KeyForm({ slug, onDone }: { slug: string; onDone?: () => void }) {
  const queryClient = useQueryClient();
  const inputRef = useRef<HTMLInputElement>(null);
  const [fieldError, setFieldError] = useState<string>();
  const [tested, setTested] = useState<TestKeyReply>();

  const readKey = () => {
    const parsed = apiKeyInputSchema.safeParse({ apiKey: inputRef.current?.value ?? "" });
    if (!parsed.success) {
      setFieldError(zodFieldErrors(parsed.error).apiKey);
      return undefined;
    }
    setFieldError(undefined);
    return parsed.data;
  };

  const test = useMutation({
    mutationFn: (input: { apiKey: string }) =>
      fetchJson<TestKeyReply>(`${integrationUrl(slug)}/test`, {
        method: "POST",
        json: input,
      }),
    onSuccess: (reply) => setTested(reply),
    onMutate: () => setTested(undefined),
  });
  const save = useMutation({
    mutationFn: (input: { apiKey: string }) =>
      fetchJson(integrationUrl(slug), { method: "PUT", json: input }),
    onSuccess: async () => {
      if (inputRef.current) inputRef.current.value = "";
      await queryClient.invalidateQueries({ queryKey: integrationQuery(slug).queryKey });
      onDone?.();
    },
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = readKey();
    if (input) save.mutate(input);
  }

  const error = test.error ?? save.error;
  const busy = test.isPending || save.isPending;
  return (
    <form onSubmit={submit} className="space-y-3" noValidate aria-label="Connect SE Ranking">
      <Field
        ref={inputRef}
        label="SE Ranking API key"
        name="apiKey"
        type="password"
        autoComplete="off"
        spellCheck={false}
        error={fieldError}
        hint="Find it in SE Ranking under Settings → API. It is encrypted before it is stored and never shown again."
      />
      <div className="flex gap-2">
        <Button
          type="button"
          variant="secondary"
          disabled={busy}
          onClick={() => {
            const input = readKey();
            if (input) test.mutate(input);
          }}
        >
          {test.isPending ? "Testing…" : "Test key"}
        </Button>
        <Button type="submit" disabled={busy}>
          {save.isPending ? "Verifying and saving…" : "Save"}
        </Button>
      </div>
      <div aria-live="polite">
        {error ? <Alert tone="error">{error.message}</Alert> : null}
        {tested?.projectOnlyReason && !error ? (
          <Alert tone="success">
            The key works for SE Ranking&apos;s Project API (rank tracking) only:{" "}
            {tested.projectOnlyReason}. Keyword projects will be tracked by SE Ranking&apos;s rank
            tracker; backlinks and prospects need a key with Data API access. Nothing was stored:
            press Save to connect it.
          </Alert>
        ) : tested && !error ? (
          <Alert tone="success">
            The key works: SE Ranking account {tested.account.email ?? tested.account.status ?? ""}
            {tested.account.plan ? ` (${tested.account.plan})` : ""}
            {tested.account.creditsLeft !== undefined
              ? `, ${tested.account.creditsLeft.toLocaleString()} credits left`
              : ""}
            , via the <span data-testid="tested-dialect">{tested.dialectLabel}</span> (metrics:{" "}
            {tested.metricLabels.trust} / {tested.metricLabels.citation}). Nothing was stored: press
            Save to connect it.
          </Alert>
        ) : null}
      </div>
    </form>
  );
}
