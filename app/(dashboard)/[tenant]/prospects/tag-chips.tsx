/** A row's tags on one line: the first two as chips, the rest counted; all of them on hover. */
export function TagChips({ tags }: { tags: string[] }) {
  if (tags.length === 0) return null;
  const shown = tags.slice(0, 2);
  const more = tags.length - shown.length;
  return (
    <span className="flex max-w-56 items-center gap-1 whitespace-nowrap" title={tags.join(", ")}>
      <span className="sr-only">Tags:</span>
      {shown.map((t) => (
        <span
          key={t}
          className="truncate rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700"
        >
          {t}
        </span>
      ))}
      {more > 0 ? (
        <span className="text-xs text-slate-500">
          +{more}
          <span className="sr-only"> more: {tags.slice(2).join(", ")}</span>
        </span>
      ) : null}
    </span>
  );
}
