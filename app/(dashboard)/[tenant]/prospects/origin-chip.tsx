/** Where a prospect came from ("found by gap vs. a.com, b.com"), under its domain; nothing when pasted. */
export function OriginChip({ origin }: { origin: string | null }) {
  if (!origin) return null;
  return (
    <span
      data-testid="prospect-origin"
      className="mt-0.5 inline-block max-w-64 rounded bg-indigo-50 px-1.5 py-0.5 text-xs text-indigo-800"
    >
      <span className="sr-only">Origin: </span>
      {origin}
    </span>
  );
}
