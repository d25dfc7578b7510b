import { describe, expect, it } from "vitest";
import { ApiError } from "./errors";
import { assertSameOrigin, type BodyType } from "./same-origin";

// appOrigin reads the validated server environment (APP_URL unset: the request's own origin).
Object.assign(process.env, {
  AUTH_SECRET: process.env.AUTH_SECRET ?? "unit-test-secret-".padEnd(40, "x"),
  ENCRYPTION_KEY: process.env.ENCRYPTION_KEY ?? Buffer.alloc(32, 1).toString("base64"),
});

const APP = "http://localhost:3400";
const post = (headers: Record<string, string>, method = "POST") =>
  new Request(`${APP}/api/tenants/acme/invitations`, { method, headers });
const refusal = (req: Request, bodyType?: BodyType) => {
  try {
    assertSameOrigin(req, bodyType);
    return undefined;
  } catch (error) {
    return error instanceof ApiError ? `${error.status} ${error.code}` : String(error);
  }
};

describe("assertSameOrigin", () => {
  it("lets the app's own pages and non-browser JSON clients through", () => {
    const json = { "content-type": "application/json" };
    expect(
      refusal(post({ ...json, "sec-fetch-site": "same-origin", origin: APP })),
    ).toBeUndefined();
    expect(refusal(post({ ...json, origin: APP }))).toBeUndefined();
    expect(refusal(post({ "content-type": "application/json; charset=utf-8" }))).toBeUndefined();
    expect(refusal(post({}, "DELETE"))).toBeUndefined();
  });

  it("refuses a sibling origin's form, by Sec-Fetch-Site or by Origin", () => {
    const sibling = "http://localhost:3407";
    expect(
      refusal(
        post({ "sec-fetch-site": "same-site", origin: sibling, "content-type": "text/plain" }),
      ),
    ).toBe("403 cross_origin");
    expect(
      refusal(post({ "sec-fetch-site": "cross-site", "content-type": "application/json" })),
    ).toBe("403 cross_origin");
    expect(refusal(post({ origin: sibling, "content-type": "application/json" }))).toBe(
      "403 cross_origin",
    );
  });

  it("refuses bodies that are not JSON, whoever sends them", () => {
    for (const type of [
      "text/plain",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
    ]) {
      expect(refusal(post({ "content-type": type })), type).toBe("415 unsupported_media_type");
    }
  });

  it("an upload route takes text/csv and nothing else", () => {
    const csv = (type: string) =>
      refusal(post({ "content-type": type, "sec-fetch-site": "same-origin" }), "csv");
    expect(csv("text/csv")).toBeUndefined();
    expect(csv("text/csv; charset=utf-8")).toBeUndefined();
    for (const type of ["text/plain", "application/json", "multipart/form-data; boundary=x"]) {
      expect(csv(type), type).toBe("415 unsupported_media_type");
    }
  });

  it("never blocks reads", () => {
    expect(refusal(post({ "sec-fetch-site": "cross-site" }, "GET"))).toBeUndefined();
  });
});
