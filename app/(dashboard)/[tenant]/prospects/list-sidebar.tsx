"use client";

import { type UseQueryResult, useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { ApiClientError, fetchJson } from "@/lib/queries/fetch-json";
import { listsUrl, type ProspectListSummary, prospectKeys } from "@/lib/queries/prospects";
import { cn } from "@/lib/utils";
import { createListSchema } from "@/lib/validations/prospects";

interface Props {
  slug: string;
  lists: UseQueryResult<ProspectListSummary[], Error>;
  currentId: string | null;
  onChoose: (id: string) => void;
}

export function ListSidebar({ slug, lists, currentId, onChoose }: Props) {
  const queryClient = useQueryClient();
  const [name, setName] = useState("");
  const [error, setError] = useState<string>();
  const create = useMutation({
    mutationFn: (input: { name: string }) =>
      fetchJson<{ list: { id: string } }>(listsUrl(slug), { method: "POST", json: input }),
    onSuccess: async ({ list }) => {
      setName("");
      await queryClient.invalidateQueries({ queryKey: prospectKeys.lists(slug) });
      onChoose(list.id);
    },
    onError: (e) =>
      setError(e instanceof ApiClientError ? (e.fields.name ?? e.message) : e.message),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = createListSchema.safeParse({ name });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message);
    setError(undefined);
    create.mutate(parsed.data);
  };

  return (
    <aside className="space-y-4" aria-label="Prospect lists">
      <form onSubmit={submit} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
        <Field
          label="New list name"
          name="list-name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={error}
          placeholder="e.g. Q3 guest posts"
        />
        <Button type="submit" size="sm" disabled={create.isPending} className="w-full">
          {create.isPending ? "Creating…" : "Create list"}
        </Button>
      </form>
      {lists.isError ? (
        <Alert tone="error">Could not load lists: {lists.error.message}</Alert>
      ) : null}
      <nav>
        <ul className="space-y-1">
          {lists.data?.map((l) => (
            <li key={l.id}>
              <button
                type="button"
                onClick={() => onChoose(l.id)}
                aria-current={l.id === currentId ? "page" : undefined}
                className={cn(
                  "w-full rounded-md px-3 py-2 text-left text-sm hover:bg-slate-100",
                  l.id === currentId && "bg-brand-50 font-medium text-brand-700",
                )}
              >
                <span className="block truncate">{l.name}</span>
                <span className="text-xs text-slate-600">
                  {l.domains.toLocaleString("en-US")} domains · {l.fetched.toLocaleString("en-US")}{" "}
                  fetched
                </span>
              </button>
            </li>
          ))}
        </ul>
      </nav>
    </aside>
  );
}
