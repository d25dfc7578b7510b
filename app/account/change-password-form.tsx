"use client";

import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { NewPasswordField } from "@/components/auth/new-password-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { zodFieldErrors } from "@/lib/api/errors";
import { ApiClientError, fetchJson } from "@/lib/queries/fetch-json";
import { changePasswordSchema } from "@/lib/validations/account";

export function ChangePasswordForm() {
  const [fields, setFields] = useState<Record<string, string>>({});
  const mutation = useMutation({
    mutationFn: (input: { currentPassword: string; newPassword: string }) =>
      fetchJson("/api/account/password", { method: "POST", json: input }),
    onError: (error) => setFields(error instanceof ApiClientError ? error.fields : {}),
  });
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const parsed = changePasswordSchema.safeParse(Object.fromEntries(new FormData(form)));
    if (!parsed.success) return setFields(zodFieldErrors(parsed.error));
    setFields({});
    mutation.mutate(parsed.data, { onSuccess: () => form.reset() });
  }
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate aria-label="Change password">
      {mutation.isError && !Object.keys(fields).length ? (
        <Alert tone="error">{mutation.error.message}</Alert>
      ) : null}
      {mutation.isSuccess ? (
        <Alert tone="success">Password changed; your other sessions were signed out.</Alert>
      ) : null}
      <Field
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        error={fields.currentPassword}
        required
      />
      <NewPasswordField label="New password" name="newPassword" error={fields.newPassword} />
      <Button type="submit" disabled={mutation.isPending}>
        {mutation.isPending ? "Saving…" : "Change password"}
      </Button>
    </form>
  );
}
