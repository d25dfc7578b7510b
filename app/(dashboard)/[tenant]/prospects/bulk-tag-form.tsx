"use client";

import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { prospectTagSchema } from "@/lib/validations/prospect-bulk";

interface Props {
  id: string;
  /** Tags the list already uses, offered as suggestions. */
  tags: string[];
  pending: boolean;
  onSubmit: (mode: "tag" | "untag", tag: string) => void;
}

/** One tag to add to (or remove from) every selected prospect; the server's rule checks it here too. */
export function BulkTagForm({ id, tags, pending, onSubmit }: Props) {
  const [text, setText] = useState("");
  const [mode, setMode] = useState<"tag" | "untag">("tag");
  const [error, setError] = useState<string>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = prospectTagSchema.safeParse(text);
    if (!parsed.success) return setError(parsed.error.issues[0]?.message);
    setError(undefined);
    onSubmit(mode, parsed.data);
  };
  return (
    <form id={id} onSubmit={submit} className="flex flex-wrap items-end gap-2" noValidate>
      <div className="min-w-0 space-y-1">
        <label htmlFor="bulk-tag" className="block text-xs font-medium text-slate-600">
          Tag name
        </label>
        <input
          id="bulk-tag"
          list="bulk-tag-suggestions"
          value={text}
          maxLength={30}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "bulk-tag-error" : undefined}
          placeholder="e.g. outreach"
          className="h-9 w-44 max-w-full rounded-md border border-slate-300 px-2 text-sm"
        />
        <datalist id="bulk-tag-suggestions">
          {tags.map((t) => (
            <option key={t} value={t} />
          ))}
        </datalist>
      </div>
      <Button type="submit" size="sm" disabled={pending} onClick={() => setMode("tag")}>
        Add tag
      </Button>
      <Button
        type="submit"
        variant="secondary"
        size="sm"
        disabled={pending}
        onClick={() => setMode("untag")}
      >
        Remove tag
      </Button>
      {error ? (
        <p id="bulk-tag-error" role="alert" className="w-full text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </form>
  );
}
