import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";

/** A sign-in style form's full-width submit: disabled and saying what it does while pending. */
export function SubmitButton({
  pending,
  pendingLabel,
  children,
}: {
  pending: boolean;
  pendingLabel: string;
  children: ReactNode;
}) {
  return (
    <Button type="submit" className="w-full" disabled={pending}>
      {pending ? pendingLabel : children}
    </Button>
  );
}
