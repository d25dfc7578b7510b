// The rate-gate contract the transport waits on before every attempt, and the slot algorithm
// every gate shares. The client only knows this interface: where the slots live (process
// memory for one process, a database row when several instances share a key) is the caller's.

/** One key's budget: resolves when the caller may send its next request. */
export interface RateGate {
  acquire(signal?: AbortSignal): Promise<void>;
  /** Lowers this key's rate (never raises it): a trial found by verify() holds from then on. */
  tighten(perSecond: number): void;
}

/** Hands out the gate for a key; a key's gates must draw from one budget. */
export interface RateGates {
  forKey(apiKey: string, perSecond: number): RateGate;
}

// SE Ranking counts requests in a rolling 1 s window as they *arrive*; requests leave here a few
// ms apart from when they land there, so a window measured at send time lets 11 land within
// 1 s now and then (429, a retry, a wasted second). A small margin removes that (npm run bench).
export const RATE_WINDOW_MS = 1050;

// A request can leave well after the slot it booked (a busy event loop, a slow database round
// trip); a late one beside punctual ones puts N+1 arrivals in SE Ranking's rolling second (429,
// a backoff, a wasted second: seen in npm run chaos and the bulk bench on a loaded machine). A
// slot missed by more than LATE_MS is given up and a new one booked: the missed slot still
// counts, so the budget is only ever wasted, never exceeded.
export const LATE_MS = 20;
export const MAX_REBOOKS = 5;

/** How far apart queued requests leave: LATE_MS, or less when N of them would not fit in half a window. */
export function queueGapMs(perSecond: number, windowMs = RATE_WINDOW_MS): number {
  return Math.min(LATE_MS, windowMs / (2 * Math.max(1, Math.floor(perSecond))));
}

export function assertRate(perSecond: number): void {
  if (!Number.isFinite(perSecond) || perSecond <= 0) {
    throw new RangeError("rateLimitPerSecond must be a positive number");
  }
}

export interface SlotGrant {
  /** When the granted request may start (>= now). */
  start: number;
  /** The history to keep: ascending starts, possibly in the future. */
  slots: number[];
}

// More than any API's per-second rate: what a row keeps at most, however many are queued.
const MAX_KEPT = 64;

/**
 * Reserves the next slot for a key allowed `perSecond` requests per rolling window, given the
 * starts already granted (ascending). The new start is `now`, or one window after the N-th most
 * recent start, whichever is later, so any N+1 consecutive starts span at least a window.
 * Starts a full window old can no longer hold anyone back (for any N) and are dropped.
 */
export function nextSlot(
  slots: readonly number[],
  now: number,
  perSecond: number,
  windowMs = RATE_WINDOW_MS,
): SlotGrant {
  const n = Math.max(1, Math.floor(perSecond));
  const oldest = slots.length >= n ? slots[slots.length - n] : undefined;
  let start = oldest === undefined ? now : Math.max(now, oldest + windowMs);
  // Requests that must queue leave LATE_MS apart rather than all woken at one instant: a herd
  // woken together leaves one by one, and the last ones would miss their slot by more than
  // LATE_MS and be booked again, a window later each time (seen in the bulk bench: 10 of 10
  // rebooked four times). A burst into a free window still goes at once.
  const last = slots.at(-1);
  if (start > now && last !== undefined) start = Math.max(start, last + queueGapMs(n, windowMs));
  const kept = slots.filter((s) => s > now - windowMs);
  kept.push(start);
  // One limit per key keeps starts ascending; a limit tightened mid-way (a trial found) may not.
  kept.sort((a, b) => a - b);
  return { start, slots: kept.slice(-MAX_KEPT) };
}
