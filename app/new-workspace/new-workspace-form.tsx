"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { zodFieldErrors } from "@/lib/api/errors";
import { ApiClientError, fetchJson } from "@/lib/queries/fetch-json";
import { slugify, tenantInputSchema } from "@/lib/validations/auth";

export function NewWorkspaceForm() {
  const router = useRouter();
  const [fields, setFields] = useState<Record<string, string>>({});
  const [slug, setSlug] = useState("");
  const mutation = useMutation({
    mutationFn: (input: { tenantName: string; tenantSlug: string }) =>
      fetchJson<{ tenant: { slug: string } }>("/api/tenants", { method: "POST", json: input }),
    onSuccess: ({ tenant }) => router.push(`/${tenant.slug}`),
    onError: (error) => setFields(error instanceof ApiClientError ? error.fields : {}),
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = tenantInputSchema.safeParse(
      Object.fromEntries(new FormData(event.currentTarget)),
    );
    if (!parsed.success) return setFields(zodFieldErrors(parsed.error));
    setFields({});
    mutation.mutate(parsed.data);
  }

  return (
    <form onSubmit={onSubmit} className="mt-4 space-y-4" noValidate>
      {mutation.isError && !Object.keys(fields).length ? (
        <Alert tone="error">{mutation.error.message}</Alert>
      ) : null}
      <Field
        label="Workspace name"
        name="tenantName"
        error={fields.tenantName}
        onChange={(e) => setSlug(slugify(e.target.value))}
      />
      <Field
        label="Workspace address"
        name="tenantSlug"
        value={slug}
        onChange={(e) => setSlug(e.target.value)}
        error={fields.tenantSlug}
      />
      <Button type="submit" disabled={mutation.isPending}>
        {mutation.isPending ? "Creating…" : "Create workspace"}
      </Button>
    </form>
  );
}
