import { z } from "./zod-config";

// Control characters (NUL above all) are never part of a name, tag or keyword: PostgreSQL refuses
// NUL in text outright (a 500 before this check), and the others hide text or break CSV exports.
const SINGLE_LINE = /^[^\u0000-\u001F\u007F]*$/;
// Pasted lists keep their tabs and line breaks; everything else is still refused.
const MULTI_LINE = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/;

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
