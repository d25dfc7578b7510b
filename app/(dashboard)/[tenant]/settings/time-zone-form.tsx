"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useMemo, useState } from "react";
import { When } from "@/components/format/date-format";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { fetchJson } from "@/lib/queries/fetch-json";
import type { WorkspaceView } from "@/lib/services/workspace";

interface Props {
  slug: string;
  timeZone: string;
  isAdmin: boolean;
}

/** The workspace's time zone: every date in the app is written in it. Admins change it. */
export function TimeZoneForm({ slug, timeZone, isAdmin }: Props) {
  const router = useRouter();
  const [value, setValue] = useState(timeZone);
  const zones = useMemo(() => {
    const all = Intl.supportedValuesOf("timeZone");
    return all.includes(timeZone) ? all : [timeZone, ...all];
  }, [timeZone]);
  const save = useMutation({
    mutationFn: (zone: string) =>
      fetchJson<{ tenant: WorkspaceView }>(`/api/tenants/${encodeURIComponent(slug)}`, {
        method: "PATCH",
        json: { timeZone: zone },
      }),
    // The layout reads the zone on the server: refresh so every date on the page follows.
    onSuccess: () => router.refresh(),
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    save.mutate(value);
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3" aria-label="Workspace time zone">
      <div className="flex flex-wrap items-end gap-3">
        <div className="space-y-1">
          <label htmlFor="workspace-time-zone" className="block text-sm font-medium text-slate-700">
            Time zone
          </label>
          <select
            id="workspace-time-zone"
            value={value}
            disabled={!isAdmin}
            onChange={(e) => setValue(e.target.value)}
            className="h-10 max-w-full rounded-md border border-slate-300 bg-white px-2 text-sm"
          >
            {zones.map((z) => (
              <option key={z} value={z}>
                {z}
              </option>
            ))}
          </select>
        </div>
        {isAdmin ? (
          <Button type="submit" disabled={save.isPending || value === timeZone}>
            {save.isPending ? "Saving…" : "Save time zone"}
          </Button>
        ) : null}
      </div>
      <p className="text-sm text-slate-600">
        {/* <When> lets the browser's minute win over the server's (a page rendered at :59). */}
        Now in this workspace: <When value={new Date()} />.{" "}
        {isAdmin ? "" : "Only admins can change it."}
      </p>
      {save.isError ? <Alert tone="error">{save.error.message}</Alert> : null}
      {save.isSuccess ? <Alert tone="success">Time zone saved.</Alert> : null}
    </form>
  );
}
