/**
 * `--format html`: the report a compliance reviewer hands on, as one self-contained page (no
 * network, no font, no script: a Content-Security-Policy forbids them all), readable printed
 * (@media print) and on a phone (tables scroll inside their own region, cells wrap).
 *
 * It prints the same results as the other formats (format.ts): the obligations of each framework,
 * then per document the coverage matrix (account x product x Read/Write, and which tracks record
 * it), each tracking set with its destination and the posture of that storage, the findings
 * grouped by severity with their fix and source line, acknowledged findings with their reasons,
 * the alarms, event rules and unknown values. Every piece of input text goes through `esc`.
 */
import { clauseDetail, FrameworkResult, frameworkSummary } from './compliance';
import { citations, destination, findingPlace, FormatOptions, INVALID_COLUMN, orgWide, originText, records, summarize, summaryLine, TOOL_NAME } from './format';
import { Finding, ReviewResult, SelectorView, TrackView } from './model';

/**
 * Control characters (C0 but tab and line feed, DEL, C1), format characters (bidi overrides and
 * isolates, zero-width ones, tags), line and paragraph separators and lone surrogates: shown as
 * `\u{…}`, never as the character (the same set the text formats escape, src/internal/printable.ts).
 */
const INVISIBLE = /(?![\t\n])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;

/** Text as HTML: `&<>"'` as entities, control and bidi characters visible as `\u{…}`. */
export function esc(text: unknown): string {
  return String(text)
    .replace(INVISIBLE, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const CSS = `
:root { color-scheme: light; --ink: #1b1f24; --muted: #4a5360; --line: #c9d1d9; --band: #f3f5f7;
  --err: #a1001c; --err-bg: #fde8eb; --warn: #7a4b00; --warn-bg: #fdf1dc; --info: #17508f; --info-bg: #e6f0fb;
  --ok: #1d6a2f; --ok-bg: #e5f4e8; --ack: #4d4d4d; --ack-bg: #ececec; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; color: var(--ink); background: #fff; }
header, main, footer { max-width: 1200px; margin: 0 auto; padding: 0 16px; }
header { padding-top: 16px; border-bottom: 2px solid var(--ink); }
h1 { font-size: 1.6rem; margin: 0 0 4px; }
h2 { font-size: 1.3rem; margin: 28px 0 8px; padding-top: 8px; border-top: 1px solid var(--line); }
h3 { font-size: 1.1rem; margin: 20px 0 6px; }
h4 { font-size: 1rem; margin: 16px 0 6px; }
p { margin: 4px 0 8px; }
.muted { color: var(--muted); }
th .muted { font-weight: normal; }
code, .addr { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.88em; }
nav ul { margin: 4px 0 12px; padding-left: 20px; }
a { color: #0b4f9c; }
.scroll { overflow-x: auto; max-width: 100%; margin: 4px 0 12px; }
.scroll:focus { outline: 2px solid #0b4f9c; outline-offset: 2px; }
table { border-collapse: collapse; width: 100%; font-size: 0.92rem; }
caption { text-align: left; font-weight: 600; padding: 4px 0; color: var(--muted); }
th, td { border: 1px solid var(--line); padding: 5px 7px; text-align: left; vertical-align: top; overflow-wrap: break-word; }
thead th { background: var(--band); }
tbody th { font-weight: 600; }
.badge { display: inline-block; padding: 0 6px; border-radius: 4px; border: 1px solid currentColor; font-weight: 600; font-size: 0.85em; }
.s-error, .s-not-met { color: var(--err); background: var(--err-bg); }
.s-warning { color: var(--warn); background: var(--warn-bg); }
.s-info, .s-not-checkable { color: var(--info); background: var(--info-bg); }
.s-met, .s-ok { color: var(--ok); background: var(--ok-bg); }
.s-acknowledged { color: var(--ack); background: var(--ack-bg); }
.summary { font-size: 1.05rem; font-weight: 600; }
ul.plain { margin: 0; padding-left: 18px; }
footer { margin-top: 32px; padding-bottom: 24px; border-top: 1px solid var(--line); font-size: 0.85rem; }
@media (max-width: 700px) {
  body { font-size: 14px; }
  header, main, footer { padding: 0 10px; }
  h1 { font-size: 1.3rem; }
  th, td { padding: 4px 5px; }
  table { font-size: 0.85rem; }
}
@media print {
  body { font-size: 10pt; }
  header, main, footer { max-width: none; padding: 0; }
  nav { display: none; }
  .scroll { overflow: visible; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  h2, h3, h4 { break-after: avoid; }
  a { color: inherit; text-decoration: none; }
  .badge { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

const BADGE_CLASS: Record<string, string> = {
  'error': 's-error',
  'warning': 's-warning',
  'info': 's-info',
  'acknowledged': 's-acknowledged',
  'met': 's-met',
  'not met': 's-not-met',
  'not checkable': 's-not-checkable',
  'ok': 's-ok',
};

/** A status as a coloured label (its text, or `text`): never colour alone. */
function badge(status: string, text?: string): string {
  const label = text ?? (status === 'not checkable' ? 'not checkable from Terraform' : status);
  return `<span class="badge ${BADGE_CLASS[status] ?? 's-info'}">${esc(label)}</span>`;
}

/** A table in a focusable region that scrolls on its own (the page never scrolls sideways). */
function table(caption: string, header: readonly string[], rows: readonly string[][], rowHeader = true): string {
  const head = header.map((h) => `<th scope="col">${esc(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c, i) => (i === 0 && rowHeader ? `<th scope="row">${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`).join('\n');
  return `<div class="scroll" role="region" aria-label="${esc(caption)}" tabindex="0"><table>\n<caption>${esc(caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table></div>`;
}

/** Prose: escaped, with break opportunities inside URLs and long identifiers (never a sideways scroll for one word). */
const txt = (s: unknown) => esc(s).replace(/\S{24,}/g, (w) => w.replace(/([./_=-])/g, '$1<wbr>'));

/** An address or path, breakable after its separators (`.`, `/`, `_`, `[`, `-`), never inside a name. */
const code = (s: string) => `<span class="addr">${esc(s).replace(/([./_[-])/g, '$1<wbr>')}</span>`;
const list = (items: readonly string[]) => (items.length === 0 ? '-' : items.length === 1 ? items[0] : `<ul class="plain">${items.map((i) => `<li>${i}</li>`).join('')}</ul>`);

/** Ids for anchors: one per document, from its position (names may be anything). */
const docId = (i: number) => `doc-${i + 1}`;

function obligations(frameworks: readonly FrameworkResult[]): string {
  if (frameworks.length === 0) return '';
  const out = ['<section aria-labelledby="obligations"><h2 id="obligations">Obligations</h2>',
    '<p class="muted">Per clause: met, not met, or not checkable from Terraform, with the evidence (resource addresses). What Terraform cannot prove is said for every clause (docs/compliance.md).</p>'];
  for (const f of frameworks) {
    out.push(`<h3 id="fw-${esc(f.framework)}">${esc(f.name)}</h3>`, `<p>${esc(frameworkSummary(f))}. <span class="muted">Source: ${txt(f.source)}</span></p>`);
    out.push(table(`${f.name}: obligations`, ['Clause', 'Requirement', 'Status', 'Why', 'Evidence'], f.clauses.map((c) => [
      `${esc(c.number)}<br><span class="muted">${esc(c.title)}</span>`, txt(c.requirement), badge(c.status), txt(clauseDetail(c))
        + (c.status === 'not checkable' ? '' : `<br><span class="muted">Terraform cannot prove: ${txt(c.limit)}</span>`),
      list(c.evidence.map(code)),
    ])));
  }
  out.push('</section>');
  return out.join('\n');
}

/** Account x product x Read/Write: the enabled tracks recording each. */
function coverage(r: ReviewResult): string {
  const rows = new Map<string, { account: string; product: string; read: string[]; write: string[]; invalid: string[] }>();
  const marks = new Set(r.matrix.flatMap((m) => (m.invalid ?? []).map((x) => `${m.product}\u0000${x}`)));
  for (const t of r.tracks) {
    // A selector the API refuses is shown, marked, where the matrix marks it (not left out).
    const marked = (s: SelectorView) => s.invalid !== undefined && marks.has(`${s.resourceType}\u0000${t.name} (${s.invalid})`);
    if (!t.enabled && !t.selectors.some(marked)) continue;
    for (const s of t.selectors) {
      if (!t.enabled && !marked(s)) continue;
      const key = `${t.account}\u0000${s.resourceType}`;
      let row = rows.get(key);
      if (row === undefined) rows.set(key, (row = { account: t.account, product: s.resourceType, read: [], write: [], invalid: [] }));
      if (s.invalid !== undefined) {
        row.invalid.push(`${badge('error', 'invalid')} ${esc(t.name)} <span class="muted">(${txt(s.invalid)})</span>`);
        continue;
      }
      const star = s.eventNames.length === 1 && s.eventNames[0] === '*';
      const who = star ? esc(t.name) : `${esc(t.name)} <span class="muted">(${s.eventNames.length} API${s.eventNames.length === 1 ? '' : 's'})</span>`;
      if (s.actionType === 'Read' || s.actionType === '*') row.read.push(who);
      if (s.actionType === 'Write' || s.actionType === '*') row.write.push(who);
    }
  }
  if (rows.size === 0) return '<p>No enabled tracking set: nothing is recorded.</p>';
  const sorted = [...rows.values()].sort((a, b) => (a.account !== b.account ? (a.account < b.account ? -1 : 1)
    : a.product === '*' ? -1 : b.product === '*' ? 1 : a.product < b.product ? -1 : a.product > b.product ? 1 : 0));
  const cell = (who: string[]) => (who.length ? list(who) : '<span class="badge s-not-met">not recorded</span>');
  const invalid = sorted.some((x) => x.invalid.length > 0);
  return table('Coverage: which enabled tracking sets record each product, per account', ['Account', 'Product', 'Read', 'Write', ...invalid ? [INVALID_COLUMN] : []],
    sorted.map((x) => [esc(x.account), x.product === '*' ? '* <span class="muted">(all products)</span>' : esc(x.product), cell(x.read), cell(x.write),
      ...invalid ? [x.invalid.length ? list(x.invalid) : '-'] : []]));
}

/** Storage findings by `<document>\0<address>`: the posture of each bucket and topic. */
function storageFindings(results: readonly ReviewResult[]): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const r of results) {
    for (const f of r.findings) {
      if (!f.ruleId.startsWith('STO-') || f.address === undefined) continue;
      const key = `${r.document.name}\u0000${f.address}`;
      const same = out.get(key) ?? [];
      same.push(f);
      out.set(key, same);
    }
  }
  return out;
}

function posture(t: TrackView, doc: string, byStorage: Map<string, Finding[]>): string {
  const d = t.destination;
  if (d.address === undefined) return `<span class="muted">${esc(d.status === 'adopted' ? 'adopted: judged where it is created' : `${d.status}: not in this configuration`)}</span>`;
  const found = byStorage.get(`${d.stack ?? doc}\u0000${d.address}`) ?? [];
  if (found.length === 0) return badge('ok') + ' no storage finding';
  return list(found.map((f) => `${badge(f.acknowledged ? 'acknowledged' : f.level)} ${esc(f.ruleId)}: ${txt(f.message)}`));
}

function tracks(r: ReviewResult, byStorage: Map<string, Finding[]>): string {
  if (r.tracks.length === 0) return '<p>No tracking set in this configuration.</p>';
  return table('Tracking sets, their destination and its storage posture',
    ['Track', 'Account', 'Status', 'Records', 'Destination', 'Retention', 'Encryption', 'Org-wide', 'Storage posture'],
    r.tracks.map((t) => [
      `${esc(t.name)}<br>${code(t.address)}`, esc(t.account), badge(t.enabled ? 'ok' : 'not met', t.enabled ? 'enabled' : 'disabled'),
      txt(records(t)), `${txt(destination(t))}${t.destination.address ? `<br>${code(t.destination.address)}` : ''}`,
      esc(t.destination.retention), esc(t.destination.encryption), esc(orgWide(t)), posture(t, r.document.name, byStorage),
    ]));
}


const GROUPS: ReadonlyArray<{ title: string; status: string; match: (f: Finding) => boolean }> = [
  { title: 'Errors', status: 'error', match: (f) => !f.acknowledged && f.level === 'error' },
  { title: 'Warnings', status: 'warning', match: (f) => !f.acknowledged && f.level === 'warning' },
  { title: 'Info', status: 'info', match: (f) => !f.acknowledged && f.level === 'info' },
];

function findings(r: ReviewResult, index: number): string {
  if (r.findings.length === 0) return '<p>No findings.</p>';
  // The attribute's line (named below it) or the resource's, and where the value was set.
  const source = (f: Finding) => code(findingPlace(f))
    + (f.attribute !== undefined ? `<br><span class="muted">${esc(f.attribute)}</span>` : '')
    + (f.origin !== undefined ? `<br><span class="muted">${txt(originText(f.origin))}</span>` : '');
  const out: string[] = [];
  for (const g of GROUPS) {
    const group = r.findings.filter(g.match);
    if (group.length === 0) continue;
    out.push(`<h4 id="${docId(index)}-${g.status}">${badge(g.status)} ${esc(g.title)} (${group.length})</h4>`);
    out.push(table(`${g.title} of ${r.document.name}`, ['Rule', 'Resource', 'Finding', 'Fix', 'Source'], group.map((f) => [
      `${esc(f.ruleId)}${f.code ? `<br><span class="muted">${esc(f.code)}</span>` : ''}`, f.address ? code(f.address) : '-',
      `${txt(f.message)}${f.ignoredAcknowledgement ? `<br><span class="muted">${txt(f.ignoredAcknowledgement)}</span>` : ''}`, txt(f.fix), source(f),
    ])));
  }
  const acknowledged = r.findings.filter((f) => f.acknowledged);
  if (acknowledged.length > 0) {
    out.push(`<h4 id="${docId(index)}-acknowledged">${badge('acknowledged')} Acknowledged (${acknowledged.length})</h4>`);
    out.push(table(`Acknowledged findings of ${r.document.name}, with their reasons`, ['Rule', 'Level', 'Resource', 'Finding', 'Reason', 'Source'], acknowledged.map((f) => [
      `${esc(f.ruleId)}${f.code ? `<br><span class="muted">${esc(f.code)}</span>` : ''}`, badge(f.level), f.address ? code(f.address) : '-',
      txt(f.message), txt(f.acknowledged!.reason), source(f),
    ])));
  }
  return out.join('\n');
}

function alerting(r: ReviewResult): string {
  const out: string[] = [];
  if (r.alarms.length) {
    out.push('<h3>CLS alarms</h3>', table('CLS alarms', ['Alarm', 'Account', 'Status', 'Topic', 'Condition', 'Every', 'Notices'], r.alarms.map((a) => [
      `${esc(a.name)}<br>${code(a.address)}`, esc(a.account), esc(a.enabled ? 'enabled' : 'disabled'), list(a.topics.map(code)), code(a.condition),
      esc(a.everyMinutes !== undefined ? `${a.everyMinutes} min` : '-'), esc(a.notices.join(', ') || '-'),
    ])));
  }
  if (r.eventRules.length) {
    out.push('<h3>EventBridge rules</h3>', table('EventBridge rules', ['Rule', 'Account', 'Status', 'Products', 'Event types', 'APIs', 'Targets'], r.eventRules.map((e) => [
      `${esc(e.name)}<br>${code(e.address)}`, esc(e.account), esc(e.enabled ? 'enabled' : 'disabled'), esc(e.products.join(', ')),
      esc(e.eventTypes.join(', ') || 'all types'), esc(e.eventNames.length === 1 && e.eventNames[0] === '*' ? 'all APIs' : e.eventNames.join(', ')),
      list(e.targets.map(esc)),
    ])));
  }
  return out.join('\n');
}

function unknowns(r: ReviewResult): string {
  const u = r.document.unknowns ?? [];
  if (u.length === 0) return '';
  return `<h3>Unknown values</h3><p class="muted">Not judged: known only after apply, or not given.</p>${table('Unknown values', ['Resource', 'Attribute', 'Unknown because'],
    u.map((x) => [x.address ? code(x.address) : '-', code(x.attribute), txt(x.causes.join('; '))]))}`;
}

function documentSection(r: ReviewResult, index: number, byStorage: Map<string, Finding[]>): string {
  const s = summarize([r]);
  return [
    `<section aria-labelledby="${docId(index)}"><h2 id="${docId(index)}">${esc(r.document.name)}</h2>`,
    `<p><span class="muted">Source:</span> ${code(r.document.file)} (${esc(r.document.kind)}). ${esc(summaryLine(s))}.</p>`,
    ...(r.document.notices ?? []).map((n) => `<p class="muted">Notice: ${txt(n)}</p>`),
    '<h3>Coverage</h3>', coverage(r),
    '<h3>Tracking sets</h3>', tracks(r, byStorage),
    '<h3>Findings</h3>', findings(r, index),
    alerting(r), unknowns(r),
    '</section>',
  ].join('\n');
}

/** The rule and source of each code the findings name, once for the report. */
function sources(results: readonly ReviewResult[]): string {
  const cited = citations(results);
  if (cited.length === 0) return '';
  return `<section aria-labelledby="sources"><h2 id="sources">Sources of the rules cited</h2>\n${table('Rules cited by the findings, with their sources', ['Code', 'Rule', 'Source'],
    cited.map((c) => [`${esc(c.code)}<br><span class="muted">${esc(c.name)}</span>`, txt(c.rule), txt(c.source)]))}\n</section>`;
}

/** The HTML report of one run: one string, a complete document. */
export function formatHtml(results: readonly ReviewResult[], options: FormatOptions & { version?: string } = {}): string {
  const frameworks = options.frameworks ?? [];
  const byStorage = storageFindings(results);
  const s = summarize(results);
  const nav = [
    ...(frameworks.length ? ['<li><a href="#obligations">Obligations</a></li>'] : []),
    ...results.map((r, i) => `<li><a href="#${docId(i)}">${esc(r.document.name)}</a></li>`),
    ...(citations(results).length ? ['<li><a href="#sources">Sources of the rules cited</a></li>'] : []),
  ];
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="generator" content="${esc(`${TOOL_NAME}${options.version ? ` ${options.version}` : ''}`)}">
<title>CloudAudit compliance review</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>CloudAudit compliance review</h1>
<p class="summary">${badge(s.errors > 0 ? 'error' : 'ok', s.errors > 0 ? 'fails the gate' : 'passes the gate')} ${esc(summaryLine(s))}</p>
<p class="muted">${results.length} input${results.length === 1 ? '' : 's'} reviewed by ${esc(TOOL_NAME)}${options.version ? ` ${esc(options.version)}` : ''}: ${results.map((r) => code(r.document.file)).join(', ')}</p>
</header>
<nav aria-label="Contents"><ul>${nav.join('')}</ul></nav>
<main>
${obligations(frameworks)}
${results.map((r, i) => documentSection(r, i, byStorage)).join('\n')}
${sources(results)}
</main>
<footer><p>Rules and their sources: docs/review.md (Rules); obligations and their limits: docs/compliance.md, of cdktf-tencentcloud-cloudaudit.</p></footer>
</body>
</html>
`;
}
