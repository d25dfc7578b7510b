import "server-only";
// One attempt at one delivery. Each attempt is appended to the delivery's log with the
// receiver's status code; a failed attempt throws so the job engine retries it with backoff.
import type { Db } from "@/lib/db/client";
import { findDelivery, findEndpoint, updateDelivery } from "@/lib/db/queries/alerts";
import type { AlertDelivery, DeliveryAttempt } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { sendMail } from "@/lib/mail/send";
import { openEndpoint } from "./endpoint-secrets";
import { type AlertPayload, alertMail, webhookBody } from "./payload";
import { signatureHeaders } from "./signature";
import { PrivateAddressError, postWebhookOnce } from "./webhook-post";

/** A receiver that does not answer in this time counts as failed (and is retried). */
export const WEBHOOK_TIMEOUT_MS = 10_000;

export class DeliveryFailed extends Error {
  override name = "DeliveryFailed";
}

async function postWebhook(db: Db, delivery: AlertDelivery): Promise<number> {
  const endpoint = delivery.endpointId
    ? await findEndpoint(db, delivery.tenantId, delivery.endpointId)
    : null;
  if (!endpoint) throw new DeliveryFailed("The endpoint was deleted.");
  const { url, secret } = openEndpoint(endpoint);
  const body = webhookBody(delivery.payload as unknown as AlertPayload, endpoint.format);
  return postWebhookOnce({
    url,
    headers: {
      "Content-Type": "application/json",
      "User-Agent": "SE-Ranking-Dashboard-Alerts/1",
      "X-Alert-Delivery": delivery.id,
      ...signatureHeaders(secret, body),
    },
    body,
    timeoutMs: WEBHOOK_TIMEOUT_MS,
    allowPrivate: env().ALERT_WEBHOOK_PRIVATE_HOSTS === "allow",
  });
}

// What the log says about an error: never the URL (it may carry a token), only what happened.
function attemptError(error: unknown): string {
  if (error instanceof DeliveryFailed || error instanceof PrivateAddressError) return error.message;
  if (error instanceof Error && error.name === "TimeoutError")
    return `No answer within ${WEBHOOK_TIMEOUT_MS / 1000} s`;
  if (error instanceof Error && "status" in error) return error.message; // ApiError from mail
  const code =
    (error as { code?: string; cause?: { code?: string } }).code ??
    (error as { cause?: { code?: string } }).cause?.code;
  return code ? `Could not connect (${code})` : "Could not connect";
}

/** Sends the delivery once unless it already went; throws when this attempt failed. */
export async function attemptDelivery(db: Db, tenantId: string, deliveryId: string) {
  const delivery = await findDelivery(db, tenantId, deliveryId);
  if (delivery?.status !== "pending") return; // sent already, or given up
  let statusCode: number | null = null;
  let error: string | null = null;
  try {
    if (delivery.channel === "email") {
      await sendMail(alertMail(delivery.target, delivery.payload as unknown as AlertPayload));
    } else {
      statusCode = await postWebhook(db, delivery);
      if (statusCode < 200 || statusCode >= 300) error = `The receiver answered HTTP ${statusCode}`;
    }
  } catch (caught) {
    error = attemptError(caught);
  }
  const attempt: DeliveryAttempt = { at: new Date().toISOString(), statusCode, error };
  await updateDelivery(db, delivery.id, {
    attempts: [...delivery.attempts, attempt],
    lastStatusCode: statusCode,
    ...(error ? {} : { status: "delivered" }),
  });
  if (error) throw new DeliveryFailed(error);
}

/** After the last retry: the log shows the delivery failed for good. */
export async function giveUpDelivery(db: Db, tenantId: string, deliveryId: string) {
  const delivery = await findDelivery(db, tenantId, deliveryId);
  if (delivery?.status === "pending") await updateDelivery(db, deliveryId, { status: "failed" });
}
