import { describe, expect, it } from "vitest";
import { MAX_LOGO_BYTES } from "@/lib/validations/reports";
import { checkLogo } from "./branding";

const PNG = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
const WEBP = Buffer.concat([Buffer.from("RIFF"), Buffer.alloc(4), Buffer.from("WEBPVP8 ")]);
const b64 = (b: Buffer) => b.toString("base64");

describe("checkLogo", () => {
  it("accepts bytes that are the image type they claim", () => {
    expect(checkLogo({ type: "image/png", base64: b64(PNG) })).toEqual(PNG);
    expect(checkLogo({ type: "image/jpeg", base64: b64(JPEG) })).toEqual(JPEG);
    expect(checkLogo({ type: "image/webp", base64: b64(WEBP) })).toEqual(WEBP);
  });

  it("refuses bytes of another type than declared (an HTML or SVG file named .png)", () => {
    expect(() => checkLogo({ type: "image/png", base64: b64(JPEG) })).toThrow(/not the PNG/);
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>');
    expect(() => checkLogo({ type: "image/png", base64: b64(svg) })).toThrow(/not the PNG/);
    expect(() => checkLogo({ type: "image/svg+xml", base64: b64(svg) })).toThrow();
  });

  it("refuses an empty or too large logo", () => {
    expect(() => checkLogo({ type: "image/png", base64: "" })).toThrow(/at most/);
    const big = Buffer.concat([PNG, Buffer.alloc(MAX_LOGO_BYTES)]);
    expect(() => checkLogo({ type: "image/png", base64: b64(big) })).toThrow(/at most 200 KB/);
  });
});
