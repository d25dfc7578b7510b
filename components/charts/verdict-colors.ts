/** One colour per verdict, shared by charts and badges (WCAG AA on white for text use). */
export const VERDICT_COLORS = {
  pass: "#047857",
  review: "#b45309",
  reject: "#b91c1c",
  none: "#64748b",
} as const;
export type VerdictColorKey = keyof typeof VERDICT_COLORS;
