import { describe, expect, it } from "vitest";
import { readBodyBytes } from "./read-body";

const MESSAGE = "The file is larger than 1 KB";

describe("readBodyBytes", () => {
  it("refuses a declared size over the cap without reading a byte", async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(512));
      },
    });
    const req = new Request("http://x/", {
      method: "POST",
      body,
      headers: { "Content-Length": String(50 * 1024 * 1024) },
      duplex: "half",
    } as RequestInit);
    await expect(readBodyBytes(req, 1024, MESSAGE)).rejects.toMatchObject({
      code: "payload_too_large",
      message: MESSAGE,
    });
    expect(pulled).toBeLessThanOrEqual(1); // a stream may pre-fetch one chunk; none is read
  });

  it("stops reading once a stream without a size passes the cap", async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(512));
      },
    });
    const req = new Request("http://x/", { method: "POST", body, duplex: "half" } as RequestInit);
    await expect(readBodyBytes(req, 1024, MESSAGE)).rejects.toMatchObject({ message: MESSAGE });
    // Three chunks pass 1 KB; an endless stream is not read on.
    expect(pulled).toBeLessThan(6);
  });

  it("returns the bytes as sent when under the cap", async () => {
    const req = new Request("http://x/", { method: "POST", body: new Uint8Array([0xe9, 0x41]) });
    expect([...(await readBodyBytes(req, 1024))]).toEqual([0xe9, 0x41]);
  });
});
