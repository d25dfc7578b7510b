// When monthly report emails go out: the first of each month, 08:00 UTC (a working morning in
// Europe, before the day starts in the Americas).
const SEND_HOUR_UTC = 8;

export function firstOfNextMonth(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1, SEND_HOUR_UTC));
}
