"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { fetchJson } from "@/lib/queries/fetch-json";
import { monitoringUrls } from "@/lib/queries/monitoring";

/** Stops monitoring a domain; its snapshots and follow-up notes go with it. */
export function StopMonitoring({ slug, id, domain }: { slug: string; id: string; domain: string }) {
  const router = useRouter();
  const stop = useMutation({
    mutationFn: () => fetchJson(monitoringUrls.monitor(slug, id), { method: "DELETE" }),
    onSuccess: () => router.push(`/${slug}/monitoring`),
  });
  return (
    <div className="space-y-2">
      <ConfirmButton
        label="Stop monitoring"
        title={`Stop monitoring ${domain}?`}
        description="Its snapshots, their new and lost links and your follow-up notes are deleted. Monitoring it again starts from a new first snapshot."
        confirmLabel="Stop monitoring"
        onConfirm={() => stop.mutate()}
      />
      {stop.isError ? <Alert tone="error">{stop.error.message}</Alert> : null}
    </div>
  );
}
