// The arithmetic of a monthly budget, pure so it can be tested at the month's edges: which month
// an instant belongs to in the workspace's time zone, and whether a run fits what is left.

/** "YYYY-MM" of `at` as the workspace's clock reads it (a budget resets at its local midnight). */
export function monthIn(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: safeZone(timeZone),
    year: "numeric",
    month: "2-digit",
  }).formatToParts(at);
  const year = parts.find((p) => p.type === "year")?.value;
  const month = parts.find((p) => p.type === "month")?.value;
  return `${year}-${month}`;
}

/** A zone the runtime does not know is read as UTC rather than failing every call. */
function safeZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat("en", { timeZone });
    return timeZone;
  } catch {
    return "UTC";
  }
}

export interface BudgetVerdict {
  allowed: boolean;
  /** Credits left this month (never below 0); null without a budget. */
  left: number | null;
}

/**
 * Whether work that costs `cost` credits at most fits: a run may use the budget up exactly,
 * never pass it. No budget (null) allows everything; free work (0) is always allowed.
 */
export function judgeBudget(input: {
  budget: number | null;
  spent: number;
  cost: number;
}): BudgetVerdict {
  if (input.budget === null) return { allowed: true, left: null };
  const left = Math.max(0, input.budget - input.spent);
  return { allowed: input.cost <= 0 || input.cost <= left, left };
}
