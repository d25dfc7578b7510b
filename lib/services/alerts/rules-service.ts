import "server-only";
// Admins create, change and delete alert rules. A rule may only name this workspace's tracked
// domains and endpoints: anything else is refused as unknown, never looked up across workspaces.
import { ApiError, notFound } from "@/lib/api/errors";
import type { Db } from "@/lib/db/client";
import { deleteRule, insertRule, listEndpoints, updateRule } from "@/lib/db/queries/alerts";
import { findProject } from "@/lib/db/queries/keyword-projects";
import type { AlertRuleInput } from "@/lib/validations/alerts";
import { ruleView } from "./alerts-view";

async function checkReferences(db: Db, tenantId: string, input: AlertRuleInput) {
  if (input.projectId && !(await findProject(db, tenantId, input.projectId))) {
    throw new ApiError("invalid_input", "That tracked domain does not exist in this workspace.", {
      projectId: "Pick a tracked domain from the list, or all of them",
    });
  }
  const known = new Set((await listEndpoints(db, tenantId)).map((e) => e.id));
  if (input.endpointIds.some((id) => !known.has(id))) {
    throw new ApiError("invalid_input", "A webhook endpoint of this rule does not exist.", {
      endpointIds: "Pick webhook endpoints from the list",
    });
  }
}

const values = (input: AlertRuleInput) => ({
  name: input.name,
  kind: input.kind,
  params: input.params,
  projectId: input.projectId,
  frequency: input.frequency,
  emailTo: [...new Set(input.emailTo.map((e) => e.toLowerCase()))],
  endpointIds: [...new Set(input.endpointIds)],
  enabled: input.enabled,
});

export async function createAlertRule(db: Db, tenantId: string, input: AlertRuleInput) {
  await checkReferences(db, tenantId, input);
  return ruleView(await insertRule(db, { tenantId, ...values(input) }));
}

export async function replaceAlertRule(
  db: Db,
  tenantId: string,
  ruleId: string,
  input: AlertRuleInput,
) {
  await checkReferences(db, tenantId, input);
  const row = await updateRule(db, tenantId, ruleId, values(input));
  if (!row) throw notFound("This alert rule");
  return ruleView(row);
}

export async function removeAlertRule(db: Db, tenantId: string, ruleId: string) {
  if (!(await deleteRule(db, tenantId, ruleId))) throw notFound("This alert rule");
}
