import { z } from "./zod-config";

// Every rule kind the evaluation knows, with the words the page shows.
export const ALERT_KIND_LABELS = {
  keyword_top_n: "A keyword enters or leaves the top 3 / 10 / 100",
  keyword_drop: "A keyword drops by N positions or more",
  competitor_overtake: "A competitor overtakes the tracked domain",
  backlink_lost: "A dofollow link from a strong domain is lost",
  backlink_new: "A new dofollow link from a strong domain appears",
  integration_attention: "The SE Ranking key needs attention",
  credits_low: "Credits left in the monthly budget fall below a number",
  budget_reached: "The monthly credit budget is reached",
} as const;
export type SupportedAlertKind = keyof typeof ALERT_KIND_LABELS;
const KINDS = Object.keys(ALERT_KIND_LABELS) as [SupportedAlertKind, ...SupportedAlertKind[]];

const email = z.email("Each recipient must be an email address, like ops@example.com");

const ruleFields = {
  name: z
    .string("Name the rule")
    .trim()
    .min(1, "Name the rule")
    .max(100, "The name is at most 100 characters"),
  projectId: z.uuid("Pick a tracked domain from the list, or all of them").nullable().default(null),
  frequency: z.enum(["instant", "digest"], "frequency is instant or digest").default("instant"),
  emailTo: z.array(email).max(10, "At most 10 email recipients per rule").default([]),
  endpointIds: z
    .array(z.uuid("Pick webhook endpoints from the list"))
    .max(10, "At most 10 endpoints per rule")
    .default([]),
  enabled: z.boolean("enabled is true or false").default(true),
};

const topN = z.union([z.literal(3), z.literal(10), z.literal(100)], {
  error: "The boundary is the top 3, 10 or 100",
});

export const alertRuleSchema = z
  .discriminatedUnion(
    "kind",
    [
      z.object({
        ...ruleFields,
        kind: z.literal("keyword_top_n"),
        params: z.strictObject({
          topN,
          direction: z.enum(["enter", "leave", "both"], "direction is enter, leave or both"),
        }),
      }),
      z.object({
        ...ruleFields,
        kind: z.literal("keyword_drop"),
        params: z.strictObject({
          dropBy: z
            .number("Enter how many positions a drop must be")
            .int("Positions are a whole number")
            .min(1, "A drop is at least 1 position")
            .max(100, "A drop is at most 100 positions"),
        }),
      }),
      z.object({
        ...ruleFields,
        kind: z.enum(["competitor_overtake", "integration_attention", "budget_reached"]),
        params: z.strictObject({}).default({}),
      }),
      z.object({
        ...ruleFields,
        kind: z.enum(["backlink_lost", "backlink_new"]),
        params: z.strictObject({
          minAuthority: z
            .number("Enter the least authority of the linking domain (0–100)")
            .int("Authority is a whole number")
            .min(0, "Authority is at least 0")
            .max(100, "Authority is at most 100"),
        }),
      }),
      z.object({
        ...ruleFields,
        kind: z.literal("credits_low"),
        params: z.strictObject({
          creditsBelow: z
            .number("Enter the number of credits")
            .int("Credits are a whole number")
            .min(1, "The threshold is at least 1 credit")
            .max(100_000_000, "The threshold is at most 100,000,000 credits"),
        }),
      }),
    ],
    { error: `kind is one of: ${KINDS.join(", ")}` },
  )
  .refine((r) => r.emailTo.length + r.endpointIds.length > 0, {
    message: "Send the alert somewhere: add an email recipient or a webhook endpoint",
    path: ["emailTo"],
  });
export type AlertRuleInput = z.infer<typeof alertRuleSchema>;

export const endpointSchema = z.strictObject({
  name: z
    .string("Name the endpoint")
    .trim()
    .min(1, "Name the endpoint")
    .max(100, "The name is at most 100 characters"),
  url: z
    .url({ protocol: /^https?$/, error: "The URL must start with https:// (or http://)" })
    .max(2000, "The URL is at most 2000 characters"),
  format: z.enum(["json", "slack"], "format is json or slack").default("json"),
});
export type EndpointInput = z.infer<typeof endpointSchema>;

export const ruleParamsSchema = z.object({
  tenant: z.string(),
  ruleId: z.uuid("Unknown alert rule"),
});
export const endpointParamsSchema = z.object({
  tenant: z.string(),
  endpointId: z.uuid("Unknown webhook endpoint"),
});
