// GET|POST /api/tenants/:tenant/keywords/projects/:projectId/checks — latest check's progress; "Check now".
import { after } from "next/server";
import { withTenant } from "@/lib/api/with-tenant";
import { followLatestRun, startManualCheck } from "@/lib/services/keywords/check-service";
import { requireProject } from "@/lib/services/keywords/project-service";
import { projectParamsSchema } from "@/lib/validations/keywords";

export const GET = withTenant({ params: projectParamsSchema }, async ({ db, tenant, params }) => {
  await requireProject(db, tenant.id, params.projectId);
  return { run: (await followLatestRun(db, tenant.id, params.projectId)) ?? null };
});

export const POST = withTenant({ params: projectParamsSchema }, async ({ db, tenant, params }) => {
  const { run, work } = await startManualCheck(db, tenant.id, params.projectId);
  // The check outlives the request; the page follows it through GET (progress is in the run row).
  if (work) {
    after(() =>
      work().catch((error) =>
        console.error("[keywords] check failed", { tenantId: tenant.id }, String(error)),
      ),
    );
  }
  return Response.json({ run }, { status: 202 });
});
