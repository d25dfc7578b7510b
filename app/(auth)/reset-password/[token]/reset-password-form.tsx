"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { type FormEvent, useState } from "react";
import { NewPasswordField } from "@/components/auth/new-password-field";
import { SubmitButton } from "@/components/auth/submit-button";
import { Alert } from "@/components/ui/alert";
import { zodFieldErrors } from "@/lib/api/errors";
import { ApiClientError, fetchJson } from "@/lib/queries/fetch-json";
import { resetPasswordSchema } from "@/lib/validations/account";

export function ResetPasswordForm({ token }: { token: string }) {
  const [fields, setFields] = useState<Record<string, string>>({});
  const mutation = useMutation({
    mutationFn: (password: string) =>
      fetchJson("/api/password/reset", { method: "POST", json: { token, password } }),
    onError: (error) => setFields(error instanceof ApiClientError ? error.fields : {}),
  });
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const raw = { ...Object.fromEntries(new FormData(event.currentTarget)), token };
    const parsed = resetPasswordSchema.safeParse(raw);
    if (!parsed.success) return setFields(zodFieldErrors(parsed.error));
    setFields({});
    mutation.mutate(parsed.data.password);
  }
  if (mutation.isSuccess) {
    return (
      <Alert tone="success" className="mt-4">
        Your password was changed and every other session was signed out.{" "}
        <Link href="/sign-in" className="font-medium underline">
          Sign in
        </Link>
      </Alert>
    );
  }
  return (
    <form onSubmit={onSubmit} className="mt-4 space-y-4" noValidate>
      {mutation.isError && !Object.keys(fields).length ? (
        <Alert tone="error">{mutation.error.message}</Alert>
      ) : null}
      <NewPasswordField label="New password" error={fields.password} />
      <SubmitButton pending={mutation.isPending} pendingLabel="Saving…">
        Save new password
      </SubmitButton>
    </form>
  );
}
