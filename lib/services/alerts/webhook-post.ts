import "server-only";
// One POST to a webhook receiver. node:http rather than fetch because its `lookup` hook sees the
// addresses the connection will really use: the private-network check runs on them, after DNS,
// so a name that resolves (or re-resolves) to an internal address is refused at connect time.
// Redirects are not followed: a 3xx counts as the receiver's answer.
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { isPublicAddress, PRIVATE_ADDRESS_MESSAGE } from "./webhook-address";

export class PrivateAddressError extends Error {
  override name = "PrivateAddressError";
  constructor() {
    super(PRIVATE_ADDRESS_MESSAGE);
  }
}

const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, "", 4);
    const usable = addresses.filter((a) => isPublicAddress(a.address));
    if (usable.length === 0 || usable.length !== addresses.length) {
      return callback(new PrivateAddressError(), "", 4);
    }
    if (options.all) return callback(null, usable as never);
    const [first] = usable as [LookupAddress];
    return callback(null, first.address, first.family);
  });
};

export interface WebhookPost {
  url: string;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
  allowPrivate: boolean;
}

/** Posts once and answers the receiver's status code; rejects on network errors and timeouts. */
export function postWebhookOnce({
  url,
  headers,
  body,
  timeoutMs,
  allowPrivate,
}: WebhookPost): Promise<number> {
  const target = new URL(url);
  const client = target.protocol === "https:" ? https : http;
  // A literal address never goes through `lookup`, so it is checked here.
  const literal = target.hostname.replace(/^\[|\]$/g, "");
  if (!allowPrivate && isIP(literal) !== 0 && !isPublicAddress(literal)) {
    return Promise.reject(new PrivateAddressError());
  }
  return new Promise((resolve, reject) => {
    const request = client.request(
      target,
      {
        method: "POST",
        headers: { ...headers, "Content-Length": Buffer.byteLength(body) },
        lookup: allowPrivate ? undefined : publicOnlyLookup,
      },
      (response) => {
        clearTimeout(timer);
        response.resume(); // the body is not read: only the status counts
        resolve(response.statusCode ?? 0);
      },
    );
    // One deadline for connecting and answering (the socket's own timeout only counts idleness).
    const timer = setTimeout(() => {
      const timeout = new Error("The receiver did not answer in time");
      timeout.name = "TimeoutError";
      request.destroy(timeout);
    }, timeoutMs);
    request.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    request.end(body);
  });
}
