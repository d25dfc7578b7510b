// What a delivery says: the JSON body a webhook receives (or Slack's {"text"} form) and the
// email's plain text. Built once when the delivery is created and stored, so every retry sends
// exactly the same body.
import type { AlertEvent, AlertRule } from "@/lib/db/schema";

export interface AlertPayloadEvent {
  id: string;
  title: string;
  occurredAt: string;
  details: Record<string, unknown>;
}

export interface AlertPayload {
  type: "alert" | "digest" | "test";
  workspace: { slug: string; name: string };
  rule: { id: string; name: string; kind: string } | null;
  events: AlertPayloadEvent[];
  sentAt: string;
}

export function alertPayload(input: {
  type: AlertPayload["type"];
  workspace: { slug: string; name: string };
  rule: Pick<AlertRule, "id" | "name" | "kind"> | null;
  events: Pick<AlertEvent, "id" | "title" | "occurredAt" | "details">[];
  now: Date;
}): AlertPayload {
  return {
    type: input.type,
    workspace: input.workspace,
    rule: input.rule ? { id: input.rule.id, name: input.rule.name, kind: input.rule.kind } : null,
    events: input.events.map((e) => ({
      id: e.id,
      title: e.title,
      occurredAt: e.occurredAt.toISOString(),
      details: e.details,
    })),
    sentAt: input.now.toISOString(),
  };
}

function heading(payload: AlertPayload): string {
  const where = payload.workspace.name;
  if (payload.type === "test") return `Test alert from ${where}: this endpoint is set up.`;
  const rule = payload.rule?.name ?? "Alert";
  if (payload.type === "digest")
    return `${rule} (${where}): ${payload.events.length} change(s) today`;
  return `${rule} (${where})`;
}

/** The lines a person reads: heading, then one line per event. */
export function payloadLines(payload: AlertPayload): string[] {
  return [heading(payload), ...payload.events.map((e) => `• ${e.title}`)];
}

/** The body a webhook receives: the JSON payload, or Slack's incoming-webhook shape. */
export function webhookBody(payload: AlertPayload, format: "json" | "slack"): string {
  if (format === "slack") return JSON.stringify({ text: payloadLines(payload).join("\n") });
  return JSON.stringify(payload);
}

export function alertMail(to: string, payload: AlertPayload) {
  const [subject, ...lines] = payloadLines(payload);
  return {
    to,
    subject: subject!,
    text: `${lines.join("\n") || "No changes."}

You get this because of an alert rule in the workspace "${payload.workspace.name}" on SE Ranking Dashboard. Admins change or remove it under Settings → Alerts.`,
  };
}
