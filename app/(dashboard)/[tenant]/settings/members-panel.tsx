"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { fetchJson } from "@/lib/queries/fetch-json";
import { type MemberRow, membersQuery, membersUrl } from "@/lib/queries/members";
import { InvitationsList } from "./invitations-list";
import { InviteForm } from "./invite-form";

interface Props {
  slug: string;
  isAdmin: boolean;
  currentUserId: string;
}

export function MembersPanel({ slug, isAdmin, currentUserId }: Props) {
  const queryClient = useQueryClient();
  const members = useQuery(membersQuery(slug));
  const refresh = () => queryClient.invalidateQueries({ queryKey: membersQuery(slug).queryKey });
  const update = useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: string }) =>
      fetchJson(`${membersUrl(slug)}/${userId}`, { method: "PATCH", json: { role } }),
    onSettled: refresh,
  });
  const remove = useMutation({
    mutationFn: (userId: string) =>
      fetchJson(`${membersUrl(slug)}/${userId}`, { method: "DELETE" }),
    onSettled: refresh,
  });

  if (members.isPending) return <p className="text-sm text-slate-500">Loading members…</p>;
  if (members.isError)
    return (
      <Alert tone="error">
        Could not load members: {members.error.message}{" "}
        <Button variant="ghost" size="sm" onClick={() => members.refetch()}>
          Retry
        </Button>
      </Alert>
    );

  const error = update.error ?? remove.error;
  return (
    <div className="space-y-6">
      {error ? <Alert tone="error">{error.message}</Alert> : null}
      <table className="w-full text-left text-sm">
        <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
          <tr>
            <th className="py-2">Email</th>
            <th className="py-2">Role</th>
            {isAdmin ? <th className="py-2 text-right">Actions</th> : null}
          </tr>
        </thead>
        <tbody>
          {members.data.map((m) => (
            <MemberLine
              key={m.userId}
              member={m}
              isAdmin={isAdmin}
              isSelf={m.userId === currentUserId}
              onRole={(role) => update.mutate({ userId: m.userId, role })}
              onRemove={() => remove.mutate(m.userId)}
            />
          ))}
        </tbody>
      </table>
      {isAdmin ? (
        <>
          <InviteForm slug={slug} />
          <InvitationsList slug={slug} />
        </>
      ) : (
        <p className="text-sm text-slate-600">Only admins can invite or change members.</p>
      )}
    </div>
  );
}

function MemberLine({
  member,
  isAdmin,
  isSelf,
  onRole,
  onRemove,
}: {
  member: MemberRow;
  isAdmin: boolean;
  isSelf: boolean;
  onRole: (role: string) => void;
  onRemove: () => void;
}) {
  return (
    <tr className="border-b border-slate-100" data-testid="member-row">
      <td className="py-2">
        {member.email} {isSelf ? <span className="text-xs text-slate-500">(you)</span> : null}
      </td>
      <td className="py-2">
        {isAdmin ? (
          <select
            aria-label={`Role of ${member.email}`}
            value={member.role}
            onChange={(e) => onRole(e.target.value)}
            className="h-8 rounded-md border border-slate-300 bg-white px-2 text-sm"
          >
            <option value="marketer">Marketer</option>
            <option value="admin">Admin</option>
          </select>
        ) : (
          <span className="capitalize">{member.role}</span>
        )}
      </td>
      {isAdmin ? (
        <td className="py-2 text-right">
          <ConfirmButton
            label="Remove"
            title={`Remove ${member.email}?`}
            description="They lose access to this workspace at once. Their account stays."
            confirmLabel="Remove member"
            onConfirm={onRemove}
          />
        </td>
      ) : null}
    </tr>
  );
}
