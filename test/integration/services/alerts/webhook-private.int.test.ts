// Server-side request forgery: by default a webhook never reaches this machine or its private
// network, whether the URL names a private address outright (refused when saved) or a name
// that resolves to one when the delivery is sent (refused at connect time, logged, nothing sent).
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiError } from "@/lib/api/errors";
import type { DbHandle } from "@/lib/db/client";
import { insertEndpoint } from "@/lib/db/queries/alerts";
import { createOwnerAccount } from "@/lib/services/accounts";
import { seal, urlHint } from "@/lib/services/alerts/endpoint-secrets";
import { createEndpoint, sendTestDelivery } from "@/lib/services/alerts/endpoints-service";
import { mailTestEnv } from "@/test/support/mail-env";
import { createTestDb } from "@/test/support/test-db";
import { startWebhookReceiver, type WebhookReceiver } from "@/test/support/webhook-receiver";

let handle: DbHandle;
let hooks: WebhookReceiver;
let closeMail: () => Promise<void>;

beforeAll(async () => {
  delete process.env.ALERT_WEBHOOK_PRIVATE_HOSTS; // the default: refuse
  const mail = await mailTestEnv();
  closeMail = mail.close;
  hooks = await startWebhookReceiver();
  handle = await createTestDb();
});
afterAll(async () => {
  await handle?.close();
  await hooks?.close();
  await closeMail?.();
});

async function workspace() {
  const id = randomBytes(4).toString("hex");
  const { tenant } = await createOwnerAccount(handle.db, {
    name: "Owner",
    email: `owner-${id}@example.test`,
    password: `password-${id}-123`,
    tenantName: "Acme",
    tenantSlug: `acme-${id}`,
  });
  return tenant.id;
}

describe("webhook endpoints on private addresses (default: refuse)", () => {
  it("refuses to save a URL that names a private or local address, with the reason", async () => {
    const tenantId = await workspace();
    for (const url of [
      `${hooks.url}/direct`,
      "http://localhost:9/hook",
      "http://169.254.169.254/",
    ]) {
      const error = await createEndpoint(handle.db, tenantId, { name: "x", url, format: "json" })
        .then(() => null)
        .catch((e: unknown) => e);
      expect(error, url).toBeInstanceOf(ApiError);
      expect((error as ApiError).status).toBe(422);
      expect((error as ApiError).fields?.url).toMatch(/public addresses only/);
    }
  });

  it("refuses at send time when a stored name resolves to this machine: logged, nothing posted", async () => {
    const tenantId = await workspace();
    // As if the name pointed elsewhere when saved and DNS now answers 127.0.0.1.
    const url = `${hooks.url.replace("127.0.0.1", "localhost")}/rebound`;
    const endpoint = await insertEndpoint(handle.db, {
      tenantId,
      name: "Rebound",
      urlEnvelope: seal(url),
      urlHint: urlHint(url),
      secretEnvelope: seal("whsec_test"),
      format: "json",
    });
    const delivery = await sendTestDelivery(handle.db, tenantId, endpoint.id);
    expect(delivery.status).toBe("failed");
    expect(JSON.stringify(delivery)).toMatch(/public addresses only/);
    expect(hooks.received.filter((h) => h.path === "/rebound")).toEqual([]);
  });
});
