"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { fetchJson } from "@/lib/queries/fetch-json";
import type { acceptInvitation as acceptOnServer } from "@/lib/services/invitations";

/** POST /api/invitations/accept: the workspace joined and the role in it. */
export interface Joined {
  joined: Awaited<ReturnType<typeof acceptOnServer>>;
}

export const acceptInvitation = (token: string) =>
  fetchJson<Joined>("/api/invitations/accept", { method: "POST", json: { token } });

export function AcceptInvitation({ token, tenantName }: { token: string; tenantName: string }) {
  const router = useRouter();
  const mutation = useMutation({
    mutationFn: () => acceptInvitation(token),
    onSuccess: ({ joined }) => {
      router.replace(`/${joined.tenantSlug}`);
      router.refresh();
    },
  });
  return (
    <div className="mt-4 space-y-3">
      {mutation.isError ? <Alert tone="error">{mutation.error.message}</Alert> : null}
      <Button className="w-full" onClick={() => mutation.mutate()} disabled={mutation.isPending}>
        {mutation.isPending ? "Joining…" : `Accept and join ${tenantName}`}
      </Button>
    </div>
  );
}
