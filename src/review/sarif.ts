/**
 * SARIF 2.1.0 output, for code-scanning gates (GitHub, GitLab, Azure DevOps).
 * Spec: OASIS SARIF v2.1.0 (docs.oasis-open.org/sarif/sarif/v2.1.0). Acknowledged findings are
 * kept as results with an `inSource` suppression carrying the reason.
 */
import * as path from 'path';
import { RULES } from './catalogue';
import { originText, TOOL_NAME } from './format';
import { Finding, Level, ReviewResult, ValueOrigin } from './model';
import { printableJson } from '../internal/printable';
import { clausesOf } from '../rules/index';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The project's documentation of the review; each rule's help is its row in the Rules table. */
export const INFORMATION_URI = 'https://github.com/cdktf-tencentcloud-cloudaudit/cdktf-tencentcloud-cloudaudit/blob/main/docs/review.md';
export const RULES_URI = `${INFORMATION_URI}#rules`;

/** A rule's own row of the Rules table (docs/review.md gives each an anchor: `cov-001`). */
export function ruleUri(id: string): string {
  return `${INFORMATION_URI}#${id.toLowerCase()}`;
}
/** Where the clauses a rule supports are cited. */
export const COMPLIANCE_URI = 'https://github.com/cdktf-tencentcloud-cloudaudit/cdktf-tencentcloud-cloudaudit/blob/main/docs/compliance.md';

/** A rule's help: its fix, why, and the clauses it supports. */
function help(r: { id: string; title: string; fix: string; rationale: string }): { text: string; markdown: string } {
  const clauses = clausesOf(r.id).map((c) => `${c.framework} ${c.number} ${c.title}`);
  const supports = clauses.length ? ` Supports: ${clauses.join('; ')}.` : '';
  return {
    text: `Fix: ${r.fix}. Why: ${r.rationale}.${supports}`,
    markdown: `**${r.id}**: ${r.title}.\n\n**Fix:** ${r.fix}.\n\n**Why:** ${r.rationale}.${clauses.length ? `\n\n**Supports** ([compliance mapping](${COMPLIANCE_URI})): ${clauses.join('; ')}.` : ''}`,
  };
}

const SARIF_LEVEL: Record<Level, string> = { error: 'error', warning: 'warning', info: 'note' };

/** A URI for a file: relative to the working directory (the repository) when inside it. */
function uri(file: string): string {
  const rel = path.isAbsolute(file) ? path.relative(process.cwd(), file) : file;
  if (rel.startsWith('..') || path.isAbsolute(rel)) return `file://${path.resolve(file).split(path.sep).map(encodeURIComponent).join('/')}`;
  return rel.split(path.sep).join('/').split('/').map(encodeURIComponent).join('/');
}

/** A physical location: the file, and the line when known. */
function physical(file: string, line?: number): { artifactLocation: { uri: string }; region?: { startLine: number } } {
  return { artifactLocation: { uri: uri(file) }, ...(line !== undefined ? { region: { startLine: line } } : {}) };
}

/**
 * Related locations of a finding: the resource's declaration when the result points at one of its
 * attributes, and each place the offending value was set (a tfvars file, a default, a module call).
 */
function related(f: Finding): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  if (f.attribute !== undefined && f.resourceLine !== undefined && f.resourceLine !== f.line) {
    out.push({ id: out.length + 1, physicalLocation: physical(f.file, f.resourceLine), message: { text: `${f.address ?? 'the resource'} is declared here` } });
  }
  for (const o of f.origin ?? []) {
    if (o.file === undefined) continue;
    out.push({ id: out.length + 1, physicalLocation: physical(o.file, o.line), message: { text: originMessage(o) } });
  }
  return out;
}

function originMessage(o: ValueOrigin): string {
  if (o.kind === 'default') return `the default of ${o.variable}`;
  if (o.kind === 'local') return `${o.variable}, which the value passes through`;
  if (o.kind === 'module') return `${o.variable}, set by the module call`;
  return `${o.variable} is set here`;
}

export function formatSarif(results: readonly ReviewResult[], options: { version?: string } = {}): string {
  const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
  const notices = results.flatMap((r) => r.document.notices ?? []);
  const unknowns = results.flatMap((r) => r.document.unknowns ?? []);
  // What the documents alert on: SARIF has no place for an inventory but run properties.
  const alarms = results.flatMap((r) => r.alarms);
  const eventRules = results.flatMap((r) => r.eventRules);
  const properties = {
    ...(unknowns.length ? { unknowns } : {}),
    ...(alarms.length ? { alarms } : {}),
    ...(eventRules.length ? { eventRules } : {}),
  };
  const sarif = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: TOOL_NAME,
          ...(options.version ? { version: options.version } : {}),
          ...(options.version && /^[0-9]+\.[0-9]+\.[0-9]+(?:[-+].*)?$/.test(options.version) ? { semanticVersion: options.version } : {}),
          informationUri: INFORMATION_URI,
          rules: RULES.map((r) => ({
            id: r.id,
            shortDescription: { text: r.title },
            fullDescription: { text: `${r.title}. Why: ${r.rationale}` },
            help: help(r),
            helpUri: ruleUri(r.id),
            defaultConfiguration: { level: SARIF_LEVEL[r.level] },
            properties: { tags: ['cloudaudit', ...clausesOf(r.id).map((c) => c.id)] },
          })),
        },
      },
      ...(notices.length ? {
        invocations: [{
          executionSuccessful: true,
          toolExecutionNotifications: notices.map((n) => ({ level: 'warning', message: { text: n } })),
        }],
      } : {}),
      ...(Object.keys(properties).length ? { properties } : {}),
      results: results.flatMap((r) => r.findings.map((f) => ({ f, elsewhere: related(f) })).map(({ f, elsewhere }) => ({
        ruleId: f.ruleId,
        ruleIndex: ruleIndex.get(f.ruleId),
        level: SARIF_LEVEL[f.level],
        message: { text: `${f.message}${f.origin ? `; ${originText(f.origin)}` : ''}. Fix: ${f.fix}.${f.ignoredAcknowledgement ? ` (${f.ignoredAcknowledgement})` : ''}` },
        // The attribute's line when it is written, else the resource's; plans have no line.
        locations: [{
          physicalLocation: physical(f.file, f.line),
          ...(f.address ? { logicalLocations: [{ fullyQualifiedName: f.address, kind: 'resource' }] } : {}),
        }],
        ...(elsewhere.length > 0 ? { relatedLocations: elsewhere } : {}),
        ...(f.code !== undefined || f.attribute !== undefined || f.origin !== undefined ? {
          properties: {
            ...(f.code !== undefined ? { code: f.code } : {}),
            ...(f.attribute !== undefined ? { attribute: f.attribute } : {}),
            ...(f.origin !== undefined ? { origin: f.origin } : {}),
          },
        } : {}),
        // An acknowledgement in the configuration is in source; one from a --baseline file is external.
        ...(f.acknowledged ? { suppressions: [{ kind: f.acknowledgedBy === 'baseline' ? 'external' : 'inSource', justification: f.acknowledged.reason }] } : {}),
      }))),
    }],
  };
  // Strings of the input: no raw C1 control, bidi override or CI command reaches a log.
  return printableJson(JSON.stringify(sarif, null, 2)) + '\n';
}
