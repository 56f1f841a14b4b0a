/**
 * The review on Terraform people really write: every folder of test/fixtures/review/corpus (hand-
 * written HCL in the style of public Tencent Cloud modules and landing zones) is reviewed by the
 * command, as a pipeline runs it (`--format json`, the folder's var files and baseline), and its
 * findings are compared with the folder's expect.json. Recall and precision are computed over the
 * whole corpus and printed on one line.
 */
import * as fs from 'fs';
import * as path from 'path';
import { main } from '../../src/review/cli';

const CORPUS = path.join('test', 'fixtures', 'review', 'corpus');

interface Expectation {
  readonly about: string;
  readonly must: string[];
  readonly mustNot: string[];
  readonly varFiles?: string[];
  readonly vars?: Record<string, string>;
  readonly baseline?: string;
  readonly exit?: number;
}

interface Outcome {
  readonly folder: string;
  readonly expect: Expectation;
  readonly found: string[];
  readonly code: number;
  readonly stderr: string;
}

/** `RULE[/CODE] ADDRESS[ (acknowledged)]`, as expect.json writes a finding. */
function key(f: any): string {
  return `${f.ruleId}${f.code ? `/${f.code}` : ''} ${f.address ?? '-'}${f.acknowledged ? ' (acknowledged)' : ''}`;
}

function folders(): string[] {
  return fs.readdirSync(CORPUS).filter((n) => fs.existsSync(path.join(CORPUS, n, 'expect.json'))).sort();
}

function reviewFolder(folder: string): Outcome {
  const dir = path.join(CORPUS, folder);
  const expect: Expectation = JSON.parse(fs.readFileSync(path.join(dir, 'expect.json'), 'utf8'));
  const args = [dir, '--format', 'json'];
  for (const f of expect.varFiles ?? []) args.push('--var-file', path.join(dir, f));
  for (const [k, v] of Object.entries(expect.vars ?? {})) args.push('--var', `${k}=${v}`);
  if (expect.baseline) args.push('--baseline', path.join(dir, expect.baseline));
  let stdout = '';
  let stderr = '';
  const code = main(args, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; } });
  process.exitCode = 0;
  let found: string[] = [];
  try {
    found = JSON.parse(stdout).documents.flatMap((d: any) => d.findings.map(key));
  } catch {
    // Bad input (exit 2): no report, every expected finding is missed.
  }
  return { folder, expect, found, code, stderr };
}

/** Matches found findings to expected ones, as multisets. */
function score(o: Outcome): { hits: number; missed: string[]; extra: string[] } {
  const left = [...o.found];
  const missed: string[] = [];
  let hits = 0;
  for (const m of o.expect.must) {
    const at = left.indexOf(m);
    if (at >= 0) {
      left.splice(at, 1);
      hits++;
    } else {
      missed.push(m);
    }
  }
  return { hits, missed, extra: left };
}

describe('the review corpus (test/fixtures/review/corpus)', () => {
  const outcomes = folders().map(reviewFolder);
  const scores = outcomes.map((o) => ({ o, s: score(o) }));
  const tp = scores.reduce((n, x) => n + x.s.hits, 0);
  const fn = scores.reduce((n, x) => n + x.s.missed.length, 0);
  const fp = scores.reduce((n, x) => n + x.s.extra.length, 0);
  const recall = tp / (tp + fn);
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

  test('holds at least 30 folders, each with an expectation', () => {
    expect(outcomes.length).toBeGreaterThanOrEqual(30);
    for (const o of outcomes) {
      expect(typeof o.expect.about).toBe('string');
      expect(Array.isArray(o.expect.must) && Array.isArray(o.expect.mustNot)).toBe(true);
    }
  });

  test('recall >= 95% and precision 100% over the corpus', () => {
    // One line, so a CI log shows the figures.
    console.log(`review corpus: ${outcomes.length} folders, recall ${pct(recall)} (${tp}/${tp + fn}), precision ${pct(precision)} (${tp}/${tp + fp})`);
    const misses = scores.flatMap(({ o, s }) => [...s.missed.map((m) => `${o.folder}: missed ${m}`), ...s.extra.map((e) => `${o.folder}: not expected ${e}`)]);
    const ok = recall >= 0.95 && precision === 1;
    expect({ recall: recall >= 0.95, precision, misses: ok ? [] : misses }).toEqual({ recall: true, precision: 1, misses: [] });
  });

  test('no folder produces a finding its expectation rules out, and each exits as expected', () => {
    const wrong = outcomes.flatMap((o) => [
      ...o.expect.mustNot.filter((m) => o.found.includes(m)).map((m) => `${o.folder}: ${m}`),
      ...(o.expect.exit !== undefined && o.code !== o.expect.exit ? [`${o.folder}: exit ${o.code}, expected ${o.expect.exit} ${o.stderr.trim()}`] : []),
    ]);
    expect(wrong).toEqual([]);
  });
});
