"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { fetchJson } from "@/lib/queries/fetch-json";
import { integrationQuery, integrationUrl } from "@/lib/queries/integration";
import { DialectSwitch } from "./dialect-switch";
import { IntegrationStatusDetails } from "./integration-status";
import { KeyForm } from "./key-form";

interface Props {
  slug: string;
  isAdmin: boolean;
  demo: boolean;
}

export function IntegrationPanel({ slug, isAdmin, demo }: Props) {
  const queryClient = useQueryClient();
  const status = useQuery(integrationQuery(slug));
  const [replacing, setReplacing] = useState(false);
  const router = useRouter();
  // The server-rendered banner ("needs attention") depends on this state too.
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: integrationQuery(slug).queryKey });
    router.refresh();
  };
  const verify = useMutation({
    mutationFn: () => fetchJson(`${integrationUrl(slug)}/verify`, { method: "POST" }),
    onSettled: refresh,
  });
  const disconnect = useMutation({
    mutationFn: () => fetchJson(integrationUrl(slug), { method: "DELETE" }),
    onSettled: refresh,
  });

  const description = (
    <>
      SE Ranking supplies the backlink, authority and ranking data.{" "}
      {demo ? (
        <strong>
          Demo data — this server talks to the SE Ranking simulator, not to SE Ranking.
        </strong>
      ) : null}
    </>
  );

  if (status.isPending)
    return (
      <Card title="SE Ranking" description={description}>
        <p className="text-sm text-slate-500">Loading…</p>
      </Card>
    );
  if (status.isError)
    return (
      <Card title="SE Ranking" description={description}>
        <Alert tone="error">Could not load the status: {status.error.message}</Alert>
      </Card>
    );

  const connected = status.data.state !== "not_connected";
  const actionError = verify.error ?? disconnect.error;
  return (
    <Card title="SE Ranking" description={description}>
      <div className="space-y-6">
        <IntegrationStatusDetails status={status.data} />
        {!isAdmin ? (
          <p className="text-sm text-slate-600">
            Only workspace admins can connect or change the key.
          </p>
        ) : connected && !replacing ? (
          <div className="space-y-3">
            <div className="flex flex-wrap gap-2">
              <Button
                variant="secondary"
                onClick={() => verify.mutate()}
                disabled={verify.isPending}
              >
                {verify.isPending ? "Verifying…" : "Re-verify"}
              </Button>
              <Button variant="secondary" onClick={() => setReplacing(true)}>
                Replace key
              </Button>
              <ConfirmButton
                label="Disconnect"
                size="md"
                title="Disconnect SE Ranking?"
                description="The stored key is deleted. Backlinks, prospects and keyword checks stop working until a key is connected again. Data already fetched is kept."
                confirmLabel="Disconnect"
                onConfirm={() => disconnect.mutate()}
              />
            </div>
            <div aria-live="polite">
              {actionError ? <Alert tone="error">{actionError.message}</Alert> : null}
              {verify.isSuccess ? <Alert tone="success">The key still works.</Alert> : null}
            </div>
            <DialectSwitch
              key={status.data.dialect}
              slug={slug}
              current={status.data.dialect}
              onChanged={refresh}
            />
          </div>
        ) : (
          <div className="space-y-3">
            <KeyForm
              slug={slug}
              onDone={() => {
                setReplacing(false);
                router.refresh();
              }}
            />
            {replacing ? (
              <Button variant="ghost" size="sm" onClick={() => setReplacing(false)}>
                Cancel: keep the current key
              </Button>
            ) : null}
          </div>
        )}
      </div>
    </Card>
  );
}
