import { When } from "@/components/format/date-format";
import { EmptyState } from "@/components/ui/empty-state";
import type { UsageView } from "@/lib/services/budgets/usage-view";

/** Scheduled checks and snapshots the budget skipped this month, newest first. */
export function SkippedWork({ skipped }: { skipped: UsageView["skipped"] }) {
  if (skipped.length === 0) return <EmptyState title="Nothing was skipped this month." />;
  return (
    <ul className="divide-y divide-slate-100 text-sm">
      {skipped.map((s) => (
        <li key={`${s.at}-${s.subject}`} className="py-2">
          <span className="font-medium">{s.subject}</span>: would have cost up to{" "}
          {s.estimatedCredits.toLocaleString("en")} credits with{" "}
          {s.creditsLeft.toLocaleString("en")} left (<When value={s.at} />
          ).
        </li>
      ))}
    </ul>
  );
}
