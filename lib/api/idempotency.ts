// Idempotency-Key on the public API's POSTs: a client that retries after a timeout gets the
// first answer again instead of a second project or a second run.
import { createHash } from "node:crypto";
import { and, eq, lt } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { apiIdempotency } from "@/lib/db/schema";
import { ApiError } from "./errors";

const KEEP_MS = 24 * 60 * 60_000;
const KEY_SHAPE = /^[\x21-\x7e]{1,255}$/;

export interface IdempotentCall {
  tokenId: string;
  key: string;
  requestHash: string;
}

/** The request's key, validated; null when the client sent none (the header is optional). */
export function idempotencyKey(req: Request): string | null {
  const key = req.headers.get("idempotency-key");
  if (key === null) return null;
  if (!KEY_SHAPE.test(key)) {
    throw new ApiError(
      "invalid_input",
      "Idempotency-Key must be 1–255 visible ASCII characters (a UUID is a good choice).",
    );
  }
  return key;
}

export const requestHash = (req: Request, body: unknown) =>
  createHash("sha256")
    .update(`${req.method} ${new URL(req.url).pathname}\n${JSON.stringify(body ?? null)}`)
    .digest("hex");

/**
 * Claims the key for this request. Answers the stored response to replay when the same request
 * was answered before; refuses a key reused for another request, or one still being handled.
 * `answerOnce`: the answer held a secret shown once, so a success is not replayed but refused.
 */
export async function claimKey(
  db: Db,
  call: IdempotentCall,
  answerOnce = false,
): Promise<Response | null> {
  await db
    .delete(apiIdempotency)
    .where(
      and(
        eq(apiIdempotency.tokenId, call.tokenId),
        lt(apiIdempotency.createdAt, new Date(Date.now() - KEEP_MS)),
      ),
    );
  const inserted = await db
    .insert(apiIdempotency)
    .values(call)
    .onConflictDoNothing()
    .returning({ key: apiIdempotency.key });
  if (inserted.length > 0) return null;
  const [stored] = await db
    .select()
    .from(apiIdempotency)
    .where(and(eq(apiIdempotency.tokenId, call.tokenId), eq(apiIdempotency.key, call.key)));
  if (!stored) return null;
  if (stored.requestHash !== call.requestHash) {
    throw new ApiError(
      "invalid_input",
      "This Idempotency-Key was already used for a different request: send a new key.",
    );
  }
  if (stored.status === null) {
    throw new ApiError("conflict", "A request with this Idempotency-Key is still being handled.");
  }
  if (answerOnce && stored.status < 400) {
    throw new ApiError(
      "conflict",
      "This Idempotency-Key already made what was asked, and its answer is shown only once: send a new key to make another.",
    );
  }
  return Response.json(stored.body, {
    status: stored.status,
    headers: { "Idempotency-Replayed": "true", "Cache-Control": "no-store" },
  });
}

/**
 * Keeps the answer for replays; a failure frees the key so the client can try again. With
 * `answerOnce` a success keeps only its status: its body holds a secret that is never stored.
 */
export async function settleKey(
  db: Db,
  call: IdempotentCall,
  response: Response | null,
  answerOnce = false,
) {
  const where = and(eq(apiIdempotency.tokenId, call.tokenId), eq(apiIdempotency.key, call.key));
  if (!response || response.status >= 500) {
    await db.delete(apiIdempotency).where(where);
    return;
  }
  if (answerOnce && response.status < 400) {
    await db.update(apiIdempotency).set({ status: response.status, body: null }).where(where);
    return;
  }
  const text = await response.clone().text();
  const body = text === "" ? null : (JSON.parse(text) as unknown);
  await db.update(apiIdempotency).set({ status: response.status, body }).where(where);
}
