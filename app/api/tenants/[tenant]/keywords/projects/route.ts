// GET|POST /api/tenants/:tenant/keywords/projects — tracked domains with keyword counts; track a new one.
import { withTenant } from "@/lib/api/with-tenant";
import { listProjectRows } from "@/lib/db/queries/keyword-projects";
import { createProject } from "@/lib/services/keywords/project-service";
import { createProjectSchema } from "@/lib/validations/keywords";

export const GET = withTenant({}, async ({ db, tenant }) => ({
  projects: await listProjectRows(db, tenant.id),
}));

export const POST = withTenant({ body: createProjectSchema }, async ({ db, tenant, body }) => ({
  project: await createProject(db, tenant.id, body),
}));
