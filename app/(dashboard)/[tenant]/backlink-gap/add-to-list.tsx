"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { gapOrigin } from "@/lib/backlinks/gap/gap-rows";
import { type GapToProspectsResult, gapUrl } from "@/lib/queries/backlink-gap";
import { fetchJson } from "@/lib/queries/fetch-json";
import { prospectKeys, prospectListsQuery } from "@/lib/queries/prospects";

const NEW = "new";
const n = (v: number) => v.toLocaleString("en-US");

interface Props {
  slug: string;
  gapId: string;
  competitors: string[];
  domains: string[];
  onAdded: () => void;
}

/** The selected rows into a prospect list (an existing one, or a new one) in one step. */
export function AddToList({ slug, gapId, competitors, domains, onAdded }: Props) {
  const queryClient = useQueryClient();
  const lists = useQuery(prospectListsQuery(slug));
  const [choice, setChoice] = useState(NEW);
  const [name, setName] = useState(`Gap vs. ${competitors.join(", ")}`.slice(0, 100));
  const add = useMutation({
    mutationFn: () =>
      fetchJson<GapToProspectsResult>(`${gapUrl(slug, gapId)}/prospects`, {
        method: "POST",
        json: choice === NEW ? { domains, newListName: name } : { domains, listId: choice },
      }),
    onSuccess: (result) => {
      queryClient.invalidateQueries({ queryKey: prospectKeys.lists(slug) });
      setChoice(result.listId);
      onAdded();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (domains.length > 0) add.mutate();
  };
  return (
    <form
      onSubmit={submit}
      aria-label="Add to a prospect list"
      className="flex flex-wrap items-end gap-2 rounded-md bg-slate-50 p-3"
    >
      <label className="text-sm text-slate-700">
        Prospect list
        <select
          value={choice}
          onChange={(e) => setChoice(e.target.value)}
          className="block h-9 w-56 max-w-full rounded-md border border-slate-300 bg-white px-2 text-sm"
        >
          <option value={NEW}>New list…</option>
          {(lists.data ?? []).map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </select>
      </label>
      {choice === NEW ? (
        <label className="text-sm text-slate-700">
          New list name
          <input
            value={name}
            maxLength={100}
            onChange={(e) => setName(e.target.value)}
            className="block h-9 w-64 max-w-full rounded-md border border-slate-300 bg-white px-2 text-sm"
          />
        </label>
      ) : null}
      <Button
        type="submit"
        size="sm"
        className="h-9"
        disabled={domains.length === 0 || add.isPending}
      >
        {add.isPending ? "Adding…" : `Add ${n(domains.length)} to the list`}
      </Button>
      <p className="w-full text-xs text-slate-500">
        Prospects added keep their origin: “{gapOrigin(competitors)}”.
      </p>
      {add.error ? (
        <Alert tone="error" className="w-full">
          {add.error.message}
        </Alert>
      ) : null}
      {add.data ? (
        <Alert tone="success" className="w-full">
          {n(add.data.added)} added to “{add.data.listName}”
          {add.data.duplicates > 0 ? ` (${n(add.data.duplicates)} already there)` : ""}.{" "}
          <Link
            href={`/${slug}/prospects?list=${add.data.listId}`}
            className="font-medium underline"
          >
            Open the list
          </Link>
        </Alert>
      ) : null}
    </form>
  );
}
