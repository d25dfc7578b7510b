"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { When } from "@/components/format/date-format";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { type ApiTokenView, apiTokensQuery, apiTokensUrl } from "@/lib/queries/api-tokens";
import { fetchJson } from "@/lib/queries/fetch-json";

/** The workspace's tokens: name, prefix, scope, rate, last use; live ones can be revoked. */
export function TokensList({ slug }: { slug: string }) {
  const queryClient = useQueryClient();
  const tokens = useQuery(apiTokensQuery(slug));
  const revoke = useMutation({
    mutationFn: (id: string) => fetchJson(`${apiTokensUrl(slug)}/${id}`, { method: "DELETE" }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: apiTokensQuery(slug).queryKey }),
  });
  if (tokens.isPending) return <p className="text-sm text-slate-500">Loading tokens…</p>;
  if (tokens.isError)
    return (
      <Alert tone="error">
        Could not load tokens: {tokens.error.message}{" "}
        <Button variant="ghost" size="sm" onClick={() => tokens.refetch()}>
          Retry
        </Button>
      </Alert>
    );
  if (tokens.data.length === 0)
    return <p className="text-sm text-slate-600">No tokens yet: create one above.</p>;
  return (
    <div className="space-y-2">
      {revoke.error ? <Alert tone="error">{revoke.error.message}</Alert> : null}
      <ul className="divide-y divide-slate-100 text-sm">
        {tokens.data.map((token) => (
          <TokenLine key={token.id} token={token} onRevoke={() => revoke.mutate(token.id)} />
        ))}
      </ul>
    </div>
  );
}

function TokenLine({ token, onRevoke }: { token: ApiTokenView; onRevoke: () => void }) {
  const revoked = token.revokedAt !== null;
  return (
    <li data-testid="token-row" className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2">
      <span className={revoked ? "font-medium text-slate-400 line-through" : "font-medium"}>
        {token.name}
      </span>
      <code className="text-xs text-slate-500">{token.prefix}…</code>
      <span className="text-slate-600">
        {token.scopes.includes("write") ? "read and write" : "read"}
      </span>
      <span className="text-slate-500">{token.ratePerMinute}/min</span>
      <span className="min-w-0 flex-1 text-slate-500">
        {revoked ? (
          <>
            revoked <When value={token.revokedAt!} />
          </>
        ) : token.lastUsedAt ? (
          <>
            last used <When value={token.lastUsedAt} relative />
          </>
        ) : (
          "never used"
        )}
      </span>
      {revoked ? null : (
        <ConfirmButton
          label="Revoke"
          ariaLabel={`Revoke ${token.name}`}
          title={`Revoke “${token.name}”?`}
          description="Scripts using it are refused from their next request. This cannot be undone."
          confirmLabel="Revoke token"
          onConfirm={onRevoke}
        />
      )}
    </li>
  );
}
