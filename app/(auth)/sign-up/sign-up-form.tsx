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
import { type SignUpInput, signUpSchema, slugify } from "@/lib/validations/auth";

export function SignUpForm() {
  const router = useRouter();
  const [fields, setFields] = useState<Record<string, string>>({});
  const [slug, setSlug] = useState("");
  const [slugEdited, setSlugEdited] = useState(false);

  const mutation = useMutation({
    mutationFn: async (input: SignUpInput) => {
      // The answer is "check your email" whether or not the address had an account already.
      const { message } = await fetchJson<{ message: string }>("/api/signup", {
        method: "POST",
        json: input,
      });
      const result = await signIn("credentials", {
        email: input.email,
        password: input.password,
        redirect: false,
      });
      return { message, signedIn: !result?.error };
    },
    onSuccess: ({ signedIn }) => {
      if (!signedIn) return; // the "check your email" message stays on screen
      router.replace("/");
      router.refresh();
    },
    onError: (error) => setFields(error instanceof ApiClientError ? error.fields : {}),
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const raw = Object.fromEntries(new FormData(event.currentTarget));
    // The same schema as the server: most mistakes are caught before a round trip.
    const parsed = signUpSchema.safeParse(raw);
    if (!parsed.success) {
      setFields(zodFieldErrors(parsed.error));
      return;
    }
    setFields({});
    mutation.mutate(parsed.data);
  }

  const topError =
    mutation.error && !Object.keys(fields).length ? mutation.error.message : undefined;
  if (mutation.data && !mutation.data.signedIn) {
    return (
      <Alert tone="success" className="mt-4">
        {mutation.data.message}
      </Alert>
    );
  }
  return (
    <form onSubmit={onSubmit} className="mt-4 space-y-4" noValidate>
      {topError ? <Alert tone="error">{topError}</Alert> : null}
      <Field label="Your name" name="name" autoComplete="name" error={fields.name} required />
      <Field
        label="Work email"
        name="email"
        type="email"
        autoComplete="email"
        error={fields.email}
        required
      />
      <NewPasswordField error={fields.password} />
      <Field
        label="Workspace name"
        name="tenantName"
        error={fields.tenantName}
        onChange={(e) => {
          if (!slugEdited) setSlug(slugify(e.target.value));
        }}
        required
      />
      <Field
        label="Workspace address"
        name="tenantSlug"
        value={slug}
        onChange={(e) => {
          setSlugEdited(true);
          setSlug(e.target.value);
        }}
        error={fields.tenantSlug}
        hint={`Your workspace will live at /${slug || "your-team"}`}
        required
      />
      <SubmitButton pending={mutation.isPending} pendingLabel="Creating…">
        Create workspace
      </SubmitButton>
    </form>
  );
}
