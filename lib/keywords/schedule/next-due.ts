// When a keyword project's schedule is next due: pure calendar arithmetic in the workspace's
// time zone (Intl only), so a "09:00 on Mondays" check stays at 09:00 local across DST changes.

export const SCHEDULE_FREQUENCIES = ["daily", "every_3_days", "weekly", "monthly"] as const;
export type ScheduleFrequency = (typeof SCHEDULE_FREQUENCIES)[number];

export interface ProjectSchedule {
  frequency: ScheduleFrequency;
  /** 1–7 (Mon=1) when weekly; 1–31 when monthly (past a month's end: its last day); else null. */
  day: number | null;
  /** "HH:MM", 24-hour, in the workspace's time zone. */
  time: string;
}

interface LocalDate {
  y: number;
  m: number; // 1–12
  d: number;
}

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string) {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall-clock fields of an instant in a zone. */
export function localParts(instant: Date, timeZone: string) {
  const out: Record<string, number> = {};
  for (const p of partsFormatter(timeZone).formatToParts(instant)) {
    if (p.type !== "literal") out[p.type] = Number(p.value);
  }
  return {
    y: out.year!,
    m: out.month!,
    d: out.day!,
    hour: out.hour!,
    minute: out.minute!,
    second: out.second!,
  };
}

/** The zone's offset from UTC (ms) at an instant. */
function offsetAt(ms: number, timeZone: string): number {
  const p = localParts(new Date(ms), timeZone);
  const asUtc = Date.UTC(p.y, p.m - 1, p.d, p.hour, p.minute, p.second);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/**
 * The instant a local date and time happen in a zone. A time skipped by a spring-forward change
 * (02:30 when clocks jump from 02:00 to 03:00) moves on by the gap (03:30); a time that happens
 * twice in autumn is its first occurrence.
 */
export function zonedInstant(date: LocalDate, minutes: number, timeZone: string): Date {
  const wall = Date.UTC(date.y, date.m - 1, date.d) + minutes * 60_000;
  const before = offsetAt(wall - DAY_MS / 2, timeZone);
  const after = offsetAt(wall + DAY_MS / 2, timeZone);
  // Try the offset in force before a change first: it gives the earlier of two occurrences.
  for (const offset of before === after ? [before] : [before, after]) {
    const t = wall - offset;
    if (offsetAt(t, timeZone) === offset) return new Date(t);
  }
  // In a gap: neither offset maps back to this wall time; the earlier offset lands past the gap.
  return new Date(wall - before);
}

const addDays = (date: LocalDate, days: number): LocalDate => {
  const t = new Date(Date.UTC(date.y, date.m - 1, date.d) + days * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
};
const dayNumber = (date: LocalDate) => Date.UTC(date.y, date.m - 1, date.d) / DAY_MS;
/** ISO weekday: Monday 1 … Sunday 7. */
const isoWeekday = (date: LocalDate) =>
  ((new Date(dayNumber(date) * DAY_MS).getUTCDay() + 6) % 7) + 1;
const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

export function timeToMinutes(time: string): number {
  const [h, m] = time.split(":").map(Number);
  return h! * 60 + m!;
}

/** Whether a local date is one the schedule checks on (every_3_days: counted from `anchor`). */
function isDueDate(schedule: ProjectSchedule, date: LocalDate, anchor: LocalDate | null): boolean {
  switch (schedule.frequency) {
    case "daily":
      return true;
    case "every_3_days":
      return anchor === null || (dayNumber(date) - dayNumber(anchor)) % 3 === 0;
    case "weekly":
      return isoWeekday(date) === (schedule.day ?? 1);
    case "monthly":
      return date.d === Math.min(schedule.day ?? 1, daysInMonth(date.y, date.m));
  }
}

export interface NextDueOptions {
  /** The schedule's previous slot: every 3 days counts from its local date. */
  anchor?: Date | null;
  /** The last scheduled check: the next one is on a later local day (one check per due day). */
  lastScheduled?: Date | null;
}

/**
 * The first instant strictly after `after` at which the schedule is due. Missed slots are
 * skipped, never replayed; a day that already had its scheduled check gets no second one (moving
 * Monday's time from 09:00 to 15:00 after the 09:00 check waits for next Monday).
 */
export function nextDueAt(
  schedule: ProjectSchedule,
  timeZone: string,
  after: Date,
  { anchor = null, lastScheduled = null }: NextDueOptions = {},
): Date {
  const minutes = timeToMinutes(schedule.time);
  const anchorDate = anchor ? localParts(anchor, timeZone) : null;
  const doneDay = lastScheduled ? dayNumber(localParts(lastScheduled, timeZone)) : -Infinity;
  let date: LocalDate = localParts(after, timeZone);
  // A monthly schedule is due at most 31 days on, plus one day either side for zone changes.
  for (let i = 0; i < 400; i++, date = addDays(date, 1)) {
    if (dayNumber(date) <= doneDay || !isDueDate(schedule, date, anchorDate)) continue;
    const at = zonedInstant(date, minutes, timeZone);
    if (at.getTime() > after.getTime()) return at;
  }
  throw new Error("No due date within 400 days: the schedule is malformed");
}
