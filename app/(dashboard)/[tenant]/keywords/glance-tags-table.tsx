"use client";

import type { TagGlance } from "@/lib/queries/keyword-glance";

/** The same figures per tag, at the latest check: compact, scrolls sideways on a phone. */
export function GlanceTagsTable({ tags }: { tags: TagGlance[] }) {
  return (
    <div className="mt-4 overflow-x-auto">
      <table className="w-full min-w-[36rem] text-sm" data-testid="glance-tags">
        <caption className="mb-2 text-left font-medium text-slate-700">
          By tag (a keyword with two tags counts in both)
        </caption>
        <thead>
          <tr className="border-b border-slate-200 text-left text-xs text-slate-600">
            <th scope="col" className="py-1 pr-3 font-medium">
              Tag
            </th>
            <th scope="col" className="py-1 pr-3 text-right font-medium">
              Keywords
            </th>
            <th scope="col" className="py-1 pr-3 text-right font-medium">
              Avg. position
            </th>
            <th scope="col" className="py-1 pr-3 text-right font-medium">
              Visibility
            </th>
            <th scope="col" className="py-1 pr-3 text-right font-medium">
              Top 3
            </th>
            <th scope="col" className="py-1 pr-3 text-right font-medium">
              Top 10
            </th>
            <th scope="col" className="py-1 pr-3 text-right font-medium">
              Top 100
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              <abbr title="Since the previous check: improved / declined / unchanged">
                ▲ / ▼ / =
              </abbr>
            </th>
          </tr>
        </thead>
        <tbody>
          {tags.map(({ tag, total, figures: f }) => (
            <tr key={tag ?? ""} className="border-b border-slate-100 tabular-nums">
              <th scope="row" className="py-1 pr-3 text-left font-normal">
                {tag ?? <span className="text-slate-500">No tag</span>}
              </th>
              <td className="py-1 pr-3 text-right">
                {f.keywords === total ? total : `${f.keywords} of ${total}`}
              </td>
              <td className="py-1 pr-3 text-right">{f.averagePosition ?? "–"}</td>
              <td className="py-1 pr-3 text-right">{f.visibility}%</td>
              <td className="py-1 pr-3 text-right">{f.top3}</td>
              <td className="py-1 pr-3 text-right">{f.top10}</td>
              <td className="py-1 pr-3 text-right">{f.top100}</td>
              <td className="py-1 text-right">
                {f.previous.improved} / {f.previous.declined} / {f.previous.unchanged}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
