"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { When } from "@/components/format/date-format";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { fetchJson } from "@/lib/queries/fetch-json";
import { type InvitationView, invitationsQuery, invitationsUrl } from "@/lib/queries/invitations";

/** Open invitations (admins only): who was asked, as what, until when; resend or revoke. */
export function InvitationsList({ slug }: { slug: string }) {
  const queryClient = useQueryClient();
  const invitations = useQuery(invitationsQuery(slug));
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: invitationsQuery(slug).queryKey });
  const resend = useMutation({
    mutationFn: (id: string) =>
      fetchJson(`${invitationsUrl(slug)}/${id}/resend`, { method: "POST" }),
    onSettled: refresh,
  });
  const revoke = useMutation({
    mutationFn: (id: string) => fetchJson(`${invitationsUrl(slug)}/${id}`, { method: "DELETE" }),
    onSettled: refresh,
  });

  if (invitations.isPending) return <p className="text-sm text-slate-500">Loading invitations…</p>;
  if (invitations.isError)
    return (
      <Alert tone="error">
        Could not load invitations: {invitations.error.message}{" "}
        <Button variant="ghost" size="sm" onClick={() => invitations.refetch()}>
          Retry
        </Button>
      </Alert>
    );
  const error = resend.error ?? revoke.error;
  return (
    <section aria-labelledby="invitations-heading" className="space-y-2">
      <h3 id="invitations-heading" className="text-sm font-semibold text-slate-800">
        Pending invitations
      </h3>
      {error ? <Alert tone="error">{error.message}</Alert> : null}
      {resend.isSuccess ? <Alert tone="success">A fresh link was sent.</Alert> : null}
      {invitations.data.length === 0 ? (
        <p className="text-sm text-slate-600">No pending invitations.</p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm">
          {invitations.data.map((invitation) => (
            <InvitationLine
              key={invitation.id}
              invitation={invitation}
              onResend={() => resend.mutate(invitation.id)}
              onRevoke={() => revoke.mutate(invitation.id)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function InvitationLine(props: {
  invitation: InvitationView;
  onResend: () => void;
  onRevoke: () => void;
}) {
  const { invitation } = props;
  const expired = new Date(invitation.expiresAt) <= new Date();
  return (
    <li data-testid="invitation-row" className="flex flex-wrap items-center gap-2 py-2">
      <span className="min-w-0 flex-1 truncate">{invitation.email}</span>
      <span className="capitalize text-slate-600">{invitation.role}</span>
      <span className={expired ? "text-red-700" : "text-slate-500"}>
        {expired ? (
          "expired"
        ) : (
          <>
            until <When value={invitation.expiresAt} dateOnly />
          </>
        )}
      </span>
      <Button variant="secondary" size="sm" onClick={props.onResend}>
        Resend
      </Button>
      <ConfirmButton
        label="Revoke"
        title={`Revoke the invitation to ${invitation.email}?`}
        description="The emailed link stops working at once."
        confirmLabel="Revoke invitation"
        onConfirm={props.onRevoke}
      />
    </li>
  );
}
