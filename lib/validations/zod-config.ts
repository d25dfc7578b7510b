import { config } from "zod";

// One wording for missing fields everywhere, instead of zod's "expected string, received undefined".
config({
  customError: (issue) => {
    if (issue.code === "invalid_type" && issue.input === undefined) return "This field is required";
    if (issue.code === "invalid_type") return `Expected ${issue.expected}`;
    return undefined;
  },
});

// In the browser, skip zod's `new Function` probe: the page CSP has no 'unsafe-eval', and Chrome
// reports the (caught) attempt as a CSP violation. The server keeps the faster JIT parsers.
if (typeof window !== "undefined") config({ jitless: true });

// Not zod's own `z` namespace: see zod-members.ts for why.
export * as z from "./zod-members";
