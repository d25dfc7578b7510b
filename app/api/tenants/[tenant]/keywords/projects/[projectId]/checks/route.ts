// GET|POST /api/tenants/:tenant/keywords/projects/:projectId/checks — latest check's progress; "Check now".
import { withTenant } from "@/lib/api/with-tenant";
import { followLatestRun, startManualCheck } from "@/lib/services/keywords/check-service";
import { requireProject } from "@/lib/services/keywords/project-service";
import { projectParamsSchema } from "@/lib/validations/keywords";

export const GET = withTenant({ params: projectParamsSchema }, async ({ db, tenant, params }) => {
  await requireProject(db, tenant.id, params.projectId);
  return { run: (await followLatestRun(db, tenant.id, params.projectId)) ?? null };
});

// Answers 202 at once: the check runs as a job; the page follows it through GET.
export const POST = withTenant({ params: projectParamsSchema }, async ({ db, tenant, params }) => {
  const { run } = await startManualCheck(db, tenant.id, params.projectId);
  return Response.json({ run }, { status: 202 });
});
