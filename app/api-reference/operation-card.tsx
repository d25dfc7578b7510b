// One operation of the API reference: method, path, scope, parameters, body and answers.
export interface OperationDoc {
  path: string;
  method: string;
  operationId: string;
  summary: string;
  tags: string[];
  "x-scope": string;
  parameters: {
    name: string;
    in: string;
    required: boolean;
    description?: string;
    schema: object;
  }[];
  requestBody?: { content: { "application/json": { schema: object } } };
  responses: Record<
    string,
    { description: string; content?: { "application/json": { schema: object } } }
  >;
}

const METHOD_COLOURS: Record<string, string> = {
  get: "bg-sky-100 text-sky-900",
  post: "bg-emerald-100 text-emerald-900",
  delete: "bg-red-100 text-red-900",
};

function Schema({ schema }: { schema: object }) {
  return (
    <pre className="mt-1 max-h-80 overflow-auto rounded bg-slate-50 p-2 text-xs text-slate-800">
      {JSON.stringify(schema, null, 2)}
    </pre>
  );
}

export function OperationCard({ op }: { op: OperationDoc }) {
  const success = Object.entries(op.responses).find(([code]) => code.startsWith("2"));
  return (
    <article
      id={op.operationId}
      data-testid="api-operation"
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h3 className="flex flex-wrap items-center gap-2 font-mono text-sm">
        <span
          className={`rounded px-2 py-0.5 font-semibold uppercase ${METHOD_COLOURS[op.method] ?? ""}`}
        >
          {op.method}
        </span>
        <span className="break-all">{op.path}</span>
      </h3>
      <p className="mt-2 text-sm text-slate-700">
        {op.summary} <span className="text-slate-500">· scope: {op["x-scope"]}</span>
      </p>
      {op.parameters.length > 0 ? (
        <table className="mt-3 w-full text-left text-xs">
          <caption className="sr-only">Parameters</caption>
          <thead>
            <tr className="text-slate-500">
              <th className="py-1 pr-2 font-medium">Parameter</th>
              <th className="py-1 pr-2 font-medium">In</th>
              <th className="py-1 font-medium">Schema</th>
            </tr>
          </thead>
          <tbody>
            {op.parameters.map((p) => (
              <tr key={`${p.in}-${p.name}`} className="border-t border-slate-100 align-top">
                <td className="py-1 pr-2 font-mono">
                  {p.name}
                  {p.required ? <span title="required"> *</span> : null}
                </td>
                <td className="py-1 pr-2">{p.in}</td>
                <td className="break-all py-1 font-mono text-slate-600">
                  {JSON.stringify(p.schema)}
                  {p.description ? <span className="block font-sans">{p.description}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {op.requestBody ? (
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer">Request body</summary>
          <Schema schema={op.requestBody.content["application/json"].schema} />
        </details>
      ) : null}
      {success ? (
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer">
            {success[0]} {success[1].description}
          </summary>
          {success[1].content ? (
            <Schema schema={success[1].content["application/json"].schema} />
          ) : null}
        </details>
      ) : null}
    </article>
  );
}
