import { emailSchema, passwordSchema } from "./auth";
import { roleSchema } from "./members";
import { textSchema } from "./text";
import { z } from "./zod-config";

export const inviteSchema = z.object({ email: emailSchema, role: roleSchema });
export type InviteInput = z.infer<typeof inviteSchema>;

export const invitationParamsSchema = z.object({
  tenant: z.string(),
  invitationId: z.uuid("Unknown invitation"),
});

/** A token from an emailed link: URL-safe base64 of 32 bytes. */
export const linkTokenSchema = textSchema()
  .min(20, "This link is incomplete: open it from the email again")
  .max(100, "This link is not valid");

export const acceptInvitationSchema = z.object({ token: linkTokenSchema });

/** Creating an account from an invitation: the email is the invited one, so it is not asked. */
export const inviteeSignUpSchema = z.object({
  token: linkTokenSchema,
  name: textSchema().trim().min(1, "Enter your name").max(100),
  password: passwordSchema,
});
export type InviteeSignUpInput = z.infer<typeof inviteeSignUpSchema>;

export const forgotPasswordSchema = z.object({ email: emailSchema });

export const resetPasswordSchema = z.object({ token: linkTokenSchema, password: passwordSchema });

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, "Enter your current password").max(200),
  newPassword: passwordSchema,
});
