"use client";

import { useMutation } from "@tanstack/react-query";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { fetchJson } from "@/lib/queries/fetch-json";

export function ResendVerification() {
  const mutation = useMutation({
    mutationFn: () =>
      fetchJson<{ message: string }>("/api/account/verification", { method: "POST" }),
  });
  return (
    <div className="space-y-2">
      {mutation.isError ? <Alert tone="error">{mutation.error.message}</Alert> : null}
      {mutation.isSuccess ? <Alert tone="success">{mutation.data.message}</Alert> : null}
      <Button variant="secondary" onClick={() => mutation.mutate()} disabled={mutation.isPending}>
        {mutation.isPending ? "Sending…" : "Email me a new confirmation link"}
      </Button>
    </div>
  );
}

export function SignOutEverywhere() {
  const mutation = useMutation({
    mutationFn: () => fetchJson("/api/account/sessions", { method: "DELETE" }),
    // This browser's session ended too: a full load lands on sign-in.
    onSuccess: () => window.location.assign("/sign-in"),
  });
  return (
    <div className="space-y-2">
      {mutation.isError ? <Alert tone="error">{mutation.error.message}</Alert> : null}
      <ConfirmButton
        label="Sign out everywhere"
        title="Sign out of every browser?"
        description="Every session of your account ends at once, this one included."
        confirmLabel="Sign out everywhere"
        onConfirm={() => mutation.mutate()}
      />
    </div>
  );
}
