/**
 * The error catalogue in docs/errors.md cannot drift: every code of ERROR_CODES has a row with a message
 * produced by really triggering it, and the committed block equals a fresh generation.
 */
import * as fs from 'fs';
import { buildCatalogue, END, CATALOGUE_FILE, REGENERATE, START, TRIGGERS, withCatalogue } from '../scripts/error-catalogue';
import { ERROR_CODES } from '../src/rules/errors';

describe('error catalogue', () => {
  const catalogue = buildCatalogue();

  test('every code has an example trigger', () => {
    if (catalogue.missing.length > 0) {
      throw new Error(`no example for ${catalogue.missing.join(', ')}: add a trigger to TRIGGERS in scripts/error-catalogue.ts, then run ${REGENERATE}`);
    }
    expect(catalogue.missing).toEqual([]);
  });

  test('every trigger produces a message carrying its code', () => {
    if (catalogue.failed.length > 0) {
      throw new Error(`these triggers did not produce their code:\n${catalogue.failed.join('\n')}\nfix the trigger in scripts/error-catalogue.ts (or the library, if the code is never raised)`);
    }
    expect(catalogue.failed).toEqual([]);
  });

  test('no trigger names a code that is not in the catalogue', () => {
    expect(Object.keys(TRIGGERS).filter((c) => !(c in ERROR_CODES))).toEqual([]);
  });

  test('docs/errors.md lists every code, as generated', () => {
    const readme = fs.readFileSync(CATALOGUE_FILE, 'utf8');
    expect(readme).toContain(START);
    expect(readme).toContain(END);
    const expected = withCatalogue(readme, catalogue.markdown);
    if (expected !== readme) {
      throw new Error(`docs/errors.md is stale: run ${REGENERATE}`);
    }
    for (const code of Object.keys(ERROR_CODES)) expect(readme).toContain(`| ${code} |`);
  });
});
