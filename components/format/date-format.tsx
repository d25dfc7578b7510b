"use client";

import { createContext, type ReactNode, useContext, useMemo } from "react";
import {
  type DateFormat,
  DEFAULT_FORMAT,
  formatDate,
  formatDateTime,
  formatRelative,
  formatShort,
} from "@/lib/format/date-time";

const DateFormatContext = createContext<DateFormat>(DEFAULT_FORMAT);

/** Set once by the workspace layout: the viewer's locale and the workspace's time zone. */
export function DateFormatProvider({
  value,
  children,
}: {
  value: DateFormat;
  children: ReactNode;
}) {
  const { locale, timeZone } = value;
  const memo = useMemo(() => ({ locale, timeZone }), [locale, timeZone]);
  return <DateFormatContext.Provider value={memo}>{children}</DateFormatContext.Provider>;
}

/** The formatters bound to this workspace, for text that is not a <When> (titles, chart axes). */
export function useDates() {
  const f = useContext(DateFormatContext);
  return useMemo(
    () => ({
      format: f,
      dateTime: (v: string | Date) => formatDateTime(v, f),
      date: (v: string | Date) => formatDate(v, f),
      short: (v: string | Date, withTime = false) => formatShort(v, f, withTime),
      relative: (v: string | Date) => formatRelative(v, new Date(), f.locale),
    }),
    [f],
  );
}

interface WhenProps {
  value: string | Date;
  /** "3 hours ago" within a week, the full date in its tooltip. */
  relative?: boolean;
  dateOnly?: boolean;
}

/** A date as the app writes it everywhere. */
export function When({ value, relative = false, dateOnly = false }: WhenProps) {
  const dates = useDates();
  const absolute = dateOnly ? dates.date(value) : dates.dateTime(value);
  const near = relative ? dates.relative(value) : null;
  const iso = value instanceof Date ? value.toISOString() : value;
  return (
    // The relative text depends on the clock, which differs between server and browser by the
    // time the page takes to arrive: the browser's word wins without a hydration warning.
    <time dateTime={iso} title={near ? absolute : undefined} suppressHydrationWarning>
      {near ?? absolute}
    </time>
  );
}
