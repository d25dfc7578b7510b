"use client";

import { Download } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { VerdictFilter } from "@/lib/prospects/table-view";

interface Props {
  /** The list's export route. */
  exportUrl: string;
  verdict: VerdictFilter;
  search: string;
  tag: string;
  shown: number;
  selected: string[];
}

/** The file's name from the answer, so the browser saves what the server named it. */
function fileName(response: Response) {
  const match = /filename="?([^";]+)"?/.exec(response.headers.get("Content-Disposition") ?? "");
  return match?.[1] ?? "prospects.csv";
}

/**
 * Export what the table shows: the selected rows when there are any, else the rows the filters
 * keep. The list header's "Export CSV" stays the whole list.
 */
export function ExportRows({ exportUrl, verdict, search, tag, shown, selected }: Props) {
  const [error, setError] = useState<string | null>(null);
  const filtered = verdict !== "all" || search.trim() !== "" || tag !== "";
  if (selected.length === 0 && !filtered) return null;

  if (selected.length === 0) {
    const params = new URLSearchParams();
    if (verdict !== "all") params.set("verdict", verdict);
    if (search.trim()) params.set("q", search.trim());
    if (tag) params.set("tag", tag);
    return (
      <Button asChild variant="secondary" size="sm">
        <a href={`${exportUrl}?${params}`} download>
          <Download className="size-4" aria-hidden /> Export {shown.toLocaleString("en-US")}{" "}
          filtered
        </a>
      </Button>
    );
  }

  // A selection can hold thousands of domains: sent in a POST body, not a URL.
  async function download() {
    setError(null);
    const response = await fetch(exportUrl, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ domains: selected }),
    });
    if (!response.ok) return setError("The export failed; try again.");
    const link = document.createElement("a");
    link.href = URL.createObjectURL(await response.blob());
    link.download = fileName(response);
    link.click();
    URL.revokeObjectURL(link.href);
  }
  return (
    <span className="flex items-center gap-2">
      <Button variant="secondary" size="sm" onClick={download}>
        <Download className="size-4" aria-hidden /> Export {selected.length.toLocaleString("en-US")}{" "}
        selected
      </Button>
      {error ? (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}
