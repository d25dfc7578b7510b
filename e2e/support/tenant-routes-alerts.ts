// Alert rows of the cross-tenant and role tables (spread into TENANT_API_ROUTES). Every member
// reads rules, endpoints and the delivery log; only admins change them or send a test.
// Routes under a rule or endpoint get an id that exists nowhere: 404 shows the gates were passed.
import type { TenantApiRoute } from "./tenant-route-types";

export const ALERT_API_ROUTES: TenantApiRoute[] = [
  { method: "GET", path: "/api/tenants/:tenant/alerts", role: "marketer" },
  { method: "GET", path: "/api/tenants/:tenant/alerts/deliveries", role: "marketer" },
  {
    method: "POST",
    path: "/api/tenants/:tenant/alerts/rules",
    role: "admin",
    body: {
      name: "Top 10",
      kind: "keyword_top_n",
      params: { topN: 10, direction: "both" },
      emailTo: ["ops@example.test"],
    },
    status: 201,
  },
  {
    method: "PUT",
    path: "/api/tenants/:tenant/alerts/rules/:ruleId",
    role: "admin",
    body: {
      name: "Drops",
      kind: "keyword_drop",
      params: { dropBy: 5 },
      emailTo: ["ops@example.test"],
    },
    status: 404,
  },
  {
    method: "DELETE",
    path: "/api/tenants/:tenant/alerts/rules/:ruleId",
    role: "admin",
    status: 404,
  },
  {
    method: "POST",
    path: "/api/tenants/:tenant/alerts/endpoints",
    role: "admin",
    body: { name: "Ops", url: "https://hooks.example.test/alerts", format: "json" },
    status: 201,
  },
  {
    method: "POST",
    path: "/api/tenants/:tenant/alerts/endpoints/:endpointId/test",
    role: "admin",
    status: 404,
  },
  {
    method: "DELETE",
    path: "/api/tenants/:tenant/alerts/endpoints/:endpointId",
    role: "admin",
    status: 404,
  },
];
