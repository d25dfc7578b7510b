"use client";

import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { prospectListsQuery } from "@/lib/queries/prospects";

interface Props {
  id: string;
  slug: string;
  /** The list the prospects are in (not offered as a target). */
  listId: string;
  pending: boolean;
  onSubmit: (target: { id: string; name: string }) => void;
}

/** Pick another list of this workspace; domains it already holds are merged, not duplicated. */
export function BulkMoveForm({ id, slug, listId, pending, onSubmit }: Props) {
  const lists = useQuery(prospectListsQuery(slug));
  const others = (lists.data ?? []).filter((l) => l.id !== listId);
  const [chosen, setChosen] = useState("");
  const target = others.find((l) => l.id === chosen) ?? others[0];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (target) onSubmit({ id: target.id, name: target.name });
  };

  if (lists.isPending) return <p className="text-sm text-slate-600">Loading lists…</p>;
  if (lists.isError)
    return <p className="text-sm text-red-700">Could not load the lists: {lists.error.message}</p>;
  if (others.length === 0)
    return (
      <p id={id} className="text-sm text-slate-600">
        This is the only list: create another one on the left to move prospects to.
      </p>
    );
  return (
    <form id={id} onSubmit={submit} className="flex flex-wrap items-end gap-2">
      <div className="min-w-0 space-y-1">
        <label htmlFor="bulk-move-target" className="block text-xs font-medium text-slate-600">
          Move to
        </label>
        <select
          id="bulk-move-target"
          value={target?.id ?? ""}
          onChange={(e) => setChosen(e.target.value)}
          className="h-9 w-56 max-w-full rounded-md border border-slate-300 bg-white px-2 text-sm"
        >
          {others.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name} ({l.domains.toLocaleString("en-US")})
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" size="sm" disabled={pending}>
        Move
      </Button>
    </form>
  );
}
