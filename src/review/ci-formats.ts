/**
 * Reports for CI servers, printed from the same results as the other formats:
 * - `gitlab`: a GitLab Code Quality report (GitLab Docs, "Code Quality", section "Code Quality
 *   report format": https://docs.gitlab.com/ci/testing/code_quality/): a JSON array of issues,
 *   each with `description`, `check_name`, `fingerprint`, `severity` and `location.path` /
 *   `location.lines.begin`;
 * - `junit`: JUnit XML (GitLab Docs, "Unit test reports": https://docs.gitlab.com/ci/testing/unit_test_reports/):
 *   one `<testsuite>` per reviewed document, one `<testcase>` per finding, a `<failure>` for each
 *   unacknowledged finding at the `--fail-on` level or worse.
 */
import { createHash } from 'crypto';
import * as path from 'path';
import { TOOL_NAME } from './format';
import { Finding, Level, ReviewResult } from './model';
import { printable, printableJson } from '../internal/printable';

/** Our levels on GitLab's scale (info, minor, major, critical, blocker). */
export const GITLAB_SEVERITY: Record<Level, 'info' | 'minor' | 'major' | 'critical' | 'blocker'> = {
  error: 'critical',
  warning: 'major',
  info: 'info',
};

/** A path as GitLab links it: relative to the working directory (the repository), with `/`. */
export function repoPath(file: string): string {
  const rel = path.isAbsolute(file) ? path.relative(process.cwd(), file) : path.normalize(file);
  // Outside the working directory: the absolute path (GitLab cannot link it, but it is the truth).
  const p = rel.startsWith('..') || path.isAbsolute(rel) ? path.resolve(file) : rel;
  return p.split(path.sep).join('/').replace(/^(\.\/)+/, '');
}

/** The file a finding is reported on: its own, else (a plan-wide finding) the document's file. */
function fileOf(r: ReviewResult, f: Finding): string {
  return f.file !== '' ? f.file : r.document.file;
}

/** The attribute a finding is about, when the finding names one. */
function attributeOf(f: Finding): string {
  const a = (f as Finding & { attribute?: unknown }).attribute;
  return typeof a === 'string' ? a : '';
}

/**
 * GitLab Code Quality issues. The fingerprint hashes what the finding is (rule, API code, file,
 * resource address, attribute), never its line: moving a block does not make it a new issue.
 * Acknowledged findings are left out (the report has no place for an accepted deviation; every
 * other format keeps them with their reason).
 */
export function formatGitlab(results: readonly ReviewResult[]): string {
  const seen = new Map<string, number>();
  const issues = results.flatMap((r) => r.findings.filter((f) => !f.acknowledged).map((f) => {
    const file = repoPath(fileOf(r, f));
    const key = [TOOL_NAME, f.ruleId, f.code ?? '', file, f.address ?? '', attributeOf(f)].join('\u0000');
    // Two findings alike in all of that (rare: one rule, one resource, two messages) stay two issues.
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    const fingerprint = createHash('sha256').update(n === 0 ? key : `${key}\u0000${n}`).digest('hex');
    const subject = f.address ? `${f.address}: ` : '';
    return {
      type: 'issue',
      description: `${f.ruleId}${f.code ? ` (${f.code})` : ''} ${subject}${f.message}. Fix: ${f.fix}.${f.ignoredAcknowledgement ? ` (${f.ignoredAcknowledgement})` : ''}`,
      check_name: f.code ? `${f.ruleId}/${f.code}` : f.ruleId,
      fingerprint,
      severity: GITLAB_SEVERITY[f.level],
      location: { path: file, lines: { begin: f.line ?? 1 } },
    };
  }));
  // Strings of the input: no raw C1 control, bidi override or CI command reaches a log.
  return printableJson(JSON.stringify(issues, null, 2)) + '\n';
}

const LEVEL_ORDER: Record<Level, number> = { error: 0, warning: 1, info: 2 };

/** Characters XML 1.0 does not allow even as references, beyond what `printable` escapes. */
const NOT_XML = /[\ufffe\uffff]/g;

/**
 * Text for XML content or an attribute value: untrusted characters made visible escapes first
 * (controls, lone surrogates, bidi overrides, CI commands: see internal/printable.ts), then the
 * five XML specials as entities. The result is well-formed inside `"`-quoted attributes too.
 */
export function xmlText(s: string): string {
  return printable(s).replace(NOT_XML, (c) => `\\u${c.charCodeAt(0).toString(16)}`)
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** JUnit XML: what a CI server shows as tests (GitLab: the pipeline's Tests tab and the merge request). */
export function formatJunit(results: readonly ReviewResult[], options: { failOn?: Level } = {}): string {
  const worst = LEVEL_ORDER[options.failOn ?? 'error'];
  const fails = (f: Finding) => !f.acknowledged && LEVEL_ORDER[f.level] <= worst;
  const a = (name: string, value: string | number) => ` ${name}="${xmlText(String(value))}"`;
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const r of results) {
    const doc = r.document;
    const cases: string[] = [];
    let suiteFailures = 0;
    let skipped = 0;
    for (const f of r.findings) {
      const file = repoPath(fileOf(r, f));
      const text = `${f.message}. Fix: ${f.fix}.`;
      const attrs = a('name', `${f.ruleId}${f.code ? ` ${f.code}` : ''} ${f.address ?? doc.name}`) + a('classname', `${TOOL_NAME}.${doc.name}`)
        + a('file', file) + (f.line !== undefined ? a('line', f.line) : '');
      let body: string;
      if (f.acknowledged) {
        skipped++;
        body = `      <skipped${a('message', `acknowledged: ${f.acknowledged.reason}`)}/>\n`;
      } else if (fails(f)) {
        suiteFailures++;
        body = `      <failure${a('message', f.message)}${a('type', f.level)}>${xmlText(`${f.level} ${f.ruleId} at ${file}${f.line !== undefined ? `:${f.line}` : ''}: ${text}${f.ignoredAcknowledgement ? ` (${f.ignoredAcknowledgement})` : ''}`)}</failure>\n`;
      } else {
        body = `      <system-out>${xmlText(`${f.level} (below --fail-on): ${text}`)}</system-out>\n`;
      }
      cases.push(`    <testcase${attrs}>\n${body}    </testcase>\n`);
    }
    // A document without findings is one passing test: the suite says it was reviewed.
    if (cases.length === 0) cases.push(`    <testcase${a('name', 'no findings')}${a('classname', `${TOOL_NAME}.${doc.name}`)}${a('file', repoPath(doc.file))}/>\n`);
    tests += cases.length;
    failures += suiteFailures;
    suites.push(`  <testsuite${a('name', doc.name)}${a('tests', cases.length)}${a('failures', suiteFailures)}${a('errors', 0)}${a('skipped', skipped)}${a('file', repoPath(doc.file))}>\n${cases.join('')}  </testsuite>\n`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites${a('name', TOOL_NAME)}${a('tests', tests)}${a('failures', failures)}${a('errors', 0)}>\n${suites.join('')}</testsuites>\n`;
}
