// What the SE Ranking side saw: the most requests any key sent within a rolling window, and how
// many answers were 429. Read from the simulator's log (arrival times), so it measures all app
// instances and workers together.

export interface Arrival {
  time: string;
  keyId: string | null;
  status: number | null;
}

/** Per key: the largest number of arrivals inside any window of `windowMs` (ends inclusive). */
export function busiestWindow(arrivals: Arrival[], windowMs = 1000): Map<string, number> {
  const byKey = new Map<string, number[]>();
  for (const a of arrivals) {
    if (!a.keyId) continue;
    const list = byKey.get(a.keyId) ?? [];
    list.push(Date.parse(a.time));
    byKey.set(a.keyId, list);
  }
  const result = new Map<string, number>();
  for (const [key, times] of byKey) {
    times.sort((x, y) => x - y);
    let most = 0;
    let start = 0;
    for (let end = 0; end < times.length; end++) {
      // A window is [t, t + windowMs): two arrivals exactly windowMs apart are in different ones.
      while (times[end]! - times[start]! >= windowMs) start++;
      most = Math.max(most, end - start + 1);
    }
    result.set(key, most);
  }
  return result;
}

export const tooManyRequests = (arrivals: Arrival[]) =>
  arrivals.filter((a) => a.status === 429).length;
