import "server-only";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";
import { ApiError } from "@/lib/api/errors";

// zxcvbn-ts with its common-language lists (the most used passwords, names, keyboard walks):
// server-side only, so the sign-up page does not ship the ~1 MB dictionary.
let checker: ZxcvbnFactory | undefined;
const zxcvbn = () => {
  checker ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  return checker;
};

/** Score 3 of 4 ("safely unguessable") or better; below that it is a common or guessable one. */
const MIN_SCORE = 3;

/**
 * Why a password is too easy to guess, or undefined when it is fine. The length and character
 * rules are in the zod schema; this adds the common-password list. `related` are the user's own
 * words (email, name, workspace) that a password should not be built from.
 */
export function weakPasswordReason(password: string, related: string[] = []): string | undefined {
  const result = zxcvbn().check(password, related);
  if (result.score >= MIN_SCORE) return undefined;
  const onList = result.sequence.some(
    (part) => part.pattern === "dictionary" && part.dictionaryName === "passwords-common",
  );
  return onList
    ? "This password is on a list of commonly used passwords (or is a small change to one), which attackers try first: choose another"
    : "This password is too easy to guess: use a longer phrase of unrelated words";
}

/** Throws a 422 on the given field when the password is too easy to guess. */
export function assertStrongPassword(password: string, related: string[], field = "password") {
  const reason = weakPasswordReason(password, related);
  if (reason) throw new ApiError("invalid_input", reason, { [field]: reason });
}
