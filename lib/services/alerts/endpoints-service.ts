import "server-only";
// Webhook endpoints: created with a fresh signing secret that is answered once (to the admin who
// created it) and stored sealed; "Send test" delivers a signed test payload right away.
import { ApiError, notFound } from "@/lib/api/errors";
import type { Db } from "@/lib/db/client";
import {
  deleteEndpoint,
  findDelivery,
  findEndpoint,
  insertDeliveries,
  insertEndpoint,
  updateDelivery,
} from "@/lib/db/queries/alerts";
import { env } from "@/lib/env";
import type { EndpointInput } from "@/lib/validations/alerts";
import { deliveryView, endpointView } from "./alerts-view";
import { workspaceOf } from "./deliveries";
import { seal, urlHint } from "./endpoint-secrets";
import { alertPayload } from "./payload";
import { attemptDelivery, DeliveryFailed } from "./send-delivery";
import { newEndpointSecret } from "./signature";
import { privateUrlReason } from "./webhook-address";

export async function createEndpoint(db: Db, tenantId: string, input: EndpointInput) {
  const privateReason =
    env().ALERT_WEBHOOK_PRIVATE_HOSTS === "allow" ? null : privateUrlReason(input.url);
  if (privateReason) throw new ApiError("invalid_input", privateReason, { url: privateReason });
  const secret = newEndpointSecret();
  const row = await insertEndpoint(db, {
    tenantId,
    name: input.name,
    urlEnvelope: seal(input.url),
    urlHint: urlHint(input.url),
    secretEnvelope: seal(secret),
    format: input.format,
  });
  // The only answer that ever carries the secret.
  return { endpoint: endpointView(row), secret };
}

export async function removeEndpoint(db: Db, tenantId: string, endpointId: string) {
  if (!(await deleteEndpoint(db, tenantId, endpointId))) throw notFound("This webhook endpoint");
}

/** One signed test delivery, sent now (not retried): the answer shows the receiver's status. */
export async function sendTestDelivery(db: Db, tenantId: string, endpointId: string) {
  const endpoint = await findEndpoint(db, tenantId, endpointId);
  if (!endpoint) throw notFound("This webhook endpoint");
  const payload = alertPayload({
    type: "test",
    workspace: await workspaceOf(db, tenantId),
    rule: null,
    events: [],
    now: new Date(),
  });
  const [row] = await insertDeliveries(db, [
    {
      tenantId,
      endpointId,
      channel: "webhook",
      target: `${endpoint.name} (${endpoint.urlHint})`,
      kind: "test",
      status: "pending",
      payload: { ...payload },
    },
  ]);
  try {
    await attemptDelivery(db, tenantId, row!.id);
  } catch (error) {
    if (!(error instanceof DeliveryFailed)) throw error;
    await updateDelivery(db, row!.id, { status: "failed" });
  }
  const after = await findDelivery(db, tenantId, row!.id);
  return deliveryView(after!, new Map());
}
