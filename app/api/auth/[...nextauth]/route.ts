// GET|POST /api/auth/* — Auth.js sign-in, sign-out, session and CSRF endpoints.
import { NextRequest } from "next/server";
import { ApiError } from "@/lib/api/errors";
import { errorResponse } from "@/lib/api/handle-error";
import { readBodyText } from "@/lib/api/read-body";
import { handlers } from "@/lib/auth";

// A sign-in form is a few hundred bytes; Auth.js itself would buffer any size (50 MB seen).
const AUTH_BODY_LIMIT = 16 * 1024;

export const GET = handlers.GET;

/**
 * Auth.js's POST endpoints (credentials callback, sign-out) keep their own CSRF token check;
 * the body is read here first, under the cap, and handed on unchanged.
 */
export async function POST(req: NextRequest) {
  let body: string;
  try {
    body = await readBodyText(req, AUTH_BODY_LIMIT);
  } catch (error) {
    if (error instanceof ApiError) return errorResponse(error);
    throw error;
  }
  const capped = new NextRequest(req.url, { method: "POST", headers: req.headers, body });
  return handlers.POST(capped);
}
