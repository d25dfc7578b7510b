"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { recentGapsQuery } from "@/lib/queries/backlink-gap";
import { GapForm } from "./gap-form";
import { GapRun } from "./gap-run";

/** The form, the analysis followed (its id lives in the URL, ?gap=), and the recent ones. */
export function GapExplorer({ slug }: { slug: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const gapId = useSearchParams().get("gap");
  const recent = useQuery(recentGapsQuery(slug));
  const follow = (id: string) => router.replace(`${pathname}?gap=${id}`, { scroll: false });
  return (
    <div className="space-y-6">
      <GapForm slug={slug} onStarted={(gap) => follow(gap.id)} />
      {gapId ? <GapRun key={gapId} slug={slug} gapId={gapId} /> : null}
      {recent.data && recent.data.length > 0 ? (
        <section aria-labelledby="recent-gaps" className="space-y-2">
          <h2 id="recent-gaps" className="text-sm font-semibold text-slate-800">
            Recent analyses
          </h2>
          <ul className="space-y-1 text-sm">
            {recent.data.map((g) => (
              <li key={g.id}>
                <Link
                  href={`${pathname}?gap=${g.id}`}
                  scroll={false}
                  aria-current={g.id === gapId ? "true" : undefined}
                  className="text-brand-700 underline"
                >
                  {g.domain} vs. {g.competitors.join(", ")}
                </Link>{" "}
                <span className="text-slate-500">({g.progress.status})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
