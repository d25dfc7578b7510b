// Prospect-list rows of the cross-tenant and role tables (spread into TENANT_API_ROUTES).
import type { TenantApiRoute } from "./tenant-route-types";

/** In order: the last row deletes `:listId`, so it must stay last. */
export const PROSPECT_API_ROUTES: TenantApiRoute[] = [
  // `:listId` is a list the victim's admin creates before the tests.
  { method: "GET", path: "/api/tenants/:tenant/prospect-lists", role: "marketer" },
  {
    method: "POST",
    path: "/api/tenants/:tenant/prospect-lists",
    role: "marketer",
    body: { name: "Marketer's list" },
    status: 201,
  },
  { method: "GET", path: "/api/tenants/:tenant/prospect-lists/:listId", role: "marketer" },
  {
    method: "PATCH",
    path: "/api/tenants/:tenant/prospect-lists/:listId",
    role: "marketer",
    body: { name: "Renamed" },
  },
  {
    method: "POST",
    path: "/api/tenants/:tenant/prospect-lists/:listId/domains",
    role: "marketer",
    body: { entries: ["example.com"] },
  },
  { method: "GET", path: "/api/tenants/:tenant/prospect-lists/:listId/run", role: "marketer" },
  // The victim workspace has the demo key: the fetch starts (202) and runs in the background.
  {
    method: "POST",
    path: "/api/tenants/:tenant/prospect-lists/:listId/run",
    role: "marketer",
    body: { mode: "all" },
    status: 202,
  },
  { method: "GET", path: "/api/tenants/:tenant/prospect-lists/:listId/export", role: "marketer" },
  {
    method: "POST",
    path: "/api/tenants/:tenant/prospect-lists/:listId/export",
    role: "marketer",
    body: { domains: ["example.com"] },
  },
  { method: "GET", path: "/api/tenants/:tenant/prospect-rules", role: "marketer" },
  {
    method: "PUT",
    path: "/api/tenants/:tenant/prospect-rules",
    role: "marketer",
    body: { minTrustFlow: 12, minRatio: 0.5, spamMinCitationFlow: 30, spamMaxRatio: 0.3 },
  },
  // Bulk actions: a tag, which a metrics run in flight on the list does not refuse (a delete or
  // move of a domain the run has not reached would answer 409).
  {
    method: "POST",
    path: "/api/tenants/:tenant/prospect-lists/:listId/bulk",
    role: "marketer",
    body: { action: "tag", domains: ["example.com"], tag: "probe" },
  },
  // Last of the list routes: it deletes `:listId`.
  {
    method: "DELETE",
    path: "/api/tenants/:tenant/prospect-lists/:listId",
    role: "marketer",
    status: 204,
  },
];
