"use client";

import dynamic from "next/dynamic";
import { useRef, useState } from "react";
import { Button } from "./button";

// Radix's dialog (focus trap, dismissable layer: ~18 KB gzip) is only needed once somebody
// presses the button, so it is not part of the page's first load. Pointing at or focusing the
// button starts the download, so the dialog is usually there by the time of the click.
const loadDialog = () => import("./confirm-dialog");
const ConfirmDialog = dynamic(loadDialog, { ssr: false });

interface ConfirmButtonProps {
  label: string;
  /** The trigger's accessible name when its visible label alone is ambiguous (a row's "Delete"). */
  ariaLabel?: string;
  title: string;
  description: string;
  confirmLabel: string;
  onConfirm: () => void;
  size?: "sm" | "md";
}

/** A destructive action behind an accessible confirmation dialog (focus trapped, Esc cancels). */
export function ConfirmButton({
  label,
  ariaLabel,
  title,
  description,
  confirmLabel,
  onConfirm,
  size = "sm",
}: ConfirmButtonProps) {
  const [open, setOpen] = useState(false);
  // Mounted from the first press on, so closing lets Radix return focus and clean up.
  const [mounted, setMounted] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const preload = () => void loadDialog();
  return (
    <>
      <Button
        ref={trigger}
        variant="secondary"
        size={size}
        aria-label={ariaLabel}
        aria-haspopup="dialog"
        aria-expanded={open}
        onPointerEnter={preload}
        onFocus={preload}
        onClick={() => {
          setMounted(true);
          setOpen(true);
        }}
      >
        {label}
      </Button>
      {mounted ? (
        <ConfirmDialog
          open={open}
          onOpenChange={setOpen}
          title={title}
          description={description}
          confirmLabel={confirmLabel}
          onConfirm={onConfirm}
          returnFocusTo={trigger}
        />
      ) : null}
    </>
  );
}
