import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { SERankingError } from "@/lib/seranking/errors";
import { ApiError } from "./errors";
import { errorResponse } from "./handle-error";

async function body(response: Response) {
  return (await response.json()) as {
    error: { code: string; message: string; fields?: Record<string, string> };
  };
}

describe("the error table", () => {
  it("zod errors become 422 with a message per field", async () => {
    const result = z.object({ domain: z.string().min(3, "Too short") }).safeParse({ domain: "a" });
    const response = errorResponse(result.error);
    expect(response.status).toBe(422);
    expect((await body(response)).error).toMatchObject({
      code: "invalid_input",
      fields: { domain: "Too short" },
    });
  });

  it.each([
    ["invalid_key", 409, /an admin must reconnect it/],
    ["out_of_credits", 402, /no API credits left.*top up/],
    ["subscription_required", 402, /no active subscription.*renew/],
    ["limit_reached", 402, /limit is reached.*raise the plan/],
    ["rate_limited", 429, /wait/],
    ["upstream_unavailable", 502, /not answering/],
    ["timeout", 504, /too long/],
    ["bad_response", 502, /could not read/],
  ] as const)("SE Ranking %s becomes %i", async (kind, status, message) => {
    const response = errorResponse(new SERankingError(kind, "upstream said something"));
    expect(response.status).toBe(status);
    expect((await body(response)).error.message).toMatch(message);
  });

  it("each account state answers its own code, not one 'out of credits' for all", async () => {
    const codes = await Promise.all(
      (["out_of_credits", "subscription_required", "limit_reached"] as const).map(async (kind) => {
        const response = errorResponse(new SERankingError(kind, "x"));
        return (await body(response)).error.code;
      }),
    );
    expect(codes).toEqual(["out_of_credits", "subscription_required", "limit_reached"]);
  });

  it("limit_reached shows SE Ranking's description of what is left", async () => {
    const error = new SERankingError("limit_reached", "x", {
      status: 403,
      upstream: {
        message: "Limit reached",
        description: "Cannot add 50 keywords — you have 32 remaining",
      },
    });
    const { message } = (await body(errorResponse(error))).error;
    expect(message).toContain("Cannot add 50 keywords — you have 32 remaining");
  });

  it("ApiErrors pass through as written", async () => {
    const response = errorResponse(new ApiError("forbidden", "Only workspace admins can do this."));
    expect(response.status).toBe(403);
    expect((await body(response)).error).toEqual({
      code: "forbidden",
      message: "Only workspace admins can do this.",
    });
  });

  it("unknown errors become a generic 500; their text stays in the server log", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const response = errorResponse(new Error("connection string postgres://secret@db"), {
      tenantId: "t-1",
    });
    expect(response.status).toBe(500);
    const { error } = await body(response);
    expect(error.code).toBe("internal_error");
    expect(JSON.stringify(error)).not.toContain("secret");
    expect(log).toHaveBeenCalledWith("[api] unhandled error", expect.stringContaining("t-1"));
    expect(log.mock.calls[0]?.[1]).toContain("postgres://");
    log.mockRestore();
  });

  it("a database error logs its code, constraint, table and ids, never the query's values", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    // As Drizzle wraps a driver error: the SQL and every parameter in the message.
    const driver = Object.assign(new Error("invalid byte sequence for encoding UTF8: 0x00"), {
      code: "22021",
      table: "users",
      constraint: "users_email_lower_idx",
    });
    const wrapped = new Error(
      "Failed query: insert into users (email, password_hash) values ($1, $2)\nparams: cfo@client.test,$argon2id$v=19$m=19456$abc",
      { cause: driver },
    );
    const response = errorResponse(wrapped, { tenantId: "t-2", userId: "u-9" });
    expect(response.status).toBe(500);
    const line = String(log.mock.calls[0]?.[1]);
    const logged = JSON.parse(line) as Record<string, unknown>;
    expect(logged).toMatchObject({
      tenantId: "t-2",
      userId: "u-9",
      kind: "database",
      code: "22021",
      table: "users",
      constraint: "users_email_lower_idx",
    });
    expect(line).not.toContain("cfo@client.test");
    expect(line).not.toContain("argon2id");
    log.mockRestore();
  });
});
