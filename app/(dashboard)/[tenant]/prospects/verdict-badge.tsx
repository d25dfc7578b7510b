import type { Verdict } from "@/lib/prospects/qualify";
import { cn } from "@/lib/utils";

const STYLES: Record<Verdict | "none", string> = {
  pass: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  review: "bg-amber-50 text-amber-900 ring-amber-200",
  reject: "bg-red-50 text-red-800 ring-red-200",
  none: "bg-slate-50 text-slate-600 ring-slate-200",
};

export function VerdictBadge({ verdict }: { verdict: Verdict | null }) {
  return (
    <span
      className={cn(
        "inline-flex rounded-full px-2 py-0.5 text-xs font-medium capitalize ring-1",
        STYLES[verdict ?? "none"],
      )}
    >
      {verdict ?? "not fetched"}
    </span>
  );
}
