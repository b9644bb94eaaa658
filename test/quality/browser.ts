import { commands } from 'vitest/browser';
import { QUALITY_DIR, serialize, type QualityRow } from './row.js';

/** Records a row of docs/quality.md from a browser test (written by the Vitest server). */
export async function recordQuality(row: QualityRow): Promise<void> {
  await commands.writeFile(`${QUALITY_DIR}/${row.id}.json`, serialize(row));
}
