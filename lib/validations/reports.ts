// Shared by the Reports routes and forms: a report's sections and sources, its recipients, the
// workspace's report branding, and share-link expiry.
import { emailSchema } from "./auth";
import { domainSchema } from "./backlinks";
import { z } from "./zod-config";

export const REPORT_SECTIONS = ["backlinks", "prospects", "rankings"] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];
export const SECTION_LABELS: Record<ReportSection, string> = {
  backlinks: "Backlink summary, new and lost",
  prospects: "Prospects",
  rankings: "Rankings and visibility",
};

/** Where each section's data comes from: a section without its source shows nothing to a client. */
export const SECTION_SOURCE = {
  backlinks: "monitorId",
  prospects: "listId",
  rankings: "projectId",
} as const satisfies Record<ReportSection, string>;

export const MAX_RECIPIENTS = 10;

const sections = z
  .array(z.enum(REPORT_SECTIONS, `Sections are ${REPORT_SECTIONS.join(", ")}`))
  .min(1, "Choose at least one section")
  .transform((list) => REPORT_SECTIONS.filter((s) => list.includes(s)));

const SOURCE_NAMES = {
  monitorId: "monitored domain",
  listId: "prospect list",
  projectId: "keyword project",
} as const;

const source = (what: string) => z.uuid(`Choose a ${what} of this workspace`).nullable();

const reportFields = z.object({
  title: z
    .string()
    .trim()
    .min(1, "Give the report a title")
    .max(120, "Keep the title under 120 characters"),
  clientDomain: domainSchema,
  monitorId: source("monitored domain").default(null),
  projectId: source("keyword project").default(null),
  listId: source("prospect list").default(null),
  sections,
  recipients: z
    .array(emailSchema)
    .max(MAX_RECIPIENTS, `Send to at most ${MAX_RECIPIENTS} addresses`)
    .default([])
    .transform((list) => [...new Set(list)]),
  monthlyEmail: z.boolean().default(false),
});

type Fields = z.infer<typeof reportFields>;
type Issue = { code: "custom"; path: string[]; message: string };

/** A chosen section needs its source, and a monthly email needs someone to send it to. */
function checkReport(v: Fields, ctx: { addIssue: (issue: Issue) => void }) {
  for (const section of v.sections) {
    const key = SECTION_SOURCE[section];
    if (!v[key]) {
      ctx.addIssue({
        code: "custom",
        path: [key],
        message: `"${SECTION_LABELS[section]}" needs a ${SOURCE_NAMES[key]}`,
      });
    }
  }
  if (v.monthlyEmail && v.recipients.length === 0) {
    ctx.addIssue({
      code: "custom",
      path: ["recipients"],
      message: "Add at least one address for the monthly email",
    });
  }
}

export const reportSchema = reportFields.superRefine(checkReport);
export type ReportInput = z.infer<typeof reportSchema>;

export const reportParamsSchema = z.object({
  tenant: z.string(),
  reportId: z.uuid("Unknown report"),
});

export const shareLinkParamsSchema = reportParamsSchema.extend({
  linkId: z.uuid("Unknown share link"),
});

export const SHARE_DAYS = [7, 30, 90, 365] as const;

export const createShareLinkSchema = z.object({
  expiresInDays: z.coerce
    .number("Choose how long the link works")
    .refine((n) => (SHARE_DAYS as readonly number[]).includes(n), {
      message: `A link can work for ${SHARE_DAYS.join(", ")} days`,
    })
    .default(30),
});

const ISO_INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/;

/** Moving the expiry: any instant, a past one ends the link now. */
export const updateShareLinkSchema = z.object({
  expiresAt: z
    .string()
    .refine((v) => ISO_INSTANT.test(v) && !Number.isNaN(Date.parse(v)), {
      message: "Send expiresAt as an ISO date-time, like 2026-12-31T00:00:00Z",
    })
    .transform((v) => new Date(v)),
});

export const BRAND_COLOR = /^#[0-9a-fA-F]{6}$/;
export const LOGO_TYPES = ["image/png", "image/jpeg", "image/webp"] as const;
export const MAX_LOGO_BYTES = 200 * 1024;

export const brandingSchema = z.object({
  brandColor: z
    .string()
    .regex(BRAND_COLOR, "Give the colour as #RRGGBB, like #1d4ed8")
    .transform((c) => c.toLowerCase()),
  /** A new logo (base64 of the file), null to remove it, absent to keep it. */
  logo: z
    .object({
      type: z.enum(LOGO_TYPES, "The logo must be a PNG, JPEG or WebP image"),
      base64: z
        .string()
        .regex(/^[A-Za-z0-9+/]+={0,2}$/, "The logo must be sent as base64")
        .max(
          Math.ceil(MAX_LOGO_BYTES / 3) * 4,
          `The logo must be at most ${MAX_LOGO_BYTES / 1024} KB`,
        ),
    })
    .nullable()
    .optional(),
});
export type BrandingInput = z.infer<typeof brandingSchema>;
