"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { ApiClientError, fetchJson } from "@/lib/queries/fetch-json";
import { listUrl, prospectKeys } from "@/lib/queries/prospects";
import { renameListSchema } from "@/lib/validations/prospects";

/** The list's name as a heading, with an inline rename form. */
export function ListName({ slug, listId, name }: { slug: string; listId: string; name: string }) {
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(name);
  const [error, setError] = useState<string>();
  const rename = useMutation({
    mutationFn: (input: { name: string }) =>
      fetchJson(listUrl(slug, listId), { method: "PATCH", json: input }),
    onSuccess: async () => {
      setEditing(false);
      await queryClient.invalidateQueries({ queryKey: prospectKeys.lists(slug) });
    },
    onError: (e) =>
      setError(e instanceof ApiClientError ? (e.fields.name ?? e.message) : e.message),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = renameListSchema.safeParse({ name: value });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message);
    setError(undefined);
    rename.mutate(parsed.data);
  };

  if (!editing)
    return (
      <div className="flex items-center gap-2">
        <h2 className="text-xl font-semibold text-slate-900">{name}</h2>
        <Button variant="ghost" size="sm" onClick={() => setEditing(true)}>
          Rename
        </Button>
      </div>
    );
  return (
    <form onSubmit={submit} className="flex items-end gap-2">
      <Field
        label="List name"
        name="rename-list"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        error={error}
        autoFocus
      />
      <Button type="submit" size="sm" disabled={rename.isPending}>
        Save
      </Button>
      <Button type="button" variant="ghost" size="sm" onClick={() => setEditing(false)}>
        Cancel
      </Button>
    </form>
  );
}
