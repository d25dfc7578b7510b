import { z } from "zod";

// One wording for missing fields everywhere, instead of zod's "expected string, received undefined".
z.config({
  customError: (issue) => {
    if (issue.code === "invalid_type" && issue.input === undefined) return "This field is required";
    if (issue.code === "invalid_type") return `Expected ${issue.expected}`;
    return undefined;
  },
});

export { z };
