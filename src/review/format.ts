/**
 * Renders review results: a human table (default), JSON, Markdown. SARIF is in sarif.ts.
 */
import * as path from 'path';
import { RULES } from './catalogue';
import { clauseDetail, evidenceLine, FrameworkResult, frameworkSummary } from './compliance';
import { Finding, Level, ReviewResult, TrackView, ValueOrigin } from './model';
import { printable, printableJson } from '../internal/printable';
import { ERROR_CODES } from '../rules/errors';

export const TOOL_NAME = 'cloudaudit-review';

/** Columns the table format fits in by default (`--wide`: no limit). */
export const TABLE_WIDTH = 120;

/** How a report is printed, beside the results. */
export interface FormatOptions {
  /** Columns the table format fits in (wrapping cells); undefined: each row on one line, however wide. */
  readonly width?: number;
  /** The obligations of `--framework` (src/review/compliance.ts): printed after the documents. */
  readonly frameworks?: readonly FrameworkResult[];
  /** The gate's level (`--fail-on`): junit marks the findings at it or worse as failures. */
  readonly failOn?: Level;
}

export interface Summary {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly acknowledged: number;
}

export function summarize(results: readonly ReviewResult[]): Summary {
  const s = { errors: 0, warnings: 0, infos: 0, acknowledged: 0 };
  for (const r of results) {
    for (const f of r.findings) {
      if (f.acknowledged) s.acknowledged++;
      else if (f.level === 'error') s.errors++;
      else if (f.level === 'warning') s.warnings++;
      else s.infos++;
    }
  }
  return s;
}

export function summaryLine(s: Summary): string {
  const n = (k: number, w: string) => `${k} ${w}${k === 1 ? '' : 's'}`;
  return `${n(s.errors, 'error')}, ${n(s.warnings, 'warning')}, ${s.infos} info, ${s.acknowledged} acknowledged`;
}

export function records(t: TrackView): string {
  return t.selectors.map((s) => {
    const names = s.eventNames.length === 1 && s.eventNames[0] === '*' ? '' : ` (${s.eventNames.length} API${s.eventNames.length === 1 ? '' : 's'})`;
    const action = s.actionType === '*' ? 'Read+Write' : s.actionType;
    return `${s.resourceType}:${action}${names}`;
  }).join(', ');
}

export function destination(t: TrackView): string {
  const d = t.destination;
  // A created topic's ID is an expression: name the topic's address instead.
  const name = d.storageName.includes('${') && d.address ? d.address : d.storageName;
  const where = d.storageType === 'cos' ? `cos://${name}/${d.storagePrefix}` : `${d.storageType}:${name}`;
  return `${where} @${d.storageRegion} (${d.status}${d.stack !== undefined ? ` in stack ${d.stack}` : ''})`;
}

export function orgWide(t: TrackView): string {
  if (!t.orgWide) return 'no';
  return t.destination.crossAccount ? `yes, to account ${t.destination.crossAccount}` : 'yes';
}

function trackRows(r: ReviewResult): string[][] {
  return r.tracks.map((t) => [t.name, t.account, t.state, records(t), destination(t), t.destination.retention, t.destination.encryption, orgWide(t)]);
}
const TRACK_HEADER = ['Track', 'Account', 'Status', 'Records', 'Destination', 'Retention', 'Encryption', 'Org-wide'];

/** The matrix; a column of the selectors the API refuses (recording nothing) when a track has one. */
function matrixTable(r: ReviewResult): { header: string[]; rows: string[][] } {
  const invalid = r.matrix.some((m) => m.invalid !== undefined);
  const rows = r.matrix.map((m) => {
    const row = [m.product === '*' ? '* (all products)' : m.product, m.read.join(', ') || '-', m.write.join(', ') || '-'];
    if (invalid) row.push(m.invalid?.join(', ') ?? '-');
    return row;
  });
  return { header: invalid ? [...MATRIX_HEADER, INVALID_COLUMN] : MATRIX_HEADER, rows };
}
const MATRIX_HEADER = ['Product', 'Read', 'Write'];
/** The matrix column of the selectors the API refuses. */
export const INVALID_COLUMN = 'Invalid selector (records nothing)';

function status(f: Finding): string {
  return f.acknowledged ? 'acknowledged' : f.level;
}

/** `file:line` of a place (the file alone without a line). */
function place(file: string, line?: number): string {
  return line === undefined ? file : `${file}:${line}`;
}

/** Where a finding points: `infra/main.tf:18` (its attribute's line, else its resource's), or the file (plans). */
export function findingPlace(f: Finding): string {
  return place(f.file, f.line);
}

/**
 * `findingPlace`, short, for the table and Markdown: the file relative to the document reviewed
 * (`main.tf:18` under `infra (terraform-hcl: infra)`; a plan's own file by its name), else as it is
 * (a module's file outside the folder). JSON, SARIF and HTML keep the whole path.
 */
function shortPlace(f: Finding, documentFile: string): string {
  return place(shortFile(f.file, documentFile), f.line);
}

/** A file relative to the document reviewed when inside it (see shortPlace), else as it is. */
function shortFile(file: string, documentFile: string): string {
  if (file === documentFile) return path.basename(file);
  for (const base of [documentFile, path.dirname(documentFile)]) {
    if (base !== '.' && file.startsWith(base + path.sep)) return file.slice(base.length + 1);
  }
  return file;
}

/**
 * Where an offending value was set, in one phrase: `value from prod.tfvars:3 (var.env)`, `value
 * from variables.tf:12 (default of var.env)`, `value from --var env=… (var.env)`, with the locals
 * it passed through (`via locals.tf:4 (local.name)`). Never the value itself.
 */
export function originText(origins: readonly ValueOrigin[] | undefined, documentFile?: string): string {
  if (origins === undefined || origins.length === 0) return '';
  const one = (o: ValueOrigin) => {
    if (o.kind === 'var') return `--var ${o.variable.replace(/^var\./, '')}=… (${o.variable})`;
    const where = o.file === undefined ? o.variable : place(documentFile === undefined ? o.file : shortFile(o.file, documentFile), o.line);
    return o.kind === 'default' ? `${where} (default of ${o.variable})` : `${where} (${o.variable})`;
  };
  const set = origins.filter((o) => o.kind !== 'local').map(one);
  const via = origins.filter((o) => o.kind === 'local').map(one);
  if (set.length === 0) return `value from ${via.join(', ')}`;
  return `value from ${set.join(', ')}${via.length > 0 ? ` via ${via.join(', ')}` : ''}`;
}

function findingText(f: Finding, documentFile: string): string {
  const ack = f.acknowledged ? ` Acknowledged: ${f.acknowledged.reason}` : f.ignoredAcknowledgement ? ` (${f.ignoredAcknowledgement})` : '';
  const origin = f.origin ? `; ${originText(f.origin, documentFile)}` : '';
  return `${f.message}${origin}. Fix: ${f.fix}.${ack}`;
}

function findingRows(r: ReviewResult): string[][] {
  return r.findings.map((f) => [status(f), f.ruleId, f.address ?? '-', shortPlace(f, r.document.file), findingText(f, r.document.file)]);
}
const FINDING_HEADER = ['Level', 'Rule', 'Resource', 'At', 'Finding'];

/** A CAxxx code's rule and source: what each finding of it used to repeat. */
export interface Citation {
  readonly code: string;
  readonly name: string;
  readonly rule: string;
  readonly source: string;
}

/** The rules the findings of `results` cite (their CAxxx codes), once each, in order of first finding. */
export function citations(results: readonly ReviewResult[]): Citation[] {
  const out = new Map<string, Citation>();
  for (const r of results) {
    for (const f of r.findings) {
      if (f.code === undefined || out.has(f.code)) continue;
      const info = ERROR_CODES[f.code];
      if (info !== undefined) out.set(f.code, { code: f.code, name: info.name, rule: info.rule, source: info.source });
    }
  }
  return [...out.values()];
}

/** A citation in one line: `CA101 TrackNameInvalid: <rule> (source: <source>)`. */
export function citationLine(c: Citation): string {
  return `${c.code} ${c.name}: ${c.rule} (source: ${c.source})`;
}

function alarmRows(r: ReviewResult): string[][] {
  return r.alarms.map((a) => [
    a.name, a.account, a.enabled ? 'enabled' : 'disabled', a.topics.join(', ') || '-', a.condition,
    a.everyMinutes !== undefined ? `${a.everyMinutes} min` : '-', a.notices.join(', ') || '-',
  ]);
}
const ALARM_HEADER = ['Alarm', 'Account', 'Status', 'Topic', 'Condition', 'Every', 'Notices'];

function eventRuleRows(r: ReviewResult): string[][] {
  return r.eventRules.map((e) => [
    e.name, e.account, e.enabled ? 'enabled' : 'disabled', e.products.join(', '), e.eventTypes.join(', ') || 'all types',
    e.eventNames.length === 1 && e.eventNames[0] === '*' ? 'all APIs' : e.eventNames.join(', '), e.targets.join(', ') || '-',
  ]);
}
const EVENT_RULE_HEADER = ['Rule', 'Account', 'Status', 'Products', 'Event types', 'APIs', 'Targets'];

function unknownRows(r: ReviewResult): string[][] {
  return (r.document.unknowns ?? []).map((u) => [u.address ?? '-', u.attribute, u.causes.join('; ')]);
}
const UNKNOWN_HEADER = ['Resource', 'Attribute', 'Unknown because'];
const UNKNOWN_TITLE = 'Unknown values (not judged: known only after apply, or not given)';

/** Characters a terminal shows two columns wide: CJK ideographs, kana, Hangul, fullwidth forms. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/g;

/** Columns `s` takes in a terminal: Chinese names (alarms, notices, tags) are two columns a character. */
function width(s: string): number {
  const wide = s.match(WIDE);
  return wide === null ? s.length : s.length + wide.length;
}

function wideTable(header: string[], rows: string[][], indent = '  '): string {
  // Loops, not spreads: a 20 MB plan gives tens of thousands of rows.
  const last = header.length - 1;
  const widths = header.map((h) => h.length);
  // Each cell is measured once (a regular expression scan), for the column width and its padding.
  const cellWidths: number[] = [];
  for (const r of rows) {
    for (let i = 0; i < last; i++) {
      const w = width(r[i]);
      cellWidths.push(w);
      if (w > widths[i]) widths[i] = w;
    }
  }
  // One padding string per width, shared by every row (padEnd would allocate one per cell).
  const pads: string[] = [];
  const pad = (n: number) => (pads[n] ??= ' '.repeat(n + 2));
  const out = new Array<string>(rows.length + 1);
  let s = indent;
  for (let i = 0; i < last; i++) {
    const h = header[i].toUpperCase();
    s += h + pad(widths[i] - width(h));
  }
  out[0] = s + header[last].toUpperCase();
  for (let k = 0, c = 0; k < rows.length; k++) {
    const cells = rows[k];
    s = indent;
    for (let i = 0; i < last; i++, c++) s += cells[i] + pad(widths[i] - cellWidths[c]);
    out[k + 1] = s + cells[last];
  }
  return out.join('\n');
}

/** Narrowest a wrapped column gets (its header may be wider). */
const MIN_COLUMN = 10;

/** `s` in lines of at most `w` columns: words kept whole when they fit, longer ones cut. */
function wrap(s: string, w: number): string[] {
  if (width(s) <= w) return [s];
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (const word of s.split(/\s+/)) {
    if (word === '') continue;
    let rest = word;
    let restWidth = width(rest);
    if (lineWidth > 0 && lineWidth + 1 + restWidth <= w) {
      line += ` ${rest}`;
      lineWidth += 1 + restWidth;
      continue;
    }
    if (lineWidth > 0) lines.push(line);
    // A word wider than the column is cut after its last separator that fits (an address at a
    // dot, a URL at a slash), else at the column's width.
    while (restWidth > w) {
      let cut = '';
      let cutWidth = 0;
      let lastBreak = -1;
      for (const ch of rest) {
        const cw = width(ch);
        if (cutWidth + cw > w) break;
        cut += ch;
        cutWidth += cw;
        if ('./_-:[,'.includes(ch)) lastBreak = cut.length;
      }
      if (lastBreak * 3 > cut.length) cut = cut.slice(0, lastBreak);
      lines.push(cut);
      rest = rest.slice(cut.length);
      restWidth = width(rest);
    }
    line = rest;
    lineWidth = restWidth;
  }
  if (lineWidth > 0 || lines.length === 0) lines.push(line);
  return lines;
}

/**
 * Column widths that fit `budget`: every column its natural width when they fit, else the widest
 * ones narrowed to one cap (the largest that fits), none below its header or MIN_COLUMN.
 */
function fitWidths(natural: readonly number[], mins: readonly number[], budget: number): number[] {
  const at = (cap: number) => natural.map((w, i) => Math.min(w, Math.max(cap, mins[i])));
  const sum = (ws: number[]) => ws.reduce((a, b) => a + b, 0);
  let lo = 1;
  let hi = Math.max(...natural);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (sum(at(mid)) <= budget) lo = mid;
    else hi = mid - 1;
  }
  return at(lo);
}

/** A table whose lines are at most `maxWidth` columns: as `wideTable` when it fits, else cells wrapped. */
function table(header: string[], untrusted: string[][], maxWidth?: number, indent = '  '): string {
  // Every cell may hold text of the input: escaped before it is measured (printable returns the
  // cell itself when there is nothing to escape).
  const rows = untrusted.map((r) => r.map(printable));
  if (maxWidth === undefined) return wideTable(header, rows, indent);
  const natural = header.map((h) => h.length);
  for (const r of rows) for (let i = 0; i < r.length; i++) natural[i] = Math.max(natural[i], width(r[i]));
  const budget = maxWidth - indent.length - 2 * (header.length - 1);
  if (natural.reduce((a, b) => a + b, 0) <= budget) return wideTable(header, rows, indent);
  const widths = fitWidths(natural, header.map((h, i) => Math.min(natural[i], Math.max(h.length, MIN_COLUMN))), budget);
  const line = (cells: string[]) => (indent + cells.map((c, i) => (i === cells.length - 1 ? c : c + ' '.repeat(widths[i] - width(c) + 2))).join('')).trimEnd();
  const out = [line(header.map((h) => h.toUpperCase()))];
  for (const r of rows) {
    const cells = r.map((c, i) => wrap(c, widths[i]));
    const height = Math.max(...cells.map((c) => c.length));
    for (let k = 0; k < height; k++) out.push(line(cells.map((c) => c[k] ?? '')));
  }
  return out.join('\n');
}

/**
 * The lines of `table(FINDING_HEADER, findingRows(r))`, appended to `out`, without a row array
 * per finding: a 20 MB plan gives tens of thousands of findings, and this is most of the report.
 */
function findingTable(findings: readonly Finding[], documentFile: string, out: string[]): void {
  const n = findings.length;
  const levels = new Array<string>(n);
  const addresses = new Array<string>(n);
  const places = new Array<string>(n);
  // Each address and place is measured once (a regular expression scan), for the width and for its padding.
  const addressWidths = new Array<number>(n);
  const placeWidths = new Array<number>(n);
  let w0 = FINDING_HEADER[0].length;
  let w1 = FINDING_HEADER[1].length;
  let w2 = FINDING_HEADER[2].length;
  let w3 = FINDING_HEADER[3].length;
  for (let i = 0; i < n; i++) {
    const f = findings[i];
    const level = (levels[i] = status(f));
    const address = (addresses[i] = printable(f.address ?? '-'));
    const w = (addressWidths[i] = width(address));
    const at = (places[i] = printable(shortPlace(f, documentFile)));
    const wp = (placeWidths[i] = width(at));
    if (level.length > w0) w0 = level.length;
    if (f.ruleId.length > w1) w1 = f.ruleId.length;
    if (w > w2) w2 = w;
    if (wp > w3) w3 = wp;
  }
  const pads: string[] = [];
  const pad = (k: number) => (pads[k] ??= ' '.repeat(k + 2));
  const [h0, h1, h2, h3, h4] = FINDING_HEADER.map((h) => h.toUpperCase());
  out.push(`  ${h0}${pad(w0 - h0.length)}${h1}${pad(w1 - h1.length)}${h2}${pad(w2 - h2.length)}${h3}${pad(w3 - h3.length)}${h4}`);
  // Findings come sorted by level and rule: the "  LEVEL  RULE  " start of a line is built once per
  // run of them, as one flat string (joined), not as five pieces in every line.
  let start = '';
  let startLevel: string | undefined;
  let startRule: string | undefined;
  for (let i = 0; i < n; i++) {
    const f = findings[i];
    if (levels[i] !== startLevel || f.ruleId !== startRule) {
      startLevel = levels[i];
      startRule = f.ruleId;
      start = ['  ', startLevel, pad(w0 - startLevel.length), startRule, pad(w1 - startRule.length)].join('');
    }
    out.push(`${start}${addresses[i]}${pad(w2 - addressWidths[i])}${places[i]}${pad(w3 - placeWidths[i])}${printable(findingText(f, documentFile))}`);
  }
}

/**
 * The default, human format, as lines (some holding several): `formatTable` is their join. The
 * command writes them in pieces, so a report of tens of MB is never one string.
 */
export function formatTableLines(results: readonly ReviewResult[], options: FormatOptions = {}): string[] {
  const w = options.width;
  // A line of prose, wrapped to the width (continuation lines indented by `indent`).
  const para = (text: string, indent = '') => (w === undefined ? indent + text : wrap(text, w - indent.length).map((l) => indent + l).join('\n'));
  const out: string[] = [];
  for (const r of results) {
    out.push(para(printable(`${r.document.name} (${r.document.kind}: ${r.document.file})`)));
    for (const n of r.document.notices ?? []) out.push(para(`notice: ${printable(n)}`, '  '));
    out.push(r.tracks.length ? `Tracking sets\n${table(TRACK_HEADER, trackRows(r), w)}` : '  no tracking set in this plan');
    if (r.matrix.length) {
      const m = matrixTable(r);
      out.push(`Coverage of enabled tracking sets\n${table(m.header, m.rows, w)}`);
    }
    if (r.alarms.length) out.push(`CLS alarms\n${table(ALARM_HEADER, alarmRows(r), w)}`);
    if (r.eventRules.length) out.push(`EventBridge rules\n${table(EVENT_RULE_HEADER, eventRuleRows(r), w)}`);
    if (r.findings.length) {
      out.push('Findings');
      // Wide: every finding on one line, built without a row per finding (tens of thousands of them).
      if (w === undefined) findingTable(r.findings, r.document.file, out);
      else out.push(table(FINDING_HEADER, findingRows(r), w));
      // The rule and source of each code, once (the findings name the code).
      const cited = citations([r]);
      if (cited.length > 0) out.push('Rules cited', ...cited.map((c) => para(printable(citationLine(c)), '  ')));
    } else {
      out.push('  no findings');
    }
    if (r.document.unknowns?.length) out.push(`${UNKNOWN_TITLE}\n${table(UNKNOWN_HEADER, unknownRows(r), w)}`);
    out.push('');
  }
  for (const f of options.frameworks ?? []) {
    out.push(para(printable(`Obligations: ${f.name} (${frameworkSummary(f)})`)), para(`source: ${printable(f.source)}`, '  '));
    out.push(table(OBLIGATION_HEADER, obligationRows(f), w), '');
  }
  out.push(`${TOOL_NAME}: ${summaryLine(summarize(results))}`);
  return out;
}

const OBLIGATION_HEADER = ['Clause', 'Status', 'Why', 'Evidence'];

function obligationRows(f: FrameworkResult): string[][] {
  return f.clauses.map((c) => [`${c.number} ${c.title}`, c.status, clauseDetail(c), evidenceLine(c.evidence)]);
}

/** The default, human format. */
export function formatTable(results: readonly ReviewResult[], options: FormatOptions = {}): string {
  return formatTableLines(results, options).join('\n') + '\n';
}

/**
 * Untrusted text as inert Markdown: control characters and CI commands escaped (printable), table
 * pipes and backslashes escaped, no HTML (`<`, `>`, `&` as entities), no link or image
 * (`[`, `]` escaped), no code span, no autolink (`://` and `www.` broken by an entity), no mention
 * (`@` as an entity). It renders as the text it is.
 */
function cell(s: string): string {
  return printable(s)
    .replace(/\\/g, '\\\\').replace(/\|/g, '\\|')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    .replace(/[[\]`]/g, '\\$&')
    .replace(/:\/\//g, '&#58;//').replace(/(w)(ww)\./gi, '$1$2&#46;')
    .replace(/@/g, '&#64;');
}

/** A Markdown table; `after` may append to each row's line (a footnote reference in its last cell). */
function mdTable(header: string[], rows: string[][], after?: (line: string, i: number) => string): string {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => ' --- ').join('|')}|`,
    ...rows.map((r, i) => {
      const line = `| ${r.map(cell).join(' | ')} |`;
      return after ? after(line, i) : line;
    }),
  ].join('\n');
}

/** Markdown, for pull-request comments and the report written next to each stack. */
export function formatMarkdown(results: readonly ReviewResult[], options: FormatOptions = {}): string {
  const out: string[] = ['# CloudAudit compliance review', '', `**${summaryLine(summarize(results))}**`, ''];
  for (const r of results) {
    out.push(`## ${cell(r.document.name)}`, '', `Source: ${cell(r.document.file)} (${r.document.kind})`, '');
    if (r.document.notices?.length) out.push(...r.document.notices.map((n) => `> ${cell(n)}`), '');
    out.push('### Tracking sets', '', r.tracks.length ? mdTable(TRACK_HEADER, trackRows(r)) : 'No tracking set in this plan.', '');
    if (r.matrix.length) {
      const m = matrixTable(r);
      out.push('### Coverage (enabled tracking sets)', '', mdTable(m.header, m.rows), '');
    }
    if (r.alarms.length) out.push('### CLS alarms', '', mdTable(ALARM_HEADER, alarmRows(r)), '');
    if (r.eventRules.length) out.push('### EventBridge rules', '', mdTable(EVENT_RULE_HEADER, eventRuleRows(r)), '');
    // Each finding's code cites its rule in a footnote, written once (below).
    out.push('### Findings', '', r.findings.length ? mdTable(FINDING_HEADER, findingRows(r), (row, i) => {
      const code = r.findings[i].code;
      return code !== undefined && ERROR_CODES[code] !== undefined ? `${row.slice(0, -2)} [^${code}] |` : row;
    }) : 'No findings.', '');
    if (r.document.unknowns?.length) out.push(`### ${UNKNOWN_TITLE}`, '', mdTable(UNKNOWN_HEADER, unknownRows(r)), '');
  }
  for (const f of options.frameworks ?? []) {
    out.push(`## Obligations: ${cell(f.name)}`, '', `${frameworkSummary(f)}. Source: ${cell(f.source)}`, '');
    out.push(mdTable(['Clause', 'Requirement', 'Status', 'Why', 'Evidence'], f.clauses.map((c) => [
      `${c.number} ${c.title}`, c.requirement, `**${c.status}**`, clauseDetail(c), evidenceLine(c.evidence, 20),
    ])), '');
  }
  out.push('Rules: see docs/review.md (Rules) of cdktf-tencentcloud-cloudaudit; obligations: docs/compliance.md.', '');
  // The rule and source of each code the findings name, once: footnotes (GitHub and GitLab render them).
  const cited = citations(results);
  // Our own catalogue's text: links stay links; only what Markdown would read as markup is escaped.
  if (cited.length > 0) out.push(...cited.map((c) => `[^${c.code}]: ${citationLine(c).replace(/[\\*`[\]<>]/g, '\\$&')}`), '');
  return out.join('\n');
}

/** JSON, for other tools. */
export function formatJson(results: readonly ReviewResult[], options: FormatOptions = {}): string {
  const used = new Set(results.flatMap((r) => r.findings.map((f) => f.ruleId)));
  return printableJson(JSON.stringify({
    tool: TOOL_NAME,
    summary: summarize(results),
    documents: results.map((r) => ({
      name: r.document.name,
      file: r.document.file,
      kind: r.document.kind,
      tracks: r.tracks,
      matrix: r.matrix,
      alarms: r.alarms,
      eventRules: r.eventRules,
      findings: r.findings,
      ...(r.document.notices?.length ? { notices: r.document.notices } : {}),
      ...(r.document.unknowns?.length ? { unknowns: r.document.unknowns } : {}),
    })),
    rules: RULES.filter((x) => used.has(x.id)),
    // The rule and source of each CAxxx code the findings name (no longer repeated in each message).
    codes: Object.fromEntries(citations(results).map((c) => [c.code, { name: c.name, rule: c.rule, source: c.source }])),
    ...(options.frameworks?.length ? { compliance: options.frameworks } : {}),
  }, null, 2)) + '\n';
}
