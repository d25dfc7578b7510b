/**
 * What an unexpected error may put in the server log. Database errors (pg, PGlite, wrapped by
 * Drizzle) carry the failed SQL and every parameter in their message, emails and password
 * hashes included, so only their SQLSTATE code, constraint, table and column are kept. For
 * other errors the message is kept but never a value the caller passed in as a parameter.
 */
export function describeError(error: unknown): Record<string, unknown> {
  const db = findDatabaseError(error);
  if (db) {
    return {
      kind: "database",
      code: db.code,
      constraint: db.constraint,
      table: db.table,
      column: db.column,
      at: stackFrames(error),
    };
  }
  if (error instanceof Error) {
    return { kind: error.name, message: error.message, at: stackFrames(error) };
  }
  return { kind: typeof error };
}

interface DatabaseErrorFields {
  code: string;
  constraint?: string;
  table?: string;
  column?: string;
}

// A SQLSTATE is five characters of digits and capitals (23505, 22021, 42P01…).
const SQLSTATE = /^[0-9A-Z]{5}$/;

function findDatabaseError(error: unknown): DatabaseErrorFields | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const e = current as Record<string, unknown>;
    if (typeof e.code === "string" && SQLSTATE.test(e.code)) {
      const text = (key: string) => (typeof e[key] === "string" ? (e[key] as string) : undefined);
      return {
        code: e.code,
        constraint: text("constraint"),
        table: text("table"),
        column: text("column"),
      };
    }
    current = e.cause;
  }
  return undefined;
}

/** The "at …" lines of a stack, without its first line (which repeats the message). */
function stackFrames(error: unknown): string[] {
  if (!(error instanceof Error) || !error.stack) return [];
  return error.stack
    .split("\n")
    .filter((line) => line.trimStart().startsWith("at "))
    .slice(0, 8)
    .map((line) => line.trim());
}
