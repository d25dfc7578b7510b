"use client";

import { type ChangeEvent, useId } from "react";
import { INTERVAL_DAYS } from "@/lib/validations/monitoring";

const NAMES: Record<number, string> = {
  1: "Daily",
  7: "Weekly",
  14: "Every 2 weeks",
  30: "Monthly",
};

interface Props {
  name?: string;
  defaultValue?: number;
  value?: number;
  onChange?: (event: ChangeEvent<HTMLSelectElement>) => void;
  disabled?: boolean;
}

/** How often a domain is snapshotted, labelled for its form. */
export function IntervalSelect({ name, defaultValue, value, onChange, disabled }: Props) {
  const id = useId();
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        Snapshot
      </label>
      <select
        id={id}
        name={name}
        defaultValue={defaultValue}
        value={value}
        onChange={onChange}
        disabled={disabled}
        className="block h-10 w-full rounded-md border border-slate-300 bg-white px-3 text-sm"
      >
        {INTERVAL_DAYS.map((d) => (
          <option key={d} value={d}>
            {NAMES[d] ?? `Every ${d} days`}
          </option>
        ))}
      </select>
    </div>
  );
}
