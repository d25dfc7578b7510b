// GET /r/:token/pdf — a shared report as a PDF download (no session: the token is the access).
import { ApiError } from "@/lib/api/errors";
import { appOrigin } from "@/lib/api/same-origin";
import { getDb } from "@/lib/db";
import { renderPdf } from "@/lib/services/reports/pdf-render";
import { reportForToken } from "@/lib/services/reports/share-links";

const HEADERS = { "Cache-Control": "no-store" };

const plain = (status: number, text: string) =>
  new Response(text, {
    status,
    headers: { ...HEADERS, "Content-Type": "text/plain; charset=utf-8" },
  });

export async function GET(req: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  let title: string;
  try {
    title = (await reportForToken(await getDb(), token)).title;
  } catch (error) {
    if (error instanceof ApiError && error.code === "not_found") return plain(404, "Not found");
    throw error;
  }
  // Our own origin (APP_URL when set), never one a request's Host header names.
  const pdf = await renderPdf(`${appOrigin(req)}/r/${token}`);
  if (!pdf) {
    return plain(503, "PDF download is not available on this server: use Print, then Save as PDF.");
  }
  const name =
    title
      .replace(/[^A-Za-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60) || "report";
  return new Response(new Uint8Array(pdf), {
    headers: {
      ...HEADERS,
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${name}.pdf"`,
    },
  });
}
