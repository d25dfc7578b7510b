import "server-only";
import { CSV_BOM } from "@/lib/backlinks/backlinks-csv";
import type { Db } from "@/lib/db/client";
import { readChunks } from "@/lib/db/queries/backlink-exports";

// A stored export is read back chunk by chunk (a page of lines each), so a 100,000-row file
// never sits whole in the server's memory.
const CHUNKS_PER_READ = 5;

export function exportCsvStream(db: Db, tenantId: string, exportId: string) {
  const encoder = new TextEncoder();
  let after = -1;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(CSV_BOM));
    },
    async pull(controller) {
      const chunks = await readChunks(db, tenantId, exportId, after, CHUNKS_PER_READ);
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk.content));
      if (chunks.length < CHUNKS_PER_READ) controller.close();
      else after = chunks.at(-1)!.seq;
    },
  });
}
