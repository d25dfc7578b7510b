import { EmptyState } from "@/components/ui/empty-state";
import type { UsageLine } from "@/lib/services/budgets/usage-view";

/** Credits and calls per line (feature or member), most credits first. */
export function UsageTable({ caption, lines }: { caption: string; lines: UsageLine[] }) {
  if (lines.length === 0) {
    return <EmptyState title="No SE Ranking calls this month yet." />;
  }
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="text-slate-600">
          <tr>
            <th scope="col" className="py-2 pr-3 font-medium">
              Who / what
            </th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">
              Credits
            </th>
            <th scope="col" className="py-2 text-right font-medium">
              Calls
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.key} className="border-t border-slate-100">
              <td className="py-2 pr-3">{line.label}</td>
              <td className="py-2 pr-3 text-right tabular-nums">
                {line.credits.toLocaleString("en")}
              </td>
              <td className="py-2 text-right tabular-nums">{line.calls.toLocaleString("en")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
