// Keyword-project schedule rows of the cross-tenant and role tables (spread into TENANT_API_ROUTES).
import type { TenantApiRoute } from "./tenant-route-types";

export const SCHEDULE_API_ROUTES: TenantApiRoute[] = [
  // Marketers may change a schedule, as they may turn checks on and off and start them.
  {
    method: "GET",
    path: "/api/tenants/:tenant/keywords/projects/:projectId/schedule",
    role: "marketer",
    status: 404,
  },
  {
    method: "PUT",
    path: "/api/tenants/:tenant/keywords/projects/:projectId/schedule",
    role: "marketer",
    body: { frequency: "weekly", day: 1, time: "09:00" },
    status: 404,
  },
  // The scheduler's tick at a given instant: only where SCHEDULE_TEST_CLOCK=on (the e2e server).
  {
    method: "POST",
    path: "/api/tenants/:tenant/keywords/schedule-tick",
    role: "admin",
    body: { now: "2020-01-06T09:00:00.000Z" },
  },
];
