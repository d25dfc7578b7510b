import { decrypt, encrypt, envelopeKeyId } from "@/lib/crypto/envelope";
import type { Keyring } from "@/lib/crypto/keyring";
import type { Db } from "@/lib/db/client";
import { listAllIntegrations, setIntegrationCiphertext } from "@/lib/db/queries/integrations";

export interface RotationReport {
  total: number;
  reencrypted: number;
  alreadyCurrent: number;
  failed: { integrationId: string; tenantId: string; reason: string }[];
}

/**
 * Re-seals every stored key with the current encryption key. Rows that cannot be opened are
 * reported and left untouched, so a wrong previous key never destroys anything.
 */
export async function rotateEncryption(db: Db, keyring: Keyring): Promise<RotationReport> {
  const report: RotationReport = { total: 0, reencrypted: 0, alreadyCurrent: 0, failed: [] };
  for (const row of await listAllIntegrations(db)) {
    if (!row.apiKey) continue;
    report.total++;
    if (envelopeKeyId(row.apiKey) === keyring.current.id) {
      report.alreadyCurrent++;
      continue;
    }
    try {
      const plaintext = decrypt(row.apiKey, keyring.all);
      await setIntegrationCiphertext(db, row.id, encrypt(plaintext, keyring.current));
      report.reencrypted++;
    } catch (error) {
      report.failed.push({
        integrationId: row.id,
        tenantId: row.tenantId,
        reason: error instanceof Error ? error.message : "unknown",
      });
    }
  }
  return report;
}
