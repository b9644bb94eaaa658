import { mkdirSync, writeFileSync } from 'node:fs';
import { QUALITY_DIR, serialize, type QualityRow } from './row.js';

/** Records a row of docs/quality.md from a node or end-to-end test. */
export function recordQuality(row: QualityRow): void {
  mkdirSync(QUALITY_DIR, { recursive: true });
  writeFileSync(`${QUALITY_DIR}/${row.id}.json`, serialize(row));
}
