// Credit budget and usage rows of the cross-tenant and role tables (spread into TENANT_API_ROUTES).
// Every member reads the usage; only admins set the budget.
import type { TenantApiRoute } from "./tenant-route-types";

export const BUDGET_API_ROUTES: TenantApiRoute[] = [
  { method: "GET", path: "/api/tenants/:tenant/usage", role: "marketer" },
  // A domain never loaded prices as unknown (credits: null): the gates were passed.
  {
    method: "GET",
    path: "/api/tenants/:tenant/usage/cost?kind=backlink-export&domain=example.com",
    role: "marketer",
  },
  {
    method: "PUT",
    path: "/api/tenants/:tenant/usage/budget",
    role: "admin",
    // No budget: the victim workspace's other rows still run.
    body: { monthlyCreditBudget: null },
  },
];
