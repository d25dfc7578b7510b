// npm run keys:rotate — re-encrypts every stored SE Ranking key with ENCRYPTION_KEY.
// Set ENCRYPTION_KEY to the new key and ENCRYPTION_KEY_PREVIOUS to the old one, run this,
// then the previous key can be dropped once it reports no failures.
import { keyringFrom } from "@/lib/crypto/keyring";
import { openDb } from "@/lib/db/client";
import { runMigrations } from "@/lib/db/migrate";
import { rotateEncryption } from "@/lib/services/seranking/rotate-keys";

const current = process.env.ENCRYPTION_KEY;
if (!current) {
  console.error(
    "ENCRYPTION_KEY (the new key) is required; ENCRYPTION_KEY_PREVIOUS is the key being replaced.",
  );
  process.exit(1);
}
const keyring = keyringFrom(current, process.env.ENCRYPTION_KEY_PREVIOUS || undefined);
const handle = await openDb({
  url: process.env.DATABASE_URL || undefined,
  dataDir: `${process.env.DATA_DIR || ".data"}/pglite`,
});
try {
  await runMigrations(handle);
  const report = await rotateEncryption(handle.db, keyring);
  console.log(
    `Keys: ${report.total} stored, ${report.reencrypted} re-encrypted, ${report.alreadyCurrent} already current, ${report.failed.length} failed.`,
  );
  for (const f of report.failed) console.log(`  failed: tenant ${f.tenantId}: ${f.reason}`);
  process.exitCode = report.failed.length ? 2 : 0;
} finally {
  await handle.close();
}
