import { describe, expect, it } from "vitest";
import { isPublicAddress, privateUrlReason } from "./webhook-address";

describe("webhook addresses", () => {
  it.each([
    "127.0.0.1",
    "127.8.9.10",
    "10.1.2.3",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.1.1",
    "169.254.169.254", // cloud metadata
    "100.64.0.1",
    "0.0.0.0",
    "224.0.0.1",
    "255.255.255.255",
    "::1",
    "::",
    "fe80::1",
    "fd12:3456::1",
    "::ffff:127.0.0.1",
    "::ffff:10.0.0.1",
    "64:ff9b::a00:1",
  ])("refuses %s", (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(["8.8.8.8", "172.32.0.1", "93.184.216.34", "2606:4700:4700::1111", "::ffff:1.1.1.1"])(
    "allows %s",
    (address) => {
      expect(isPublicAddress(address)).toBe(true);
    },
  );

  it("refuses URLs with local names or private literal addresses before anything is stored", () => {
    for (const url of [
      "http://localhost:3000/hook",
      "https://api.localhost/hook",
      "http://printer.local/",
      "http://metadata.google.internal/computeMetadata/v1/",
      "http://127.0.0.1:8080/",
      "http://[::1]/",
      "http://10.0.0.5/hook",
      "http://169.254.169.254/latest/meta-data/",
    ]) {
      expect(privateUrlReason(url), url).toMatch(/public addresses only/);
    }
  });

  it("lets public names through to the delivery-time check", () => {
    expect(privateUrlReason("https://hooks.slack.com/services/T000/B000/XXX")).toBeNull();
    expect(privateUrlReason("https://8.8.8.8/hook")).toBeNull();
  });
});
