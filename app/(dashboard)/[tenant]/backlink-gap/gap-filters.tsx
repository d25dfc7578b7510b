"use client";

import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import type { GapFilters } from "@/lib/backlinks/gap/gap-rows";

const split = (text: string) =>
  text
    .split(/[\s,;]+/)
    .map((s) => s.trim().toLowerCase().replace(/^\./, ""))
    .filter((s) => s !== "");

interface Props {
  filters: GapFilters;
  competitors: number;
  authorityLabel: string;
  onChange: (filters: GapFilters) => void;
}

/** The gap's filters; applied together with Apply (or Enter in any field). */
export function GapFiltersForm({ filters, competitors, authorityLabel, onChange }: Props) {
  const [k, setK] = useState(String(filters.minCompetitors));
  const [authority, setAuthority] = useState(String(filters.minAuthority));
  const [dofollow, setDofollow] = useState(filters.dofollowOnly);
  const [tlds, setTlds] = useState(filters.excludeTlds.join(", "));
  const [hosts, setHosts] = useState(filters.excludeDomains.join(", "));

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const minAuthority = Math.min(100, Math.max(0, Math.floor(Number(authority) || 0)));
    setAuthority(String(minAuthority));
    onChange({
      minCompetitors: Number(k),
      minAuthority,
      dofollowOnly: dofollow,
      excludeTlds: split(tlds),
      excludeDomains: split(hosts),
    });
  };

  const input = "block h-9 w-full rounded-md border border-slate-300 bg-white px-2 text-sm";
  return (
    <form
      onSubmit={apply}
      aria-label="Gap filters"
      className="grid grid-cols-2 items-end gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-3 lg:grid-cols-6"
    >
      <label className="text-sm text-slate-700">
        Min competitors
        <select value={k} onChange={(e) => setK(e.target.value)} className={input}>
          {Array.from({ length: competitors }, (_, i) => String(i + 1)).map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm text-slate-700">
        Min {authorityLabel}
        <input
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          value={authority}
          onChange={(e) => setAuthority(e.target.value)}
          className={input}
        />
      </label>
      <label className="flex h-9 items-center gap-2 text-sm text-slate-700">
        <input type="checkbox" checked={dofollow} onChange={(e) => setDofollow(e.target.checked)} />
        Dofollow only
      </label>
      <label className="text-sm text-slate-700">
        Exclude TLDs
        <input
          value={tlds}
          onChange={(e) => setTlds(e.target.value)}
          placeholder="edu, gov"
          className={input}
        />
      </label>
      <label className="text-sm text-slate-700">
        Exclude domains
        <input
          value={hosts}
          onChange={(e) => setHosts(e.target.value)}
          placeholder="blogspot.com"
          className={input}
        />
      </label>
      <Button type="submit" size="sm" variant="secondary" className="h-9">
        Apply filters
      </Button>
    </form>
  );
}
