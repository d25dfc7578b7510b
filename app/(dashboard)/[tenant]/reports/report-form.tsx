"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { ApiClientError } from "@/lib/queries/fetch-json";
import { type ReportView, reportsQuery, saveReport } from "@/lib/queries/reports";
import { REPORT_SECTIONS, reportSchema, SECTION_LABELS } from "@/lib/validations/reports";

type Option = { id: string; label: string };
export interface ReportSources {
  monitors: Option[];
  projects: Option[];
  lists: Option[];
}

const SELECT =
  "block h-10 w-full rounded-md border border-slate-300 bg-white px-2 text-sm shadow-sm";

function SourceSelect(props: {
  name: string;
  label: string;
  options: Option[];
  value: string | null;
  error?: string;
}) {
  const id = `report-${props.name}`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {props.label}
      </label>
      <select id={id} name={props.name} defaultValue={props.value ?? ""} className={SELECT}>
        <option value="">None</option>
        {props.options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
      {props.error ? <p className="text-sm text-red-700">{props.error}</p> : null}
    </div>
  );
}

/** Creates a report, or edits `report` when given. */
export function ReportForm({
  slug,
  sources,
  report,
  onDone,
}: {
  slug: string;
  sources: ReportSources;
  report?: ReportView;
  onDone?: () => void;
}) {
  const queryClient = useQueryClient();
  const [fields, setFields] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: (input: Parameters<typeof saveReport>[1]) => saveReport(slug, input, report?.id),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: reportsQuery(slug).queryKey });
      onDone?.();
    },
    onError: (error) => setFields(error instanceof ApiClientError ? error.fields : {}),
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    const input = {
      title: text("title"),
      clientDomain: text("clientDomain"),
      monitorId: text("monitorId") || null,
      projectId: text("projectId") || null,
      listId: text("listId") || null,
      sections: form.getAll("sections").map(String),
      recipients: text("recipients")
        .split(/[\s,;]+/)
        .filter(Boolean),
      monthlyEmail: form.get("monthlyEmail") === "on",
    };
    // The route's schema, checked here first so mistakes show before a round trip.
    const parsed = reportSchema.safeParse(input);
    if (!parsed.success) {
      setFields(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
      return;
    }
    setFields({});
    save.mutate(parsed.data, { onSuccess: () => (report ? undefined : formElement.reset()) });
  };
  const idPart = report?.id ?? "new";
  return (
    <form
      onSubmit={submit}
      noValidate
      className="space-y-3"
      aria-label={report ? `Edit ${report.title}` : "New report"}
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <Field
          id={`title-${idPart}`}
          name="title"
          label="Title"
          defaultValue={report?.title}
          error={fields.title}
          required
        />
        <Field
          id={`client-${idPart}`}
          name="clientDomain"
          label="Client domain"
          placeholder="client.com"
          defaultValue={report?.clientDomain}
          error={fields.clientDomain}
          required
        />
      </div>
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-slate-700">Sections</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {REPORT_SECTIONS.map((s) => (
            <label key={s} className="inline-flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="sections"
                value={s}
                defaultChecked={report ? report.sections.includes(s) : true}
              />
              {SECTION_LABELS[s]}
            </label>
          ))}
        </div>
        {fields.sections ? <p className="text-sm text-red-700">{fields.sections}</p> : null}
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-3">
        <SourceSelect
          name="monitorId"
          label="Monitored domain"
          options={sources.monitors}
          value={report?.monitorId ?? null}
          error={fields.monitorId}
        />
        <SourceSelect
          name="projectId"
          label="Keyword project"
          options={sources.projects}
          value={report?.projectId ?? null}
          error={fields.projectId}
        />
        <SourceSelect
          name="listId"
          label="Prospect list"
          options={sources.lists}
          value={report?.listId ?? null}
          error={fields.listId}
        />
      </div>
      <Field
        id={`recipients-${idPart}`}
        name="recipients"
        label="Client email addresses"
        placeholder="anna@client.com, ben@client.com"
        defaultValue={report?.recipients.join(", ")}
        error={fields.recipients}
        hint="Separated by commas or spaces; they get the report link on the first of each month."
      />
      <label className="inline-flex items-center gap-2 text-sm">
        <input type="checkbox" name="monthlyEmail" defaultChecked={report?.monthlyEmail ?? false} />
        Email the report link every month
      </label>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? "Saving…" : report ? "Save report" : "Create report"}
        </Button>
        {onDone ? (
          <Button type="button" variant="secondary" onClick={onDone}>
            Cancel
          </Button>
        ) : null}
      </div>
      {save.isError && Object.keys(fields).length === 0 ? (
        <Alert tone="error">{save.error.message}</Alert>
      ) : null}
    </form>
  );
}
