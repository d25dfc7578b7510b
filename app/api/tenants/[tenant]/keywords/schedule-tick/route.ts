// POST /api/tenants/:tenant/keywords/schedule-tick — test only (SCHEDULE_TEST_CLOCK=on): the scheduler's tick at a given instant, for this workspace's projects.

import { z } from "zod";
import { notFound } from "@/lib/api/errors";
import { withTenant } from "@/lib/api/with-tenant";
import { scheduleTestClockOn } from "@/lib/keywords/schedule/test-clock";
import { claimDueChecks } from "@/lib/services/keywords/check-service";

const tickSchema = z.object({
  now: z.iso.datetime("Send now as an ISO date-time, e.g. 2026-12-07T09:00:00Z"),
});

export const POST = withTenant(
  { role: "admin", body: tickSchema },
  async ({ db, tenant, body }) => {
    if (!scheduleTestClockOn()) throw notFound("This page");
    const now = new Date(body.now);
    return claimDueChecks(db, { clock: () => now, tenantId: tenant.id });
  },
);
