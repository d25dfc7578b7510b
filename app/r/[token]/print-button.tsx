"use client";

/** Opens the browser's print dialog (Save as PDF included); hidden in the printout itself. */
export function PrintButton() {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2"
    >
      Print
    </button>
  );
}
