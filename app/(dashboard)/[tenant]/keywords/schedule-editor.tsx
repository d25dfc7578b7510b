"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { When } from "@/components/format/date-format";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ApiClientError } from "@/lib/queries/fetch-json";
import { saveSchedule, scheduleQuery } from "@/lib/queries/keyword-schedule";
import { projectsQuery, rankingsQuery } from "@/lib/queries/keywords";
import {
  FREQUENCY_CHOICES,
  FREQUENCY_LABELS,
  type FrequencyChoice,
  updateScheduleSchema,
  WEEKDAY_NAMES,
} from "@/lib/validations/keyword-schedule";

const selectClass =
  "block h-10 w-full rounded-md border border-slate-300 bg-white px-2 text-sm shadow-sm";
const MONTH_DAYS = Array.from({ length: 31 }, (_, i) => i + 1);

interface Draft {
  frequency: FrequencyChoice;
  day: number;
  time: string;
}

/** How often a tracked domain is checked, on which day and at what time (workspace's zone). */
export function ScheduleEditor({ slug, projectId }: { slug: string; projectId: string }) {
  const queryClient = useQueryClient();
  const schedule = useQuery(scheduleQuery(slug, projectId));
  const [edited, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const ids = (name: string) => `schedule-${projectId}-${name}`;

  const current = schedule.data;
  // A new saved schedule drops the edit. The form shows the saved one from the first frame that
  // has it (a draft copied in an effect would paint "Loading…" once more and shift the page).
  useEffect(() => {
    if (current) setDraft(null);
  }, [current]);
  const draft =
    edited ??
    (current ? { frequency: current.frequency, day: current.day ?? 1, time: current.time } : null);

  const save = useMutation({
    mutationFn: (d: Draft) =>
      saveSchedule(slug, projectId, {
        frequency: d.frequency,
        day: d.frequency === "weekly" || d.frequency === "monthly" ? d.day : null,
        time: d.time,
      }),
    onSuccess: (saved) => {
      queryClient.setQueryData(scheduleQuery(slug, projectId).queryKey, saved);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: rankingsQuery(slug, projectId).queryKey }),
        queryClient.invalidateQueries({ queryKey: projectsQuery(slug).queryKey }),
      ]);
    },
    onError: (error) => setErrors(error instanceof ApiClientError ? error.fields : {}),
  });

  if (schedule.isPending || !draft) {
    return <p className="mt-2 text-sm text-slate-500">Loading the schedule…</p>;
  }
  if (schedule.isError) {
    return (
      <Alert tone="error" className="mt-2">
        Could not load the schedule: {schedule.error.message}{" "}
        <Button variant="ghost" size="sm" onClick={() => schedule.refetch()}>
          Retry
        </Button>
      </Alert>
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = updateScheduleSchema.safeParse({
      frequency: draft!.frequency,
      day: draft!.frequency === "weekly" || draft!.frequency === "monthly" ? draft!.day : null,
      time: draft!.time,
    });
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
      return;
    }
    setErrors({});
    save.mutate(draft!);
  }

  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });
  const { frequency } = draft;
  return (
    <form onSubmit={submit} className="mt-3 space-y-2" aria-label="Check schedule">
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-40 flex-1 space-y-1 sm:flex-none">
          <label htmlFor={ids("frequency")} className="block text-sm font-medium text-slate-700">
            Check
          </label>
          <select
            id={ids("frequency")}
            className={selectClass}
            value={frequency}
            onChange={(e) => {
              const next = e.target.value as FrequencyChoice;
              set({ frequency: next, day: next === "weekly" ? Math.min(draft.day, 7) : draft.day });
            }}
          >
            {FREQUENCY_CHOICES.map((f) => (
              <option key={f} value={f}>
                {FREQUENCY_LABELS[f]}
              </option>
            ))}
          </select>
        </div>
        {frequency === "weekly" || frequency === "monthly" ? (
          <div className="min-w-32 flex-1 space-y-1 sm:flex-none">
            <label htmlFor={ids("day")} className="block text-sm font-medium text-slate-700">
              {frequency === "weekly" ? "Day of the week" : "Day of the month"}
            </label>
            <select
              id={ids("day")}
              className={selectClass}
              value={draft.day}
              aria-invalid={errors.day ? true : undefined}
              aria-describedby={
                errors.day
                  ? ids("day-error")
                  : frequency === "monthly" && draft.day > 28
                    ? ids("day-hint")
                    : undefined
              }
              onChange={(e) => set({ day: Number(e.target.value) })}
            >
              {frequency === "weekly"
                ? WEEKDAY_NAMES.map((name, i) => (
                    <option key={name} value={i + 1}>
                      {name}
                    </option>
                  ))
                : MONTH_DAYS.map((d) => (
                    <option key={d} value={d}>
                      {d}
                    </option>
                  ))}
            </select>
          </div>
        ) : null}
        {frequency !== "manual" ? (
          <div className="w-32 space-y-1">
            <label htmlFor={ids("time")} className="block text-sm font-medium text-slate-700">
              Time ({current!.timeZone})
            </label>
            <input
              id={ids("time")}
              type="time"
              required
              className={selectClass}
              value={draft.time}
              aria-invalid={errors.time ? true : undefined}
              aria-describedby={errors.time ? ids("time-error") : undefined}
              onChange={(e) => set({ time: e.target.value })}
            />
          </div>
        ) : null}
        <Button type="submit" variant="secondary" disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Save schedule"}
        </Button>
      </div>
      {errors.day ? (
        <p id={ids("day-error")} className="text-sm text-red-700">
          {errors.day}
        </p>
      ) : frequency === "monthly" && draft.day > 28 ? (
        <p id={ids("day-hint")} className="text-xs text-slate-500">
          In shorter months: on their last day.
        </p>
      ) : null}
      {errors.time ? (
        <p id={ids("time-error")} className="text-sm text-red-700">
          {errors.time}
        </p>
      ) : null}
      {save.isError && !Object.keys(errors).length ? (
        <Alert tone="error">{save.error.message}</Alert>
      ) : null}
      <p className="text-sm text-slate-600" data-testid="next-check">
        {current!.nextCheckAt ? (
          <>
            Next check: <When value={current!.nextCheckAt} />
          </>
        ) : (
          "No scheduled checks: only when you click Check now."
        )}
        {current!.tracker ? " · Same schedule in SE Ranking's rank tracker." : null}
      </p>
      {current!.trackerError ? (
        <p className="text-xs text-amber-700">
          SE Ranking's copy could not be read just now: {current!.trackerError}
        </p>
      ) : null}
    </form>
  );
}
