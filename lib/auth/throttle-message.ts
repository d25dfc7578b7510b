// Isomorphic: the server builds the code, the sign-in form turns it back into words.

/** The user-facing message; one text whether or not the account exists. */
export const throttledMessage = (minutes: number) =>
  `Too many attempts, try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;

export const throttledCode = (minutes: number) => `throttled-${minutes}`;

/** The message for an Auth.js sign-in `code`, or undefined when it is not a throttle code. */
export function messageForSignInCode(code: string | undefined): string | undefined {
  const minutes = /^throttled-(\d+)$/.exec(code ?? "")?.[1];
  return minutes ? throttledMessage(Number(minutes)) : undefined;
}
