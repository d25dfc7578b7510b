"use client";

import { useMutation } from "@tanstack/react-query";
import { Activity } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { ApiClientError } from "@/lib/queries/fetch-json";
import { addMonitor } from "@/lib/queries/monitoring";

/** "Monitor this domain": weekly snapshots of the domain on the Monitoring page. */
export function MonitorDomainButton({ slug, domain }: { slug: string; domain: string }) {
  const add = useMutation({ mutationFn: () => addMonitor(slug, domain) });
  const already = add.error instanceof ApiClientError && add.error.code === "conflict";
  if (add.isSuccess || already) {
    const href = add.data ? `/${slug}/monitoring/${add.data.monitor.id}` : `/${slug}/monitoring`;
    return (
      <p role="status" className="text-sm text-slate-600">
        {already ? "Already monitored" : "Monitoring started"}:{" "}
        <Link href={href} className="text-brand-700 hover:underline">
          view on Monitoring
        </Link>
      </p>
    );
  }
  return (
    <div className="flex items-center gap-2">
      <Button size="sm" variant="secondary" onClick={() => add.mutate()} disabled={add.isPending}>
        <Activity className="size-4" aria-hidden />
        {add.isPending ? "Adding…" : "Monitor this domain"}
      </Button>
      {add.isError ? (
        <p role="alert" className="text-sm text-red-700">
          {add.error.message}
        </p>
      ) : null}
    </div>
  );
}
