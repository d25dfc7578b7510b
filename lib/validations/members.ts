import { emailSchema } from "./auth";
import { z } from "./zod-config";

export const roleSchema = z.enum(["admin", "marketer"], "Role must be admin or marketer");

export const addMemberSchema = z.object({ email: emailSchema, role: roleSchema });
export type AddMemberInput = z.infer<typeof addMemberSchema>;

export const updateMemberSchema = z.object({ role: roleSchema });

export const memberParamsSchema = z.object({
  tenant: z.string(),
  userId: z.uuid("Unknown member"),
});
