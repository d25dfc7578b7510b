// Low-level HTTP helpers. Every error leaves in SE Ranking's envelope
// {"error":{"code","message","description"}}, the one shape clients must parse.

import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";

const STATUS_TEXT: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  402: "Payment Required",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  413: "Payload Too Large",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
};

export interface ErrorEnvelope {
  error: { code: number; message: string; description: string };
}

export function errorEnvelope(
  status: number,
  description: string,
  message?: string,
): ErrorEnvelope {
  return {
    error: { code: status, message: message ?? STATUS_TEXT[status] ?? "Error", description },
  };
}

/** Thrown by route handlers; the request handler turns it into an envelope. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly description: string,
    readonly headers: OutgoingHttpHeaders = {},
    readonly title?: string,
  ) {
    super(description);
  }
}

const JSON_TYPE = "application/json; charset=utf-8";

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: OutgoingHttpHeaders = {},
): void {
  sendRaw(res, status, JSON.stringify(body), headers);
}

export function sendRaw(
  res: ServerResponse,
  status: number,
  text: string,
  headers: OutgoingHttpHeaders = {},
): void {
  if (res.destroyed || res.headersSent) return;
  const payload = Buffer.from(text, "utf8");
  res.writeHead(status, {
    "Content-Type": JSON_TYPE,
    "Content-Length": payload.length,
    ...headers,
  });
  res.end(payload);
}

export function sendError(res: ServerResponse, error: ApiError): void {
  sendJson(
    res,
    error.status,
    errorEnvelope(error.status, error.description, error.title),
    error.headers,
  );
}

/** Declares a Content-Length it never honours, then drops the connection mid-body. */
export function sendTruncated(res: ServerResponse, text: string): void {
  if (res.destroyed || res.headersSent) return;
  const payload = Buffer.from(text, "utf8");
  const sent = payload.subarray(0, Math.floor(payload.length / 3));
  res.writeHead(200, { "Content-Type": JSON_TYPE, "Content-Length": payload.length });
  res.write(sent, () => res.destroy());
}

export const MAX_BODY_BYTES = 1_048_576;

/** Resolves with the body text, or null when it exceeds MAX_BODY_BYTES. */
export function readBody(req: IncomingMessage): Promise<string | null> {
  // Most traffic is body-less GETs: skip the stream machinery for them.
  if (
    req.headers["content-length"] === undefined &&
    req.headers["transfer-encoding"] === undefined
  ) {
    return Promise.resolve("");
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on("end", () => resolve(tooLarge ? null : Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}
