import "server-only";
// What Settings → Alerts shows: rules, endpoints (host only, never the URL or secret) and the
// delivery log. The browser imports these types; the server builds them here.
import type { Db } from "@/lib/db/client";
import { listDeliveries, listEndpoints, listRules } from "@/lib/db/queries/alerts";
import { listProjects } from "@/lib/db/queries/keyword-projects";
import type {
  AlertDelivery,
  AlertEndpoint,
  AlertRule,
  AlertRuleParams,
  DeliveryAttempt,
} from "@/lib/db/schema";

export interface AlertRuleView {
  id: string;
  name: string;
  kind: AlertRule["kind"];
  params: AlertRuleParams;
  projectId: string | null;
  frequency: AlertRule["frequency"];
  emailTo: string[];
  endpointIds: string[];
  enabled: boolean;
}

export interface AlertEndpointView {
  id: string;
  name: string;
  urlHint: string;
  format: AlertEndpoint["format"];
  createdAt: string;
}

export interface AlertDeliveryView {
  id: string;
  ruleName: string | null;
  channel: AlertDelivery["channel"];
  target: string;
  kind: AlertDelivery["kind"];
  status: AlertDelivery["status"];
  lastStatusCode: number | null;
  attempts: DeliveryAttempt[];
  events: number;
  createdAt: string;
}

export interface AlertsView {
  rules: AlertRuleView[];
  endpoints: AlertEndpointView[];
  deliveries: AlertDeliveryView[];
  projects: { id: string; domain: string }[];
}

export const ruleView = (r: AlertRule): AlertRuleView => ({
  id: r.id,
  name: r.name,
  kind: r.kind,
  params: r.params,
  projectId: r.projectId,
  frequency: r.frequency,
  emailTo: r.emailTo,
  endpointIds: r.endpointIds,
  enabled: r.enabled,
});

export const endpointView = (e: AlertEndpoint): AlertEndpointView => ({
  id: e.id,
  name: e.name,
  urlHint: e.urlHint,
  format: e.format,
  createdAt: e.createdAt.toISOString(),
});

export function deliveryView(d: AlertDelivery, ruleNames: Map<string, string>): AlertDeliveryView {
  const events = (d.payload as { events?: unknown[] }).events;
  return {
    id: d.id,
    ruleName: d.ruleId ? (ruleNames.get(d.ruleId) ?? null) : null,
    channel: d.channel,
    target: d.target,
    kind: d.kind,
    status: d.status,
    lastStatusCode: d.lastStatusCode,
    attempts: d.attempts,
    events: Array.isArray(events) ? events.length : 0,
    createdAt: d.createdAt.toISOString(),
  };
}

export async function deliveriesView(db: Db, tenantId: string) {
  const [rules, deliveries] = await Promise.all([
    listRules(db, tenantId),
    listDeliveries(db, tenantId),
  ]);
  const names = new Map(rules.map((r) => [r.id, r.name]));
  return deliveries.map((d) => deliveryView(d, names));
}

export async function alertsView(db: Db, tenantId: string): Promise<AlertsView> {
  const [rules, endpoints, deliveries, projects] = await Promise.all([
    listRules(db, tenantId),
    listEndpoints(db, tenantId),
    deliveriesView(db, tenantId),
    listProjects(db, tenantId),
  ]);
  return {
    rules: rules.map(ruleView),
    endpoints: endpoints.map(endpointView),
    deliveries,
    projects: projects.map(({ project: p }) => ({ id: p.id, domain: p.domain })),
  };
}
