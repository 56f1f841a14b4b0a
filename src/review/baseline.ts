/**
 * A baseline file: the findings a team accepted when it adopted the review, each with a reason.
 * `--baseline FILE` treats a finding the file lists (same rule or code, same resource address, and
 * file when the entry names one) as acknowledged, with the entry's reason; every other finding is
 * reported as usual, so a new one still fails the gate. `--write-baseline FILE` writes one from a
 * review. The JSON is stable (sorted), to be committed and diffed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { TOOL_NAME } from './format';
import { ReviewInputError } from './load';
import { Finding, ReviewResult } from './model';
import { acknowledgementCovers } from '../rules/index';

/** One accepted finding. */
export interface BaselineEntry {
  readonly ruleId: string;
  readonly code?: string;
  readonly address: string;
  /** The file of the resource, relative to the working directory; when given, it must match too. */
  readonly file?: string;
  /** Why it is accepted; shown as the acknowledgement's reason. */
  readonly reason: string;
  /** The finding's message when the baseline was written (for readers; never matched). */
  readonly message?: string;
}

function relative(file: string): string {
  const rel = path.isAbsolute(file) ? path.relative(process.cwd(), file) : file;
  return rel.split(path.sep).join('/');
}

/** Reads a baseline file; anything but the JSON --write-baseline writes is CA618. */
export function readBaseline(file: string): BaselineEntry[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new ReviewInputError(file, 'CA618', `cannot be read as a baseline (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let doc: any;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new ReviewInputError(file, 'CA618', `is not valid JSON (${(e as Error).message.split('\n')[0]})`);
  }
  const list = doc?.findings;
  if (!Array.isArray(list)) throw new ReviewInputError(file, 'CA618', 'has no "findings" list (write one with --write-baseline)');
  return list.map((e: any, i: number) => {
    if (typeof e !== 'object' || e === null || typeof e.ruleId !== 'string' || typeof e.address !== 'string') {
      throw new ReviewInputError(file, 'CA618', `findings[${i}] needs "ruleId" and "address" strings`);
    }
    for (const k of ['code', 'file', 'reason', 'message']) {
      if (e[k] !== undefined && typeof e[k] !== 'string') throw new ReviewInputError(file, 'CA618', `findings[${i}].${k} is not a string`);
    }
    return { ruleId: e.ruleId, address: e.address, reason: e.reason ?? `in the baseline ${relative(file)}`, ...(e.code ? { code: e.code } : {}), ...(e.file ? { file: e.file } : {}) };
  });
}

function matches(e: BaselineEntry, f: Finding): boolean {
  if (e.address !== (f.address ?? '')) return false;
  if (e.file !== undefined && e.file !== relative(f.file)) return false;
  if (e.code !== undefined && f.code !== undefined && e.code !== f.code) return false;
  return acknowledgementCovers(e.ruleId, f.ruleId, f.code);
}

/** The results with each finding a baseline entry lists acknowledged by it (source acknowledgements stay first). */
export function applyBaseline(results: readonly ReviewResult[], entries: readonly BaselineEntry[]): ReviewResult[] {
  if (entries.length === 0) return [...results];
  return results.map((r) => ({
    ...r,
    findings: r.findings.map((f) => {
      if (f.acknowledged) return f;
      const e = entries.find((x) => matches(x, f));
      return e ? { ...f, acknowledged: { id: e.ruleId, reason: e.reason }, acknowledgedBy: 'baseline' as const } : f;
    }),
  }));
}

/** A baseline of every finding not acknowledged in the configuration (baseline ones keep their reason). */
export function formatBaseline(results: readonly ReviewResult[], today = new Date().toISOString().slice(0, 10)): string {
  const findings: BaselineEntry[] = [];
  for (const r of results) {
    for (const f of r.findings) {
      if (f.acknowledged && f.acknowledgedBy !== 'baseline') continue;
      findings.push({
        ruleId: f.ruleId,
        ...(f.code ? { code: f.code } : {}),
        address: f.address ?? '',
        file: relative(f.file),
        reason: f.acknowledged?.reason ?? `accepted when the baseline was written (${today}); replace with the reason`,
        message: f.message,
      });
    }
  }
  const key = (e: BaselineEntry) => `${e.file}\u0000${e.address}\u0000${e.ruleId}\u0000${e.code ?? ''}\u0000${e.message}`;
  findings.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return JSON.stringify({ tool: TOOL_NAME, about: 'Findings accepted as they are; each one needs a reason. Written by --write-baseline, read by --baseline.', findings }, null, 2) + '\n';
}
