import type { GapResultView } from "@/lib/queries/backlink-gap";

const n = (v: number) => v.toLocaleString("en-US");

/** What the gap compared: each target's referring domains, and which lists are only the top. */
export function GapListsNote({ lists }: { lists: GapResultView["lists"] }) {
  const fetched = lists.filter((l) => l.refdomains !== null);
  if (fetched.length === 0) return null;
  const capped = fetched.filter((l) => l.complete === false);
  return (
    <p data-testid="gap-lists" className="text-xs text-slate-600">
      Compared:{" "}
      {fetched.map((l, i) => (
        <span key={l.target}>
          {i > 0 ? "; " : ""}
          {l.target} ({n(l.refdomains ?? 0)} referring domains
          {l.complete === false ? ", top only" : ""})
        </span>
      ))}
      .
      {capped.length > 0
        ? " Lists marked “top only” hold the strongest referring domains SE Ranking returned, not all of them: a domain beyond them may be missing from the gap, or (for your own list) shown though it links to you."
        : null}
    </p>
  );
}
