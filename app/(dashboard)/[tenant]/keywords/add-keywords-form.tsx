"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { fetchJson } from "@/lib/queries/fetch-json";
import {
  type AddKeywordsResult,
  type CheckRun,
  keywordUrls,
  latestCheckQuery,
  projectsQuery,
  rankingsQuery,
} from "@/lib/queries/keywords";

interface Props {
  slug: string;
  projectId: string;
  /** Called when keywords were added, before the table reloads (the panel keeps this open). */
  onAdded?: () => void;
}

export function AddKeywordsForm({ slug, projectId, onAdded }: Props) {
  const queryClient = useQueryClient();
  const [text, setText] = useState("");
  const add = useMutation({
    mutationFn: (input: { text: string; tags: string }) =>
      fetchJson<AddKeywordsResult>(keywordUrls.keywords(slug, projectId), {
        method: "POST",
        json: input,
      }),
    onSuccess: (result) => {
      onAdded?.();
      setText("");
      // The added keywords are being checked: "Check now" follows that run (progress, then the
      // table reloads with their positions).
      if (result.check) {
        queryClient.setQueryData(
          latestCheckQuery(slug, projectId).queryKey,
          result.check satisfies CheckRun,
        );
      }
      queryClient.invalidateQueries({ queryKey: rankingsQuery(slug, projectId).queryKey });
      queryClient.invalidateQueries({ queryKey: projectsQuery(slug).queryKey });
    },
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    add.mutate({ text, tags: String(form.get("tags") ?? "") });
  };
  const fieldErrors =
    add.error && "fields" in add.error ? (add.error.fields as Record<string, string>) : {};

  return (
    <form onSubmit={submit} className="space-y-3">
      <div className="space-y-1">
        <label htmlFor="keywords-text" className="block text-sm font-medium text-slate-700">
          Keywords (one per line)
        </label>
        <textarea
          id="keywords-text"
          value={text}
          onChange={(e) => setText(e.target.value)}
          rows={5}
          aria-invalid={fieldErrors.text ? true : undefined}
          aria-describedby={fieldErrors.text ? "keywords-text-error" : undefined}
          placeholder={"seo audit tool\nbacklink checker"}
          className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-sm"
        />
        {fieldErrors.text ? (
          <p id="keywords-text-error" className="text-sm text-red-700">
            {fieldErrors.text}
          </p>
        ) : null}
      </div>
      <Field
        name="tags"
        label="Tags (optional)"
        placeholder="brand, money pages"
        hint="Comma-separated; applied to every keyword in this paste."
        error={fieldErrors.tags}
      />
      <Button type="submit" disabled={add.isPending || !text.trim()}>
        {add.isPending ? "Adding…" : "Add keywords"}
      </Button>
      <div aria-live="polite">
        {add.isError && !Object.keys(fieldErrors).length ? (
          <Alert tone="error">{add.error.message}</Alert>
        ) : null}
        {add.data ? <AddOutcome result={add.data} /> : null}
        {add.data?.trackerError ? (
          <Alert tone="warning" className="mt-2">
            {add.data.trackerError}
          </Alert>
        ) : null}
      </div>
    </form>
  );
}

function AddOutcome({ result }: { result: AddKeywordsResult }) {
  const { added, rejected, check } = result;
  const checking = check?.status === "running" && added.length > 0;
  return (
    <Alert tone={rejected.length ? "warning" : "success"}>
      <p>
        Added {added.length} keyword{added.length === 1 ? "" : "s"}
        {checking ? "; checking their positions now" : ""}
        {rejected.length
          ? `; ${rejected.length} line${rejected.length === 1 ? " was" : "s were"} not added:`
          : "."}
      </p>
      {rejected.length ? (
        <ul className="mt-2 list-disc space-y-0.5 pl-5" aria-label="Rejected lines">
          {rejected.map((r) => (
            <li key={`${r.line}-${r.text}`}>
              Line {r.line} “{r.text}”: {r.reason}
            </li>
          ))}
        </ul>
      ) : null}
    </Alert>
  );
}
