// Session claims kept per cookie digest: never past the token's expiry, bounded in size.
import { describe, expect, it } from "vitest";
import { memoKey, recall, remember } from "./claims-memo";

describe("claims memo", () => {
  it("answers a known cookie until the token expires, then forgets it", () => {
    const key = memoKey(["secret", false, "authjs.session-token=abc"]);
    remember(key, { claims: { sub: "u1", sid: "s1" }, until: 10_000 });
    expect(recall(key, 9_999)?.claims).toEqual({ sub: "u1", sid: "s1" });
    expect(recall(key, 10_000)).toBeUndefined();
    expect(recall(key, 5_000)).toBeUndefined(); // gone for good once expired
  });

  it("keys by secret and cookie name too, and keeps no cookie text", () => {
    const cookie = "authjs.session-token=abc";
    const key = memoKey(["secret", false, cookie]);
    expect(memoKey(["other", false, cookie])).not.toBe(key);
    expect(memoKey(["secret", true, cookie])).not.toBe(key);
    expect(key).not.toContain("abc");
  });

  it("stays bounded: the oldest entries go first", () => {
    const first = memoKey(["bound", 0]);
    remember(first, { claims: { sub: "first" }, until: Number.MAX_SAFE_INTEGER });
    for (let i = 1; i <= 2000; i++) {
      remember(memoKey(["bound", i]), { claims: { sub: `u${i}` }, until: Number.MAX_SAFE_INTEGER });
    }
    expect(recall(first)).toBeUndefined();
    expect(recall(memoKey(["bound", 2000]))?.claims.sub).toBe("u2000");
  });
});
