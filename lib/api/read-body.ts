import { ApiError } from "./errors";

export const DEFAULT_BODY_LIMIT = 1024 * 1024; // 1 MiB: far above any form; CSV uploads raise it

/**
 * Reads a JSON body with a hard size cap, counting bytes as they stream in so a lying or
 * missing Content-Length cannot make the server buffer 10 MB.
 */
export async function readJsonBody(req: Request, limit = DEFAULT_BODY_LIMIT): Promise<unknown> {
  const text = await readBodyText(req, limit);
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError("malformed_body", "The request body is not valid JSON.");
  }
}

/** The body as text, refused with 413 once it passes `limit` bytes (declared or streamed). */
export async function readBodyText(req: Request, limit = DEFAULT_BODY_LIMIT): Promise<string> {
  return Buffer.from(await readBodyBytes(req, limit)).toString("utf8");
}

/** The raw bytes (an uploaded file), capped the same way; `tooLargeMessage` names the file. */
export async function readBodyBytes(
  req: Request,
  limit = DEFAULT_BODY_LIMIT,
  tooLargeMessage?: string,
): Promise<Uint8Array> {
  const refuse = () =>
    tooLargeMessage ? new ApiError("payload_too_large", tooLargeMessage) : tooLarge(limit);
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > limit) throw refuse();
  if (!req.body) return new Uint8Array();
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw refuse();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function tooLarge(limit: number) {
  const mb = (limit / 1024 / 1024).toFixed(limit < 1024 * 1024 ? 2 : 0);
  return new ApiError("payload_too_large", `The request is too large: the limit is ${mb} MB.`);
}
