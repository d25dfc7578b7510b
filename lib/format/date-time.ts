// The one way dates and times are written in the app: the viewer's locale, the workspace's time
// zone, and a relative phrase ("3 hours ago", "in 2 days") where the distance is what matters.
// Pure: the server and the browser get the same text from the same inputs.

export interface DateFormat {
  /** BCP 47 tag of the viewer ("en-GB"); from the browser's Accept-Language. */
  locale: string;
  /** IANA zone of the workspace ("Europe/Berlin"). */
  timeZone: string;
}

export const DEFAULT_FORMAT: DateFormat = { locale: "en-GB", timeZone: "UTC" };

type Input = string | Date;
const toDate = (value: Input) => (value instanceof Date ? value : new Date(value));

/** "1 Dec 2026, 09:00" in the viewer's locale and the workspace's zone. */
export function formatDateTime(value: Input, f: DateFormat): string {
  return new Intl.DateTimeFormat(f.locale, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: f.timeZone,
  }).format(toDate(value));
}

/** "1 Dec 2026": for days (expiry dates, chart axes), without a time. */
export function formatDate(value: Input, f: DateFormat): string {
  return new Intl.DateTimeFormat(f.locale, { dateStyle: "medium", timeZone: f.timeZone }).format(
    toDate(value),
  );
}

/** "1 Dec" or "1 Dec, 09:00": the short form for chart axes. */
export function formatShort(value: Input, f: DateFormat, withTime = false): string {
  return new Intl.DateTimeFormat(f.locale, {
    month: "short",
    day: "numeric",
    ...(withTime ? { hour: "2-digit", minute: "2-digit" } : {}),
    timeZone: f.timeZone,
  }).format(toDate(value));
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["day", 86_400_000],
  ["hour", 3_600_000],
  ["minute", 60_000],
];

/** "3 hours ago", "in 2 days", "just now"; null beyond a week, where a date says more. */
export function formatRelative(value: Input, now: Date, locale: string): string | null {
  const diff = toDate(value).getTime() - now.getTime();
  const abs = Math.abs(diff);
  if (abs > 7 * 86_400_000) return null;
  if (abs < 60_000)
    return new Intl.RelativeTimeFormat(locale, { numeric: "auto" }).format(0, "second");
  const [unit, ms] = UNITS.find(([, size]) => abs >= size)!;
  return new Intl.RelativeTimeFormat(locale, { numeric: "auto" }).format(
    Math.round(diff / ms),
    unit,
  );
}

/** Whether a zone name is one this runtime knows (the workspace setting is checked with it). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The first language of an Accept-Language header that Intl supports, else the default. */
export function localeFromHeader(header: string | null | undefined): string {
  for (const part of (header ?? "").split(",")) {
    const tag = part.split(";")[0]?.trim();
    if (!tag || tag === "*") continue;
    try {
      const [supported] = Intl.DateTimeFormat.supportedLocalesOf(tag);
      if (supported) return supported;
    } catch {
      // not a well-formed tag: try the next one
    }
  }
  return DEFAULT_FORMAT.locale;
}
