import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SERankingError, type SERankingErrorKind } from "@/lib/seranking/errors";
import { ApiError, ERROR_STATUS, type ErrorCode } from "./errors";
import { upstreamToApiError } from "./upstream-errors";

const ROOT = path.resolve(import.meta.dirname, "../..");
const codes = Object.keys(ERROR_STATUS) as ErrorCode[];

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

describe("the error code → status table", () => {
  it("gives every code one HTTP error status, and every ApiError carries its code's", () => {
    for (const code of codes) {
      const status = ERROR_STATUS[code];
      expect(Number.isInteger(status) && status >= 400 && status <= 599, code).toBe(true);
      expect(new ApiError(code, "x").status, code).toBe(status);
    }
  });

  it("answers by HTTP meaning: unreadable 400, invalid 422, conflicts with stored state 409", () => {
    expect(ERROR_STATUS.malformed_body).toBe(400);
    expect(ERROR_STATUS.invalid_input).toBe(422);
    // The key offered in a request is input; the stored key going bad is a state to fix.
    expect(ERROR_STATUS.key_refused).toBe(422);
    expect(ERROR_STATUS.invalid_key).toBe(409);
    expect(ERROR_STATUS.conflict).toBe(409);
  });

  it("maps every SE Ranking failure to a code of the table, with that code's status", () => {
    const kinds: SERankingErrorKind[] = [
      "invalid_key",
      "out_of_credits",
      "subscription_required",
      "limit_reached",
      "rate_limited",
      "bad_request",
      "not_found",
      "upstream_unavailable",
      "timeout",
      "bad_response",
    ];
    for (const kind of kinds) {
      const error = upstreamToApiError(new SERankingError(kind, "x"))!;
      expect(error.status, kind).toBe(ERROR_STATUS[error.code]);
    }
  });

  it("is the only place a status is chosen: no throw site passes one", () => {
    const offenders = ["lib", "app"]
      .flatMap(sourceFiles)
      .filter((file) => /new ApiError\(\s*\d/.test(readFileSync(file, "utf8")))
      .map((file) => path.relative(ROOT, file));
    expect(offenders).toEqual([]);
  });
});
