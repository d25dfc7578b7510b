import { z } from "./zod-config";

export const roleSchema = z.enum(["admin", "marketer"], "Role must be admin or marketer");

export const updateMemberSchema = z.object({ role: roleSchema });

export const memberParamsSchema = z.object({
  tenant: z.string(),
  userId: z.uuid("Unknown member"),
});
