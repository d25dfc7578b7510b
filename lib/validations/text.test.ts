import { describe, expect, it } from "vitest";
import { zodToApiError } from "@/lib/api/errors";
import { signUpSchema } from "./auth";
import { updateKeywordSchema } from "./keywords";
import { createListSchema } from "./prospects";
import { CONTROL_CHARACTER_MESSAGE, textSchema } from "./text";

describe("textSchema", () => {
  it("refuses NUL and other control characters on one line", () => {
    for (const bad of [
      "a\u0000b",
      "tab\there",
      "line\nbreak",
      "bell\u0007",
      "del\u007f",
      "c1\u0085",
    ]) {
      expect(textSchema().safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
    expect(textSchema().safeParse("Acme SEO — Zürich 😀").success).toBe(true);
  });

  it("multi-line text keeps tabs and line breaks, still refuses NUL", () => {
    const lines = textSchema({ multiline: true });
    expect(lines.safeParse("seo tools\r\nbest\tseo\n").success).toBe(true);
    expect(lines.safeParse("seo\u0000tools").success).toBe(false);
  });

  it("every name, slug, list and tag field answers 422 naming the field", () => {
    const signUp = signUpSchema.safeParse({
      name: "Eve\u0000",
      email: "eve@example.test",
      password: "violet-harbour-58",
      tenantName: "Evil\u0000Corp",
      tenantSlug: "evil\u0000",
    });
    const error = zodToApiError(signUp.error!);
    expect(error.status).toBe(422);
    expect(error.fields).toMatchObject({
      name: CONTROL_CHARACTER_MESSAGE,
      tenantName: CONTROL_CHARACTER_MESSAGE,
      tenantSlug: CONTROL_CHARACTER_MESSAGE,
    });
    const list = createListSchema.safeParse({ name: "Q3\u0000" });
    expect(zodToApiError(list.error!).fields).toEqual({ name: CONTROL_CHARACTER_MESSAGE });
    const tags = updateKeywordSchema.safeParse({ tags: ["br\u0000and"] });
    expect(zodToApiError(tags.error!).fields?.["tags.0"]).toBe(CONTROL_CHARACTER_MESSAGE);
  });
});
