import { textSchema } from "./text";
import { z } from "./zod-config";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email("Enter a valid email address, like name@company.com").max(254));

export const passwordSchema = z
  .string()
  .min(10, "Use at least 10 characters")
  .max(200, "Use at most 200 characters")
  .refine((v) => /[a-zA-Z]/.test(v) && /\d/.test(v), "Mix letters and at least one number")
  .refine((v) => new Set(v).size >= 5, "Too repetitive: use at least 5 different characters");

export const slugSchema = textSchema()
  .trim()
  .toLowerCase()
  .min(3, "Use at least 3 characters")
  .max(40, "Use at most 40 characters")
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    "Use lowercase letters, digits and single hyphens (not at the start or end)",
  )
  .refine((v) => !RESERVED_SLUGS.has(v), "This address is reserved: pick another");

// Top-level paths of the app; a tenant named after one would shadow it.
export const RESERVED_SLUGS = new Set([
  "api",
  "sign-in",
  "sign-up",
  "sign-out",
  "settings",
  "admin",
  "new",
  "_next",
  "static",
  "public",
  "demo",
  "account",
  "outbox",
  "invite",
  "verify-email",
  "forgot-password",
  "reset-password",
  "new-workspace",
]);

export const tenantInputSchema = z.object({
  tenantName: textSchema().trim().min(2, "Use at least 2 characters").max(80),
  tenantSlug: slugSchema,
});

export const signUpSchema = tenantInputSchema.extend({
  name: textSchema().trim().min(1, "Enter your name").max(100),
  email: emailSchema,
  password: passwordSchema,
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password").max(200),
});

/** Suggests a slug from a tenant name: "Acme SEO Ltd." → "acme-seo-ltd". */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
}
