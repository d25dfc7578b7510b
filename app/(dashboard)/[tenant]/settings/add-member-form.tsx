"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { zodFieldErrors } from "@/lib/api/errors";
import { ApiClientError, fetchJson } from "@/lib/queries/fetch-json";
import { membersQuery, membersUrl } from "@/lib/queries/members";
import { type AddMemberInput, addMemberSchema } from "@/lib/validations/members";

interface Added {
  member: { email: string; role: string; temporaryPassword?: string };
}

export function AddMemberForm({ slug }: { slug: string }) {
  const queryClient = useQueryClient();
  const [fields, setFields] = useState<Record<string, string>>({});
  const mutation = useMutation({
    mutationFn: (input: AddMemberInput) =>
      fetchJson<Added>(membersUrl(slug), { method: "POST", json: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: membersQuery(slug).queryKey }),
    onError: (error) => setFields(error instanceof ApiClientError ? error.fields : {}),
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const parsed = addMemberSchema.safeParse(Object.fromEntries(new FormData(form)));
    if (!parsed.success) return setFields(zodFieldErrors(parsed.error));
    setFields({});
    mutation.mutate(parsed.data, { onSuccess: () => form.reset() });
  }

  const added = mutation.data?.member;
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate aria-label="Add a member">
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1">
          <Field
            label="Email"
            name="email"
            type="email"
            error={fields.email}
            placeholder="teammate@company.com"
          />
        </div>
        <div className="space-y-1">
          <label htmlFor="new-member-role" className="block text-sm font-medium text-slate-700">
            Role
          </label>
          <select
            id="new-member-role"
            name="role"
            defaultValue="marketer"
            className="h-10 rounded-md border border-slate-300 bg-white px-2 text-sm"
          >
            <option value="marketer">Marketer</option>
            <option value="admin">Admin</option>
          </select>
        </div>
        <Button type="submit" disabled={mutation.isPending}>
          {mutation.isPending ? "Adding…" : "Add member"}
        </Button>
      </div>
      {mutation.isError && !Object.keys(fields).length ? (
        <Alert tone="error">{mutation.error.message}</Alert>
      ) : null}
      {added ? (
        <Alert tone="success">
          {added.email} was added as {added.role}.
          {added.temporaryPassword ? (
            <>
              {" "}
              Their temporary password, shown only now:{" "}
              <code data-testid="temporary-password" className="rounded bg-white px-1 font-mono">
                {added.temporaryPassword}
              </code>
            </>
          ) : (
            " They already had an account and can sign in with it."
          )}
        </Alert>
      ) : null}
    </form>
  );
}
