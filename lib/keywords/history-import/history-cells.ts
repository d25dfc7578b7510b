// One zod schema per imported cell: each turns the text of a cell into what is stored, or says
// what to fix. Cells are trimmed first (SerpBear writes ", " between values).
import { cleanKeyword, keywordProblem } from "@/lib/validations/keywords";
import { z } from "@/lib/validations/zod-config";

/** "-", "" and the words a tracker writes for "not in the top 100" all mean no position. */
const NO_POSITION = new Set(["", "-", "–", "not in top 100", "n/a", "none"]);
/** YYYY-MM-DD, optionally with a time and a zone (ISO 8601). */
const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export const keywordCell = z
  .string()
  // Our export (lib/csv/to-csv.ts) puts an apostrophe before formula-looking text: take it off.
  .transform((raw) =>
    cleanKeyword(raw.trim().replace(/^'(?=[\s"]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/u, "")),
  )
  .superRefine((keyword, ctx) => {
    if (!keyword) ctx.addIssue({ code: "custom", message: "The keyword is empty" });
    else {
      const problem = keywordProblem(keyword);
      if (problem) ctx.addIssue({ code: "custom", message: `Keyword: ${problem}` });
    }
  });

/** A date in ISO 8601; a date alone is midnight UTC; no zone means UTC. Never after `now`. */
export const dateCell = (now: Date) =>
  z.string().transform((raw, ctx) => {
    const text = raw.trim();
    const m = ISO_DATE.exec(text);
    const at = m
      ? new Date(
          m[4] === undefined
            ? `${m[1]}-${m[2]}-${m[3]}T00:00:00Z`
            : `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? "00"}${(m[7] ?? "").slice(0, 4)}${zone(m[8])}`,
        )
      : null;
    // Round-tripping the day catches 2026-02-30, which Date would roll into March.
    if (!at || Number.isNaN(at.getTime()) || !sameDay(m!, at)) {
      ctx.addIssue({
        code: "custom",
        message: `Date "${text}" is not a date: use YYYY-MM-DD or an ISO 8601 time`,
      });
      return z.NEVER;
    }
    if (at.getTime() > now.getTime()) {
      ctx.addIssue({ code: "custom", message: `Date ${text} is in the future` });
      return z.NEVER;
    }
    return at;
  });

const zone = (z: string | undefined) =>
  !z || z === "Z" ? "Z" : z.includes(":") ? z : `${z.slice(0, 3)}:${z.slice(3)}`;

/** The written calendar day still shows in the parsed instant (in UTC or in the written zone). */
function sameDay(m: RegExpExecArray, at: Date): boolean {
  if (m[8] && m[8] !== "Z") return Number(m[2]) >= 1 && Number(m[2]) <= 12 && Number(m[3]) <= 31;
  return (
    at.getUTCFullYear() === Number(m[1]) &&
    at.getUTCMonth() + 1 === Number(m[2]) &&
    at.getUTCDate() === Number(m[3])
  );
}

export const positionCell = z.string().transform((raw, ctx) => {
  const text = raw.trim();
  if (NO_POSITION.has(text.toLowerCase())) return null;
  const n = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isInteger(n) || n < 1 || n > 100) {
    ctx.addIssue({
      code: "custom",
      message: `Position "${text}" must be a whole number from 1 to 100, or blank or "-" for not in the top 100`,
    });
    return z.NEVER;
  }
  return n;
});

export const urlCell = z.string().transform((raw, ctx) => {
  const text = raw.trim();
  if (text === "" || text === "-") return null;
  let url: URL | null = null;
  try {
    url = new URL(text);
  } catch {}
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:") || text.length > 2000) {
    ctx.addIssue({
      code: "custom",
      message: `URL "${text.slice(0, 80)}" is not an http(s) address`,
    });
    return z.NEVER;
  }
  return text;
});

export const volumeCell = z.string().transform((raw, ctx) => {
  // "1,900" and "1 900" are how spreadsheets show thousands.
  const text = raw.trim().replace(/[,\s\u00a0]/g, "");
  if (text === "" || text === "-") return null;
  if (!/^\d{1,10}$/.test(text) || Number(text) > 2_147_483_647) {
    ctx.addIssue({ code: "custom", message: `Volume "${raw.trim()}" must be a whole number` });
    return z.NEVER;
  }
  return Number(text);
});

/** Our export's statuses; a file without a status column is all good checks. */
export const statusCell = z.string().transform((raw, ctx) => {
  const text = raw.trim().toLowerCase();
  if (["", "ranked", "not in top 100", "ok"].includes(text)) return "ok" as const;
  if (["check failed", "failed"].includes(text)) return "failed" as const;
  ctx.addIssue({
    code: "custom",
    message: `Status "${raw.trim()}" is not one of: ranked, not in top 100, check failed`,
  });
  return z.NEVER;
});

export const errorCell = z.string().transform((raw) => raw.trim().slice(0, 500) || null);
