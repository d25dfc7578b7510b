"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { ApiClientError, fetchJson } from "@/lib/queries/fetch-json";
import { keywordUrls, projectsQuery } from "@/lib/queries/keywords";
import { createProjectSchema, DEFAULT_LOCATION } from "@/lib/validations/keywords";

interface Props {
  slug: string;
  onCreated: (projectId: string) => void;
  onCancel?: () => void;
}

export function AddProjectForm({ slug, onCreated, onCancel }: Props) {
  const queryClient = useQueryClient();
  const [fields, setFields] = useState<Record<string, string>>({});
  const create = useMutation({
    mutationFn: (input: unknown) =>
      fetchJson<{ project: { id: string } }>(keywordUrls.projects(slug), {
        method: "POST",
        json: input,
      }),
    onSuccess: async ({ project }) => {
      await queryClient.invalidateQueries({ queryKey: projectsQuery(slug).queryKey });
      onCreated(project.id);
    },
    onError: (error) => setFields(error instanceof ApiClientError ? error.fields : {}),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      domain: String(form.get("domain") ?? ""),
      searchEngine: String(form.get("searchEngine") ?? ""),
      location: String(form.get("location") ?? ""),
      scheduleEnabled: form.get("scheduleEnabled") === "on",
    };
    // The route's schema, checked here first so mistakes show before a round trip.
    const parsed = createProjectSchema.safeParse(input);
    if (!parsed.success) {
      setFields(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
      return;
    }
    setFields({});
    create.mutate(input);
  };

  return (
    <form onSubmit={submit} className="grid gap-4 sm:grid-cols-2" noValidate>
      <Field
        name="domain"
        label="Domain"
        placeholder="example.com"
        error={fields.domain}
        required
      />
      <div className="space-y-1">
        <label htmlFor="field-searchEngine" className="block text-sm font-medium text-slate-700">
          Search engine
        </label>
        <select
          id="field-searchEngine"
          name="searchEngine"
          defaultValue="google"
          aria-invalid={fields.searchEngine ? true : undefined}
          aria-describedby={fields.searchEngine ? "field-searchEngine-error" : undefined}
          className="block h-10 w-full rounded-md border border-slate-300 bg-white px-3 text-sm aria-invalid:border-red-500"
        >
          <option value="google">Google</option>
          <option value="bing">Bing</option>
          <option value="yahoo">Yahoo</option>
        </select>
        {fields.searchEngine ? (
          <p id="field-searchEngine-error" className="text-sm text-red-700">
            {fields.searchEngine}
          </p>
        ) : null}
      </div>
      <Field
        name="location"
        label="Location"
        defaultValue={DEFAULT_LOCATION}
        error={fields.location}
        hint="A country or city name, as SE Ranking knows it."
      />
      <label className="flex items-center gap-2 self-end pb-2 text-sm text-slate-700">
        <input type="checkbox" name="scheduleEnabled" defaultChecked className="size-4" />
        Check positions daily
      </label>
      {create.isError && !Object.keys(fields).length ? (
        <Alert tone="error" className="sm:col-span-2">
          {create.error.message}
        </Alert>
      ) : null}
      <div className="flex gap-2 sm:col-span-2">
        <Button type="submit" disabled={create.isPending}>
          {create.isPending ? "Adding…" : "Track domain"}
        </Button>
        {onCancel ? (
          <Button type="button" variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
        ) : null}
      </div>
    </form>
  );
}
