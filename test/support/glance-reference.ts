// The "at a glance" series counted in TypeScript from the raw check rows, keyword by keyword and
// instant by instant, with glance-figures.ts's own rules (classify, figuresOf): the reference the
// database's full and incremental passes are held to.
import type { KeywordGlanceState } from "@/lib/services/keywords/glance/glance-figures";
import { classify, figuresOf } from "@/lib/services/keywords/glance/glance-figures";
import type { GlanceFigures } from "@/lib/services/keywords/glance/glance-view";

export interface RawCheck {
  id: number;
  keywordId: string;
  status: string;
  position: number | null;
  checkedAt: Date;
}

const HOUR = 3_600_000;
const byTime = (a: RawCheck, b: RawCheck) =>
  a.checkedAt.getTime() - b.checkedAt.getTime() || a.id - b.id;

/** A keyword as of its latest check in `rows` (its checks up to some instant, oldest first). */
function stateOf(rows: RawCheck[]): KeywordGlanceState {
  const latest = rows.at(-1)!;
  const previous = rows.at(-2) ?? null;
  const good = rows.filter((r) => r.status === "ok");
  const lastGood = good.at(-1);
  const after = {
    status: latest.status,
    position: latest.status === "ok" ? latest.position : null,
  };
  const lookBack = (hours: number) => {
    const limit = latest.checkedAt.getTime() - hours * HOUR;
    const then = good.filter((r) => r.checkedAt.getTime() <= limit).at(-1);
    return classify(then ? { status: "ok", position: then.position } : null, after);
  };
  return {
    good: lastGood ? lastGood.position : undefined,
    latestFailed: latest.status === "failed",
    previous: classify(
      previous && {
        status: previous.status,
        position: previous.status === "ok" ? previous.position : null,
      },
      after,
    ),
    week: lookBack(156),
    month: lookBack(708),
  };
}

/** The figures right after each distinct instant, oldest first. */
export function referenceSeries(checks: RawCheck[]): { at: string; figures: GlanceFigures }[] {
  const sorted = [...checks].sort(byTime);
  const instants = [...new Set(sorted.map((r) => r.checkedAt.getTime()))];
  return instants.map((t) => {
    const perKeyword = new Map<string, RawCheck[]>();
    for (const r of sorted) {
      if (r.checkedAt.getTime() > t) break;
      perKeyword.set(r.keywordId, [...(perKeyword.get(r.keywordId) ?? []), r]);
    }
    const states = [...perKeyword.values()].map(stateOf);
    return { at: new Date(t).toISOString(), figures: figuresOf(states) };
  });
}
