"use client";

import { Search } from "lucide-react";
import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { backlinksSearchSchema } from "@/lib/validations/backlinks";

interface Props {
  initial: string;
  /** Why the domain in the page URL is not one (a hand-edited or shared link). */
  urlError: string | null;
  onSearch: (domain: string) => void;
}

/** The domain box: the same schema as the API, so a bad domain never leaves the browser. */
export function DomainSearchForm({ initial, urlError, onSearch }: Props) {
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(urlError);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = backlinksSearchSchema.safeParse({ domain: value });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? "Not a domain");
      return;
    }
    setError(null);
    setValue(parsed.data.domain);
    onSearch(parsed.data.domain);
  };

  return (
    <form onSubmit={submit} noValidate className="flex max-w-2xl items-start gap-2">
      <div className="flex-1">
        <Field
          label="Domain"
          name="domain"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          placeholder="example.com or https://example.com/page"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          error={error ?? undefined}
          hint="A domain or any URL of the site; www. and the path are ignored."
        />
      </div>
      <Button type="submit" className="mt-6">
        <Search aria-hidden className="size-4" />
        Search
      </Button>
    </form>
  );
}
