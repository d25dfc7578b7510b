"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { zodFieldErrors } from "@/lib/api/errors";
import { ApiClientError, fetchJson } from "@/lib/queries/fetch-json";
import { type InvitationView, invitationsQuery, invitationsUrl } from "@/lib/queries/invitations";
import { type InviteInput, inviteSchema } from "@/lib/validations/account";

export function InviteForm({ slug }: { slug: string }) {
  const queryClient = useQueryClient();
  const [fields, setFields] = useState<Record<string, string>>({});
  const mutation = useMutation({
    mutationFn: (input: InviteInput) =>
      fetchJson<{ invitation: InvitationView }>(invitationsUrl(slug), {
        method: "POST",
        json: input,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitationsQuery(slug).queryKey }),
    onError: (error) => setFields(error instanceof ApiClientError ? error.fields : {}),
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const parsed = inviteSchema.safeParse(Object.fromEntries(new FormData(form)));
    if (!parsed.success) return setFields(zodFieldErrors(parsed.error));
    setFields({});
    mutation.mutate(parsed.data, { onSuccess: () => form.reset() });
  }

  const sent = mutation.data?.invitation;
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate aria-label="Invite a member">
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
          <label htmlFor="invite-role" className="block text-sm font-medium text-slate-700">
            Role
          </label>
          <select
            id="invite-role"
            name="role"
            defaultValue="marketer"
            className="h-10 rounded-md border border-slate-300 bg-white px-2 text-sm"
          >
            <option value="marketer">Marketer</option>
            <option value="admin">Admin</option>
          </select>
        </div>
        <Button type="submit" disabled={mutation.isPending}>
          {mutation.isPending ? "Sending…" : "Send invitation"}
        </Button>
      </div>
      <p className="text-xs text-slate-500">
        They join only after accepting through the emailed link, signed in as that address. The link
        works for 7 days.
      </p>
      {mutation.isError && !Object.keys(fields).length ? (
        <Alert tone="error">{mutation.error.message}</Alert>
      ) : null}
      {sent ? (
        <Alert tone="success">
          Invitation sent to {sent.email} as {sent.role}. It is listed below until they accept.
        </Alert>
      ) : null}
    </form>
  );
}
