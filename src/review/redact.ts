/**
 * Values of variables declared `sensitive = true` are never printed, as Terraform prints
 * "(sensitive value)" in their place: every occurrence of such a value (and of its parts: the
 * strings and numbers of a map or list) in the text of a report is replaced, in every format,
 * whatever expression carried it there (a bucket name built from it, a finding quoting it).
 * Values shorter than MIN_SECRET characters are left alone: they would blank out the report.
 */
import { ReviewResult } from './model';

export const SENSITIVE = '(sensitive value)';
export const MIN_SECRET = 3;

/** The strings and numbers of a value, for redaction. */
export function secretsOf(v: unknown, out: Set<string>): void {
  if (typeof v === 'string' || typeof v === 'number') {
    const s = String(v);
    if (s.length >= MIN_SECRET) out.add(s);
  } else if (Array.isArray(v)) {
    for (const x of v) secretsOf(x, out);
  } else if (typeof v === 'object' && v !== null && (Object.getPrototypeOf(v) === null || Object.getPrototypeOf(v) === Object.prototype)) {
    for (const x of Object.values(v)) secretsOf(x, out);
  }
}

function pattern(secrets: readonly string[]): RegExp {
  // Longest first: a secret that contains another is replaced whole.
  const sorted = [...secrets].sort((a, b) => b.length - a.length);
  return new RegExp(sorted.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
}

function deep<T>(v: T, replace: (s: string) => string): T {
  if (typeof v === 'string') return replace(v) as unknown as T;
  if (Array.isArray(v)) return v.map((x) => deep(x, replace)) as unknown as T;
  if (typeof v === 'object' && v !== null) {
    const out: Record<string, unknown> = Object.create(Object.getPrototypeOf(v));
    for (const [k, x] of Object.entries(v)) out[replace(k)] = deep(x, replace);
    return out as T;
  }
  return v;
}

/** `text` with every sensitive value of the results' documents replaced. */
export function redactText(text: string, secrets: readonly string[]): string {
  return secrets.length === 0 ? text : text.replace(pattern(secrets), SENSITIVE);
}

/**
 * The results as printed: what the formats show (tracks, matrix, findings, alarms, event rules,
 * the document's name, file, notices and unknowns, and the resources' addresses) with every
 * sensitive value replaced. Results without sensitive values are returned as they are.
 */
export function redactResults(results: readonly ReviewResult[]): readonly ReviewResult[] {
  const secrets = [...new Set(results.flatMap((r) => r.document.sensitive ?? []))];
  if (secrets.length === 0) return results;
  const re = pattern(secrets);
  const replace = (s: string) => s.replace(re, SENSITIVE);
  return results.map((r) => ({
    ...deep({ tracks: r.tracks, matrix: r.matrix, findings: r.findings, alarms: r.alarms, eventRules: r.eventRules }, replace),
    document: {
      ...r.document,
      name: replace(r.document.name),
      file: replace(r.document.file),
      notices: r.document.notices && deep(r.document.notices, replace),
      unknowns: r.document.unknowns && deep(r.document.unknowns, replace),
      resources: r.document.resources.map((x) => ({ ...x, address: replace(x.address) })),
    },
  }));
}
