"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { When } from "@/components/format/date-format";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import {
  createShareLink,
  type ReportView,
  revokeShareLink,
  shareLinksQuery,
} from "@/lib/queries/reports";
import { SHARE_DAYS } from "@/lib/validations/reports";

/** A report's share links: make one (its address is shown once), copy it, revoke it. */
export function ShareLinksPanel({ slug, report }: { slug: string; report: ReportView }) {
  const queryClient = useQueryClient();
  const links = useQuery(shareLinksQuery(slug, report.id));
  const [days, setDays] = useState<number>(30);
  const [created, setCreated] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: shareLinksQuery(slug, report.id).queryKey });
  const create = useMutation({
    mutationFn: () => createShareLink(slug, report.id, days),
    onSuccess: (r) => {
      setCreated(`${window.location.origin}${r.path}`);
      setCopied(false);
      void refresh();
    },
  });
  const revoke = useMutation({
    mutationFn: (linkId: string) => revokeShareLink(slug, report.id, linkId),
    onSuccess: () => void refresh(),
  });
  const copy = async () => {
    if (!created) return;
    await navigator.clipboard.writeText(created).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  const selectId = `share-days-${report.id}`;
  return (
    <div className="mt-4 space-y-3 border-t border-slate-100 pt-3">
      <h4 className="text-sm font-medium">Share links</h4>
      <div className="flex flex-wrap items-end gap-2">
        <div className="space-y-1">
          <label htmlFor={selectId} className="block text-xs text-slate-600">
            Works for
          </label>
          <select
            id={selectId}
            value={days}
            onChange={(e) => setDays(Number(e.target.value))}
            className="h-8 rounded-md border border-slate-300 bg-white px-2 text-sm"
          >
            {SHARE_DAYS.map((d) => (
              <option key={d} value={d}>
                {d} days
              </option>
            ))}
          </select>
        </div>
        <Button size="sm" onClick={() => create.mutate()} disabled={create.isPending}>
          {create.isPending ? "Creating…" : "Create share link"}
        </Button>
      </div>
      {created ? (
        <Alert tone="success">
          <p>Copy this link now: it is not shown again.</p>
          <div className="mt-2 flex flex-wrap items-center gap-2">
            <input
              readOnly
              aria-label="Share link"
              value={created}
              data-testid="share-link-url"
              className="h-8 min-w-0 flex-1 rounded border border-slate-300 bg-white px-2 text-xs"
              onFocus={(e) => e.currentTarget.select()}
            />
            <Button size="sm" variant="secondary" onClick={copy}>
              {copied ? "Copied" : "Copy"}
            </Button>
          </div>
        </Alert>
      ) : null}
      {create.isError ? <Alert tone="error">{create.error.message}</Alert> : null}
      {revoke.isError ? <Alert tone="error">{revoke.error.message}</Alert> : null}
      {links.isError ? <p className="text-sm text-red-700">{links.error.message}</p> : null}
      {links.data?.length === 0 ? (
        <p className="text-sm text-slate-500">No share links yet.</p>
      ) : null}
      <ul className="space-y-1 text-sm">
        {links.data?.map((l) => (
          <li
            key={l.id}
            className="flex flex-wrap items-center gap-x-3 gap-y-1"
            data-testid="share-link"
          >
            <code className="text-xs">{l.prefix}…</code>
            <span data-testid="share-link-state">
              {l.state === "active" ? "Active" : l.state === "expired" ? "Expired" : "Revoked"}
            </span>
            <span className="text-xs text-slate-500">
              {l.state === "revoked" && l.revokedAt ? (
                <>
                  revoked <When value={l.revokedAt} />
                </>
              ) : (
                <>
                  {l.state === "expired" ? "expired" : "expires"}{" "}
                  <When value={l.expiresAt} dateOnly />
                </>
              )}
            </span>
            {l.state === "active" ? (
              <ConfirmButton
                label="Revoke"
                ariaLabel={`Revoke link ${l.prefix}`}
                title="Revoke this link?"
                description="Anyone opening it gets a 404 from now on. This cannot be undone."
                confirmLabel="Revoke link"
                onConfirm={() => revoke.mutate(l.id)}
              />
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
