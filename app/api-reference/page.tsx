import type { Metadata } from "next";
import { openApiDocument } from "@/lib/public-api/openapi";
import { OperationCard, type OperationDoc } from "./operation-card";

export const metadata: Metadata = { title: "API reference" };

/**
 * The public API's reference, rendered on the server from the same OpenAPI document scripts
 * fetch (no client script: it is a page to read). Public, like the document: it holds no data.
 */
export default function ApiReferencePage() {
  const doc = openApiDocument();
  const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(
      ([method, op]) => ({ path, method, ...(op as object) }) as OperationDoc,
    ),
  );
  const tags = doc.tags.map((t) => t.name);
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-10">
      <h1 className="text-2xl font-semibold">{doc.info.title}</h1>
      <p className="mt-2 text-sm text-slate-700">{doc.info.description}</p>
      <p className="mt-2 text-sm">
        OpenAPI 3.1 document:{" "}
        <a className="text-brand-700 underline" href="/api/v1/openapi.json">
          /api/v1/openapi.json
        </a>
      </p>
      <nav aria-label="Sections" className="mt-4 flex flex-wrap gap-3 text-sm">
        {tags.map((tag) => (
          <a key={tag} href={`#${tag.toLowerCase()}`} className="text-brand-700 underline">
            {tag}
          </a>
        ))}
      </nav>
      {tags.map((tag) => (
        <section key={tag} id={tag.toLowerCase()} className="mt-8" aria-labelledby={`h-${tag}`}>
          <h2 id={`h-${tag}`} className="text-lg font-semibold">
            {tag}
          </h2>
          <div className="mt-3 space-y-4">
            {operations
              .filter((op) => op.tags.includes(tag))
              .map((op) => (
                <OperationCard key={`${op.method} ${op.path}`} op={op} />
              ))}
          </div>
        </section>
      ))}
    </main>
  );
}
