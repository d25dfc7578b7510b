import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

const key = Buffer.alloc(32, 7).toString("base64");
const secret = "s".repeat(40);

describe("environment", () => {
  it("names each missing secret and says how to make one", () => {
    expect(() => parseEnv({})).toThrowError(
      /AUTH_SECRET is missing[\s\S]*randomBytes[\s\S]*ENCRYPTION_KEY is missing/,
    );
  });

  it("treats empty values as missing", () => {
    expect(() => parseEnv({ AUTH_SECRET: "", ENCRYPTION_KEY: key })).toThrowError(
      /AUTH_SECRET is missing/,
    );
  });

  it("refuses an encryption key that is not 32 bytes", () => {
    const short = Buffer.alloc(16).toString("base64");
    expect(() => parseEnv({ AUTH_SECRET: secret, ENCRYPTION_KEY: short })).toThrowError(
      /ENCRYPTION_KEY must be 32 random bytes/,
    );
  });

  it("accepts a complete environment with defaults", () => {
    const env = parseEnv({ AUTH_SECRET: secret, ENCRYPTION_KEY: key });
    expect(env.DATA_DIR).toBe(".data");
    expect(env.SERANKING_BASE_URL).toBe("https://api4.seranking.com");
    expect(env.DATABASE_URL).toBeUndefined();
  });
});
