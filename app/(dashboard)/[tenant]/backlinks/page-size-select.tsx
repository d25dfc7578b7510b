"use client";

import { PAGE_SIZES } from "@/lib/validations/backlinks";

/** Rows per page; the choice lives in the URL (?rows=) like the rest of the view. */
export function PageSizeSelect({
  value,
  onChange,
}: {
  value: number;
  onChange: (n: number) => void;
}) {
  return (
    <label className="inline-flex items-center gap-2 text-sm text-slate-700">
      Rows per page
      <select
        value={value}
        onChange={(e) => onChange(Number(e.target.value))}
        className="h-9 rounded-md border border-slate-300 bg-white px-2 text-sm"
      >
        {PAGE_SIZES.map((size) => (
          <option key={size} value={size}>
            {size}
          </option>
        ))}
      </select>
    </label>
  );
}
