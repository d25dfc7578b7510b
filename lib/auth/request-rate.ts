import { and, count, eq, gt, lt } from "drizzle-orm";
import { ApiError } from "@/lib/api/errors";
import type { Db } from "@/lib/db/client";
import { rateEvents } from "@/lib/db/schema";
import { clientIp } from "./login-throttle";

/** Per client, per window: sign-ups, and requests that send mail (reset, verification). */
export const REQUEST_RATES = {
  signup: { max: 10, windowMs: 60 * 60_000 },
  mail: { max: 5, windowMs: 15 * 60_000 },
} as const;
export type RateKind = keyof typeof REQUEST_RATES;

/**
 * Counts this request against its client and refuses (429) past the limit. Refused requests
 * are not counted, so hammering does not extend the wait.
 */
export async function assertWithinRate(db: Db, kind: RateKind, req: Request, now = new Date()) {
  const { max, windowMs } = REQUEST_RATES[kind];
  const client = clientIp(req.headers);
  const since = new Date(now.getTime() - windowMs);
  const where = and(eq(rateEvents.kind, kind), eq(rateEvents.client, client));
  const [row] = await db
    .select({ n: count() })
    .from(rateEvents)
    .where(and(where, gt(rateEvents.createdAt, since)));
  if (Number(row?.n ?? 0) >= max) {
    throw new ApiError(
      "rate_limited",
      kind === "signup"
        ? "Too many sign-ups from this network: try again in an hour."
        : "Too many emails requested: wait 15 minutes, then try again.",
    );
  }
  await db.insert(rateEvents).values({ kind, client, createdAt: now });
  await db.delete(rateEvents).where(and(where, lt(rateEvents.createdAt, since)));
}
