/**
 * One row of docs/quality.md: a check the suite ran and the figures it measured. `failures` names
 * the figures that must be 0 (errors, violations, leaks, requests to unnamed hosts…); the report
 * script refuses to write a page where one of them is not.
 */
export interface QualityRow {
  /** Stable file name, e.g. `fuzz-content-quiz`. */
  id: string;
  /** Section of the page: `Strict CSP`, `Bad input`, `Faults`, `Coexistence`, `Privacy`, `Accessibility`… */
  area: string;
  /** What was checked, in one line a deployer understands. */
  check: string;
  /** Measured figures, e.g. `{ documents: 4000, 'uncaught errors': 0 }`. */
  figures: Record<string, number>;
  /** Names of figures that count failures and must be 0. */
  failures: string[];
}

export const QUALITY_DIR = 'test-results/quality';

export function serialize(row: QualityRow): string {
  for (const name of row.failures) {
    if (!(name in row.figures)) throw new Error(`quality row ${row.id}: failure figure "${name}" is not among its figures`);
  }
  return `${JSON.stringify(row, null, 2)}\n`;
}
