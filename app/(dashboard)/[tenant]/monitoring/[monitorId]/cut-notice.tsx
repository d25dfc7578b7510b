/**
 * Says a list was cut: the page sends the strongest rows only, and a count taken from the rows
 * shown would read low without a word. Nothing when every row is shown.
 */
export function CutNotice({ shown, total }: { shown: number; total: number }) {
  if (total <= shown) return null;
  return (
    <p className="mb-2 text-sm text-slate-600" data-testid="cut-notice">
      Showing the first {shown.toLocaleString("en-US")} of {total.toLocaleString("en-US")},
      strongest first.
    </p>
  );
}
