// The simulator's "today" drives keyword drift. Tests pin it (option, SIM_DATE, POST /__sim/clock)
// to time-travel; unpinned it follows the real UTC date.

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: unknown): value is string {
  if (typeof value !== "string" || !ISO_DATE.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}

export class SimClock {
  private pinned: string | null;

  constructor(date: string | null = null) {
    this.pinned = SimClock.validate(date);
  }

  /** YYYY-MM-DD in UTC. */
  today(): string {
    return this.pinned ?? new Date().toISOString().slice(0, 10);
  }

  isPinned(): boolean {
    return this.pinned !== null;
  }

  /** null unpins (back to the real date). */
  set(date: string | null): void {
    this.pinned = SimClock.validate(date);
  }

  private static validate(date: string | null): string | null {
    if (date === null) return null;
    if (!isIsoDate(date)) throw new Error(`Invalid simulator date "${date}", expected YYYY-MM-DD`);
    return date;
  }
}
