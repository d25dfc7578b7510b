import "server-only";
// The workspace's logo and colour on client reports. The logo's bytes are checked against its
// declared type (magic numbers), so nothing but a real PNG/JPEG/WebP is ever served as an image.
import { eq } from "drizzle-orm";
import { ApiError } from "@/lib/api/errors";
import type { Db } from "@/lib/db/client";
import { reportBranding } from "@/lib/db/schema";
import { type BrandingInput, MAX_LOGO_BYTES } from "@/lib/validations/reports";

export const DEFAULT_BRAND_COLOR = "#1d4ed8";

export interface BrandingView {
  brandColor: string;
  /** A data: URL (the page CSP allows data: images), or null without a logo. */
  logoDataUrl: string | null;
}

const MAGIC: Record<string, (b: Buffer) => boolean> = {
  "image/png": (b) => b.subarray(0, 8).equals(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10])),
  "image/jpeg": (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  "image/webp": (b) =>
    b.subarray(0, 4).toString("latin1") === "RIFF" &&
    b.subarray(8, 12).toString("latin1") === "WEBP",
};

/** The logo's bytes, refused when they are too large or not the image type they claim. */
export function checkLogo(logo: { type: string; base64: string }): Buffer {
  const bytes = Buffer.from(logo.base64, "base64");
  if (bytes.length === 0 || bytes.length > MAX_LOGO_BYTES) {
    throw new ApiError("invalid_input", `The logo must be at most ${MAX_LOGO_BYTES / 1024} KB`);
  }
  if (!MAGIC[logo.type]?.(bytes)) {
    throw new ApiError(
      "invalid_input",
      "The logo's file is not the PNG, JPEG or WebP it claims to be",
    );
  }
  return bytes;
}

export async function readBranding(db: Db, tenantId: string): Promise<BrandingView> {
  const [row] = await db.select().from(reportBranding).where(eq(reportBranding.tenantId, tenantId));
  return {
    brandColor: row?.brandColor ?? DEFAULT_BRAND_COLOR,
    logoDataUrl:
      row?.logoType && row.logoBase64 ? `data:${row.logoType};base64,${row.logoBase64}` : null,
  };
}

export async function saveBranding(db: Db, tenantId: string, input: BrandingInput) {
  const logo =
    input.logo === undefined
      ? {}
      : input.logo === null
        ? { logoType: null, logoBase64: null }
        : { logoType: input.logo.type, logoBase64: checkLogo(input.logo).toString("base64") };
  const fields = { brandColor: input.brandColor, ...logo, updatedAt: new Date() };
  await db
    .insert(reportBranding)
    .values({ tenantId, ...fields })
    .onConflictDoUpdate({ target: reportBranding.tenantId, set: fields });
  return readBranding(db, tenantId);
}
