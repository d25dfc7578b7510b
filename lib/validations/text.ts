import { z } from "./zod-config";

// Control characters (Unicode Cc: NUL above all) are never part of a name, tag or keyword: PostgreSQL refuses
// NUL in text outright (a 500 before this check), and the others hide text or break CSV exports.
const SINGLE_LINE = /^\P{Cc}*$/u;
// Pasted lists keep their tabs and line breaks; everything else is still refused.
const MULTI_LINE = /^(?:\P{Cc}|[\t\n\r])*$/u;

export const CONTROL_CHARACTER_MESSAGE = "Remove control characters (such as NUL) from this text";

/**
 * The one text schema at the boundary: every name, slug, list, tag and keyword field starts
 * here, so a stray control character is a 422 naming the field rather than a database error.
 */
export function textSchema(options: { multiline?: boolean; message?: string } = {}) {
  return z
    .string(options.message)
    .regex(options.multiline ? MULTI_LINE : SINGLE_LINE, CONTROL_CHARACTER_MESSAGE);
}
