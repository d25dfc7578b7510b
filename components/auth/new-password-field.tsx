import { Field } from "@/components/ui/field";

/** What passwordSchema and the common-password check require, said before anyone types. */
export const PASSWORD_RULES_HINT =
  "At least 10 characters, with letters and a number; not a common password.";

/** The password input of every form that sets one: sign-up, invitation, reset, change. */
export function NewPasswordField({
  label = "Password",
  name = "password",
  error,
}: {
  label?: string;
  name?: string;
  error?: string;
}) {
  return (
    <Field
      label={label}
      name={name}
      type="password"
      autoComplete="new-password"
      error={error}
      hint={PASSWORD_RULES_HINT}
      required
    />
  );
}
