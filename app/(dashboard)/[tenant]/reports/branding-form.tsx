"use client";

import { useMutation } from "@tanstack/react-query";
import { type ChangeEvent, type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { type BrandingView, saveBranding } from "@/lib/queries/reports";
import { BRAND_COLOR, LOGO_TYPES, MAX_LOGO_BYTES } from "@/lib/validations/reports";

type Logo = { type: (typeof LOGO_TYPES)[number]; base64: string } | null | undefined;

/** The logo and colour on every client report of the workspace (admins change them). */
export function BrandingForm({
  slug,
  initial,
  canEdit,
}: {
  slug: string;
  initial: BrandingView;
  canEdit: boolean;
}) {
  const [branding, setBranding] = useState(initial);
  const [color, setColor] = useState(initial.brandColor);
  const [logo, setLogo] = useState<Logo>(undefined);
  const [error, setError] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: () => saveBranding(slug, { brandColor: color, logo }),
    onSuccess: (r) => {
      setBranding(r.branding);
      setLogo(undefined);
    },
  });
  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setError(null);
    if (!file) return;
    if (!(LOGO_TYPES as readonly string[]).includes(file.type)) {
      setError("The logo must be a PNG, JPEG or WebP image");
      return;
    }
    if (file.size > MAX_LOGO_BYTES) {
      setError(`The logo must be at most ${MAX_LOGO_BYTES / 1024} KB`);
      return;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    let binary = "";
    for (const b of bytes) binary += String.fromCharCode(b);
    setLogo({ type: file.type as (typeof LOGO_TYPES)[number], base64: btoa(binary) });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!BRAND_COLOR.test(color)) {
      setError("Give the colour as #RRGGBB, like #1d4ed8");
      return;
    }
    setError(null);
    save.mutate();
  };
  return (
    <section
      aria-labelledby="branding"
      className="mt-8 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id="branding" className="font-semibold">
        Report branding
      </h2>
      <div className="mt-2 flex items-center gap-3 text-sm text-slate-600">
        {branding.logoDataUrl ? (
          // biome-ignore lint/performance/noImgElement: data: URL logo from the database
          <img
            src={branding.logoDataUrl}
            alt="Current report logo"
            className="max-h-10 max-w-32 object-contain"
          />
        ) : (
          <span>No logo yet.</span>
        )}
        <span className="inline-flex items-center gap-1">
          <span
            aria-hidden
            className="inline-block h-4 w-4 rounded"
            style={{ background: branding.brandColor }}
          />
          {branding.brandColor}
        </span>
      </div>
      {canEdit ? (
        <form onSubmit={submit} noValidate className="mt-3 flex flex-wrap items-end gap-3">
          <div className="space-y-1">
            <label htmlFor="brand-color" className="block text-sm font-medium text-slate-700">
              Colour (#RRGGBB)
            </label>
            <input
              id="brand-color"
              value={color}
              onChange={(e) => setColor(e.target.value.trim())}
              className="h-10 w-32 rounded-md border border-slate-300 px-2 text-sm"
            />
          </div>
          <div className="space-y-1">
            <label htmlFor="brand-logo" className="block text-sm font-medium text-slate-700">
              Logo (PNG, JPEG or WebP, up to {MAX_LOGO_BYTES / 1024} KB)
            </label>
            <input
              id="brand-logo"
              type="file"
              accept={LOGO_TYPES.join(",")}
              onChange={pick}
              className="text-sm"
            />
          </div>
          <Button type="submit" disabled={save.isPending}>
            {save.isPending ? "Saving…" : "Save branding"}
          </Button>
          {branding.logoDataUrl ? (
            <Button type="button" variant="secondary" onClick={() => setLogo(null)}>
              Remove logo on save
            </Button>
          ) : null}
        </form>
      ) : (
        <p className="mt-2 text-xs text-slate-500">Only workspace admins change the branding.</p>
      )}
      {error ? (
        <Alert tone="error" className="mt-2">
          {error}
        </Alert>
      ) : null}
      {save.isError ? (
        <Alert tone="error" className="mt-2">
          {save.error.message}
        </Alert>
      ) : null}
    </section>
  );
}
