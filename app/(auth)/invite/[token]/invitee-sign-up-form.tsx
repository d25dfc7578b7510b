"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { type FormEvent, useState } from "react";
import { NewPasswordField } from "@/components/auth/new-password-field";
import { SubmitButton } from "@/components/auth/submit-button";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { zodFieldErrors } from "@/lib/api/errors";
import { ApiClientError, fetchJson } from "@/lib/queries/fetch-json";
import { type InviteeSignUpInput, inviteeSignUpSchema } from "@/lib/validations/account";
import { acceptInvitation } from "./accept-invitation";

/** Creates the invited address's account, signs in and accepts, in one go. */
export function InviteeSignUpForm({ token, email }: { token: string; email: string }) {
  const router = useRouter();
  const [fields, setFields] = useState<Record<string, string>>({});
  const mutation = useMutation({
    mutationFn: async (input: InviteeSignUpInput) => {
      await fetchJson("/api/invitations/sign-up", { method: "POST", json: input });
      const result = await signIn("credentials", {
        email,
        password: input.password,
        redirect: false,
      });
      if (result?.error) {
        throw new ApiClientError(
          409,
          "sign_in",
          `Could not sign you in as ${email}. If that address already has an account, sign in with its password instead.`,
        );
      }
      return acceptInvitation(token);
    },
    onSuccess: ({ joined }) => {
      router.replace(`/${joined.tenantSlug}`);
      router.refresh();
    },
    onError: (error) => setFields(error instanceof ApiClientError ? error.fields : {}),
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const raw = { ...Object.fromEntries(new FormData(event.currentTarget)), token };
    const parsed = inviteeSignUpSchema.safeParse(raw);
    if (!parsed.success) return setFields(zodFieldErrors(parsed.error));
    setFields({});
    mutation.mutate(parsed.data);
  }

  const topError =
    mutation.error && !Object.keys(fields).length ? mutation.error.message : undefined;
  return (
    <form
      onSubmit={onSubmit}
      className="mt-3 space-y-4"
      noValidate
      aria-label="Create your account"
    >
      {topError ? <Alert tone="error">{topError}</Alert> : null}
      <Field label="Email" name="email-shown" value={email} readOnly disabled />
      <Field label="Your name" name="name" autoComplete="name" error={fields.name} required />
      <NewPasswordField error={fields.password} />
      <SubmitButton pending={mutation.isPending} pendingLabel="Joining…">
        Create account and join
      </SubmitButton>
    </form>
  );
}
