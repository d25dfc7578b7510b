"use client";

import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { SubmitButton } from "@/components/auth/submit-button";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { zodFieldErrors } from "@/lib/api/errors";
import { fetchJson } from "@/lib/queries/fetch-json";
import { forgotPasswordSchema } from "@/lib/validations/account";

export function ForgotPasswordForm() {
  const [fields, setFields] = useState<Record<string, string>>({});
  const mutation = useMutation({
    mutationFn: (email: string) =>
      fetchJson<{ message: string }>("/api/password/forgot", { method: "POST", json: { email } }),
  });
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = forgotPasswordSchema.safeParse(
      Object.fromEntries(new FormData(event.currentTarget)),
    );
    if (!parsed.success) return setFields(zodFieldErrors(parsed.error));
    setFields({});
    mutation.mutate(parsed.data.email);
  }
  return (
    <form onSubmit={onSubmit} className="mt-4 space-y-4" noValidate>
      {mutation.isError ? <Alert tone="error">{mutation.error.message}</Alert> : null}
      {mutation.isSuccess ? <Alert tone="success">{mutation.data.message}</Alert> : null}
      <Field
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        error={fields.email}
        required
      />
      <SubmitButton pending={mutation.isPending} pendingLabel="Sending…">
        Email me a reset link
      </SubmitButton>
    </form>
  );
}
