"use client";

import { useId } from "react";
import {
  type ColumnMapping,
  IMPORT_FIELD_LABELS,
  IMPORT_FIELDS,
  REQUIRED_FIELDS,
} from "@/lib/keywords/history-import/import-columns";

/** One labelled select per history field: which column of the file holds it, or none. */
export function ImportColumnPicker({
  headers,
  mapping,
  disabled,
  onChange,
}: {
  headers: string[];
  mapping: ColumnMapping;
  disabled: boolean;
  onChange: (mapping: ColumnMapping) => void;
}) {
  const id = useId();
  return (
    <fieldset className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
      <legend className="mb-2 text-sm font-medium text-slate-700">
        Which column holds what (recognised names are chosen for you)
      </legend>
      {IMPORT_FIELDS.map((field) => (
        <div key={field} className="space-y-1">
          <label htmlFor={`${id}-${field}`} className="block text-xs font-medium text-slate-600">
            {IMPORT_FIELD_LABELS[field]}
            {REQUIRED_FIELDS.includes(field) ? " (required)" : ""}
          </label>
          <select
            id={`${id}-${field}`}
            className="w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
            value={mapping[field] ?? ""}
            disabled={disabled}
            onChange={(e) =>
              onChange({
                ...mapping,
                [field]: e.target.value === "" ? null : Number(e.target.value),
              })
            }
          >
            <option value="">— not in the file —</option>
            {headers.map((header, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: two columns may share a name
              <option key={index} value={index}>
                {header || `Column ${index + 1}`}
              </option>
            ))}
          </select>
        </div>
      ))}
    </fieldset>
  );
}
