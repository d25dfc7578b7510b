"use client";

import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import {
  type FilterMode,
  MAX_FILTER_TEXT,
  type TextFilter,
  type TextFilters,
} from "@/lib/validations/backlink-filters";

type Field = "anchor" | "url";
const FIELDS: { name: Field; label: string; placeholder: string }[] = [
  { name: "anchor", label: "Anchor text", placeholder: "e.g. seo" },
  { name: "url", label: "Source URL", placeholder: "e.g. forum" },
];

interface Draft {
  mode: FilterMode;
  text: string;
}
const draftOf = (f: TextFilter | undefined): Draft => f ?? { mode: "contains", text: "" };

/**
 * Anchor and source URL filters, applied on submit: typing edits a draft here, and only
 * "Apply" writes the URL (and asks the server), so no keystroke races a URL update.
 * Keyed by the URL's filters in the parent, so Back/Forward reset the draft.
 */
export function TextFilterForm({
  filters,
  onApply,
}: {
  filters: TextFilters;
  onApply: (filters: TextFilters) => void;
}) {
  const [draft, setDraft] = useState({
    anchor: draftOf(filters.anchor),
    url: draftOf(filters.url),
  });
  const set = (name: Field, change: Partial<Draft>) =>
    setDraft((d) => ({ ...d, [name]: { ...d[name], ...change } }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const pick = (d: Draft) => (d.text.trim() ? { mode: d.mode, text: d.text.trim() } : undefined);
    const anchor = pick(draft.anchor);
    const url = pick(draft.url);
    onApply({ ...(anchor && { anchor }), ...(url && { url }) });
  };
  const active = Boolean(filters.anchor || filters.url);

  return (
    <form
      onSubmit={submit}
      aria-label="Filter backlinks"
      className="flex flex-wrap items-end gap-x-4 gap-y-2"
    >
      {FIELDS.map(({ name, label, placeholder }) => (
        <fieldset key={name} className="min-w-0 space-y-1">
          <legend className="text-xs font-medium text-slate-600">{label}</legend>
          <div className="flex gap-1">
            <select
              aria-label={`${label} filter mode`}
              value={draft[name].mode}
              onChange={(e) => set(name, { mode: e.target.value as FilterMode })}
              className="h-9 rounded-md border border-slate-300 bg-white px-2 text-sm"
            >
              <option value="contains">contains</option>
              <option value="excludes">excludes</option>
            </select>
            <input
              type="search"
              aria-label={`${label} filter text`}
              placeholder={placeholder}
              maxLength={MAX_FILTER_TEXT}
              value={draft[name].text}
              onChange={(e) => set(name, { text: e.target.value })}
              className="h-9 w-36 min-w-0 rounded-md border border-slate-300 px-2 text-sm"
            />
          </div>
        </fieldset>
      ))}
      <div className="flex gap-2">
        <Button type="submit" variant="secondary" size="sm">
          Apply filters
        </Button>
        {active ? (
          <Button type="button" variant="ghost" size="sm" onClick={() => onApply({})}>
            Clear filters
          </Button>
        ) : null}
      </div>
    </form>
  );
}
