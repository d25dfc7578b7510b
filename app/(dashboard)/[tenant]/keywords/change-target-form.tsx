"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { ApiClientError, fetchJson } from "@/lib/queries/fetch-json";
import { keywordUrls, projectsQuery } from "@/lib/queries/keywords";
import { changeTargetSchema } from "@/lib/validations/keyword-competitors";
import { SEARCH_ENGINE_NAMES } from "@/lib/validations/keywords";

interface Props {
  slug: string;
  projectId: string;
  searchEngine: keyof typeof SEARCH_ENGINE_NAMES;
  location: string;
  /** SE Ranking's rank tracker holds the engine on its own site: it is changed there. */
  tracked: boolean;
}

/**
 * Another search engine or location for a tracked domain. The history stays; the chart marks the
 * day of the change, since positions before and after it do not compare.
 */
export function ChangeTargetForm({ slug, projectId, searchEngine, location, tracked }: Props) {
  const queryClient = useQueryClient();
  const [fields, setFields] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<string | null>(null);
  const change = useMutation({
    mutationFn: (input: unknown) =>
      fetchJson<{ changed: boolean }>(`${keywordUrls.project(slug, projectId)}/target`, {
        method: "PATCH",
        json: input,
      }),
    onSuccess: async ({ changed }, input) => {
      const { searchEngine: engine, location: place } = input as {
        searchEngine: keyof typeof SEARCH_ENGINE_NAMES;
        location: string;
      };
      setSaved(
        changed
          ? `Now checked on ${SEARCH_ENGINE_NAMES[engine]} in ${place}. The chart marks the change.`
          : "Nothing changed: that is the engine and location already.",
      );
      // The project list (its engine and location) and everything under it: rankings, events.
      await queryClient.invalidateQueries({ queryKey: projectsQuery(slug).queryKey });
    },
    onError: (error) => setFields(error instanceof ApiClientError ? error.fields : {}),
  });

  if (tracked) {
    return (
      <p className="text-sm text-slate-600">
        SE Ranking&apos;s rank tracker checks this domain: change its search engine or location in
        SE Ranking, or track the domain again with the new ones.
      </p>
    );
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      searchEngine: String(form.get("searchEngine") ?? ""),
      location: String(form.get("location") ?? "").trim(),
    };
    const parsed = changeTargetSchema.safeParse(input);
    if (!parsed.success) {
      setFields(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
      return;
    }
    setFields({});
    setSaved(null);
    change.mutate(parsed.data);
  };

  const engineError = fields.searchEngine;
  return (
    <form onSubmit={submit} className="grid gap-3 sm:grid-cols-2" noValidate>
      <div className="space-y-1">
        <label htmlFor="target-searchEngine" className="block text-sm font-medium text-slate-700">
          Search engine
        </label>
        <select
          id="target-searchEngine"
          name="searchEngine"
          defaultValue={searchEngine}
          aria-invalid={engineError ? true : undefined}
          aria-describedby={engineError ? "target-searchEngine-error" : undefined}
          className="block h-10 w-full rounded-md border border-slate-300 bg-white px-3 text-sm aria-invalid:border-red-500"
        >
          {Object.entries(SEARCH_ENGINE_NAMES).map(([value, name]) => (
            <option key={value} value={value}>
              {name}
            </option>
          ))}
        </select>
        {engineError ? (
          <p id="target-searchEngine-error" className="text-sm text-red-700">
            {engineError}
          </p>
        ) : null}
      </div>
      <Field
        name="location"
        id="target-location"
        label="Location"
        defaultValue={location}
        error={fields.location}
        hint="A country or city name, as SE Ranking knows it."
      />
      {change.isError && !Object.keys(fields).length ? (
        <Alert tone="error" className="sm:col-span-2">
          {change.error.message}
        </Alert>
      ) : null}
      {saved ? (
        <p role="status" className="text-sm text-slate-700 sm:col-span-2">
          {saved}
        </p>
      ) : null}
      <div className="sm:col-span-2">
        <Button type="submit" variant="secondary" disabled={change.isPending}>
          {change.isPending ? "Saving…" : "Change engine or location"}
        </Button>
      </div>
    </form>
  );
}

/** Folded away: changing the engine is rare, and it splits the history. */
export function ChangeTargetDetails(props: Props) {
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <summary className="cursor-pointer text-base font-semibold text-slate-900">
        Search engine and location
      </summary>
      <p className="mt-1 mb-4 text-sm text-slate-600">
        The history stays. Positions before and after a change do not compare, so the chart marks
        the day it happened.
      </p>
      <ChangeTargetForm {...props} />
    </details>
  );
}
