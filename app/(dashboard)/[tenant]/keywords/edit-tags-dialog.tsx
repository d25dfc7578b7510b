"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Tags } from "lucide-react";
import { Dialog } from "radix-ui";
import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { fetchJson } from "@/lib/queries/fetch-json";
import { keywordUrls, rankingsQuery } from "@/lib/queries/keywords";
import { updateKeywordSchema } from "@/lib/validations/keywords";

interface Props {
  slug: string;
  projectId: string;
  keyword: { id: string; keyword: string; tags: string[] };
}

/** Replaces one keyword's tags; the route's own schema checks the text before it is sent. */
export function EditTagsDialog({ slug, projectId, keyword }: Props) {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState(keyword.tags.join(", "));
  const [localError, setLocalError] = useState<string>();
  const save = useMutation({
    mutationFn: (tags: string[]) =>
      fetchJson(keywordUrls.keyword(slug, projectId, keyword.id), {
        method: "PATCH",
        json: { tags },
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: rankingsQuery(slug, projectId).queryKey });
      setOpen(false);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = updateKeywordSchema.safeParse({ tags: text });
    if (!parsed.success) return setLocalError(parsed.error.issues[0]?.message);
    setLocalError(undefined);
    save.mutate(parsed.data.tags);
  };
  const serverFields =
    save.error && "fields" in save.error ? (save.error.fields as Record<string, string>) : {};
  const error = localError ?? serverFields.tags;

  return (
    <Dialog.Root
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) {
          setText(keyword.tags.join(", "));
          setLocalError(undefined);
          save.reset();
        }
      }}
    >
      <Dialog.Trigger asChild>
        <Button variant="ghost" size="sm" aria-label={`Edit tags of “${keyword.keyword}”`}>
          <Tags aria-hidden className="size-4" /> Tags
        </Button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 bg-slate-900/40" />
        <Dialog.Content className="fixed left-1/2 top-1/2 w-full max-w-md -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-6 shadow-lg">
          <Dialog.Title className="text-lg font-semibold">Tags of “{keyword.keyword}”</Dialog.Title>
          <Dialog.Description className="mt-1 text-sm text-slate-600">
            Comma-separated; leave empty to remove every tag.
          </Dialog.Description>
          <form onSubmit={submit} className="mt-4 space-y-4">
            <Field
              name="tags"
              id="edit-tags"
              label="Tags"
              value={text}
              onChange={(e) => setText(e.target.value)}
              placeholder="brand, money pages"
              error={error}
            />
            {save.isError && !error ? <Alert tone="error">{save.error.message}</Alert> : null}
            <div className="flex justify-end gap-2">
              <Dialog.Close asChild>
                <Button type="button" variant="secondary">
                  Cancel
                </Button>
              </Dialog.Close>
              <Button type="submit" disabled={save.isPending}>
                {save.isPending ? "Saving…" : "Save tags"}
              </Button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
