/**
 * Turns existing tracking sets into TypeScript: one construct per tracking set, with every field as
 * the cloud has it and its `importTrackId`. Pure TypeScript: the plan (`planTracks`) is what both
 * the writer (`renderFile`) and the rule check (check.ts, which builds the real constructs) use, so
 * the file and the check cannot disagree.
 */
import { ImportedTrack } from './parse';
import { escapeChar } from '../internal/printable';

/** The package the generated file imports from. */
export const PACKAGE_NAME = 'cdktf-tencentcloud-cloudaudit';

/** A value in the generated props: a literal, or an enum member of the package. */
export type PlanValue = string | number | boolean | PlanValue[] | { [key: string]: PlanValue } | EnumRef;

/** `ActionType.WRITE` in the file, `'Write'` when constructed. */
export interface EnumRef {
  readonly enumName: string;
  readonly member: string;
  readonly value: string;
}

/** How one tracking set is declared. */
export interface TrackPlan {
  readonly track: ImportedTrack;
  /** Construct id of the track (its destination gets `<id>-storage`). */
  readonly id: string;
  readonly className: 'AuditTrack' | 'OrgWideTrack';
  readonly destination: {
    readonly className: 'CosDestination' | 'ClsDestination';
    readonly method: 'fromExistingBucket' | 'fromTopicId';
    readonly id: string;
    readonly props: Record<string, PlanValue>;
  };
  /** Props without `destination`. */
  readonly props: Record<string, PlanValue>;
  /** Comment lines above the construct. */
  readonly notes: string[];
  /** Set when the track cannot be declared as is: written commented out, exit 1. `code` is the rule broken. */
  problem?: { readonly code: string; readonly message: string };
  /**
   * Findings the declaration carries (exit 1, the team decides): rules the tracking set breaks,
   * kept as the cloud has them (`keepImported`), and details the input does not give (CA930).
   */
  readonly findings: ImportFinding[];
}

/** A finding on a declared tracking set: one line on stderr, one comment above its construct. */
export interface ImportFinding {
  /** The rule kept (e.g. `CA105`), or CA930 for a detail the input does not give. */
  readonly code: string;
  /** The rule's name (e.g. `EventNamesNotStar`). */
  readonly name?: string;
  /** The line (the construct's message for a kept rule). */
  readonly message: string;
  /** Kept with keepImported on the track (`track`), on its destination too (`destination`), or not a rule (`note`). */
  readonly keptOn: 'track' | 'destination' | 'note';
}

const ACTION_MEMBERS: Record<string, string> = { 'Read': 'READ', 'Write': 'WRITE', '*': 'ALL' };

function actionType(value: string): PlanValue {
  const member = ACTION_MEMBERS[value];
  return member ? { enumName: 'ActionType', member, value } : value;
}

export function isEnumRef(v: unknown): v is EnumRef {
  return typeof v === 'object' && v !== null && 'enumName' in v && 'member' in v;
}

/** A construct id from a track name: the name itself when it is a safe id. */
function constructId(name: string, used: Set<string>): string {
  let base = name.replace(/[^A-Za-z0-9_-]/g, '_') || 'track';
  if (base.length > 60) base = base.slice(0, 60);
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}_${n}`;
  used.add(id);
  return id;
}

/** Plans one construct per tracking set. */
export function planTracks(tracks: readonly ImportedTrack[]): TrackPlan[] {
  const used = new Set<string>();
  return tracks.map((t) => {
    const id = constructId(t.name, used);
    const s = t.storage;
    const notes: string[] = [];
    const cos = s.type === 'cos';
    const destination: TrackPlan['destination'] = cos
      ? { className: 'CosDestination', method: 'fromExistingBucket', id: `${id}-storage`, props: { bucketName: s.name, region: s.region, prefix: s.prefix } }
      : { className: 'ClsDestination', method: 'fromTopicId', id: `${id}-storage`, props: { topicId: s.name, region: s.region, prefix: s.prefix } };
    const props: Record<string, PlanValue> = { trackName: t.name, importTrackId: t.trackId };
    if (t.selectors.length === 1) {
      const [sel] = t.selectors;
      props.actionType = actionType(sel.actionType);
      props.resourceType = sel.resourceType;
      props.eventNames = [...sel.eventNames];
    } else {
      props.selectors = t.selectors.map((sel) => ({
        resourceType: sel.resourceType,
        actionType: actionType(sel.actionType),
        eventNames: [...sel.eventNames],
      }));
    }
    props.enabled = t.status === 1;
    if (cos) {
      // The tracking set already delivers to this region; the plan-time check would read
      // ListCosEnableRegion (a data source) and is left to new tracks.
      props.checkDeliveryRegion = false;
    }
    const orgWide = t.trackForAllMembers === 1;
    const crossAccount = s.accountId !== undefined || s.appId !== undefined;
    if (orgWide) {
      if (s.accountId !== undefined) props.storageAccountId = s.accountId;
      if (s.appId !== undefined) props.storageAppId = s.appId;
    }
    // API values enter comments only as string literals (tsString): nothing in them can end the comment.
    const accountNote = crossAccount ? ` of account ${s.accountId !== undefined ? tsString(s.accountId) : 'unknown'} (APPID ${s.appId !== undefined ? tsString(s.appId) : 'unknown'})` : '';
    notes.push(`Tracking set ${tsString(t.trackId)}${t.createTime ? `, created ${tsString(t.createTime)}` : ''}: ${t.status === 1 ? 'enabled' : 'paused (status 0)'}, storage ${cos ? 'COS bucket' : 'CLS topic'} ${tsString(s.name)} in ${tsString(s.region)}${accountNote}.`);
    if (!t.hasDetail) {
      notes.push('TrackForAllMembers is not in DescribeAuditTracks and no DescribeAuditTrack response was given (--track): written as not org-wide.');
    }
    if (cos) notes.push('The bucket is referenced, not managed: to manage it too, use new CosDestination(..., { importExisting: true, appId }).');
    const plan: TrackPlan = { track: t, id, className: orgWide ? 'OrgWideTrack' : 'AuditTrack', destination, props, notes, findings: [] };
    if (crossAccount && !orgWide) declareCrossAccount(plan);
    return plan;
  });
}

/**
 * A track delivering into another account that is not (known to be) organization-wide: declared
 * as DescribeAuditTracks gives it, an AuditTrack whose adopted storage names the other account.
 * Without its DescribeAuditTrack response, TrackForAllMembers is unknown: a CA930 finding says so
 * (cross-account delivery is usually an organization's).
 */
function declareCrossAccount(plan: TrackPlan): void {
  const s = plan.track.storage;
  if (s.accountId !== undefined) plan.destination.props.storageAccountId = s.accountId;
  if (s.appId !== undefined) plan.destination.props.storageAppId = s.appId;
  if (!plan.track.hasDetail) {
    plan.findings.push({
      code: 'CA930',
      keptOn: 'note',
      message: `tracking set ${plan.track.trackId} ${JSON.stringify(plan.track.name)} delivers into another account, and DescribeAuditTracks does not say whether it is organization-wide (TrackForAllMembers): declared as an AuditTrack that is not. If it is, the plan shows track_for_all_members changing: give its DescribeAuditTrack response (--track) and import again`,
    });
  }
}

/** The comment lines above a declared track naming its findings (API values only inside string literals). */
function findingLines(p: TrackPlan, indent: string): string[] {
  return p.findings.map((f) => (f.keptOn === 'note'
    ? `${indent}// [CA930 ImportDetailMissing] TrackForAllMembers is not in DescribeAuditTracks: declared as not organization-wide (give --track).`
    : `${indent}// KEPT AS THE CLOUD HAS IT: ${f.code}${f.name ? ` ${f.name}` : ''} (keepImported below, with the finding; the team decides).`));
}

// ---------------------------------------------------------------- rendering

/**
 * Characters a string literal of the generated file writes as escapes: the quote and the
 * backslash; every control, format and separator character (C0, DEL, C1, bidi overrides and
 * isolates, zero-width characters, U+2028/U+2029: nothing can end a line or a comment, move a
 * terminal's cursor or reorder what a reviewer sees); lone surrogates; the `*\/` that would end a
 * block comment; and the `##` of a CI runner command (`##[`, `##vso[`).
 */
const TS_UNSAFE = /['\\]|[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]|\*\/|##/gu;

function tsEscape(c: string): string {
  if (c === "'") return "\\'";
  if (c === '\\') return '\\\\';
  if (c === '*/') return '*\\/';
  if (c === '##') return '#\\x23';
  return escapeChar(c);
}

/**
 * A TypeScript string literal holding `value` exactly, written in printable ASCII-safe text: the
 * only way an API-derived value ever enters the generated file (in code, or inside a comment,
 * where the literal has no character that could end the comment).
 */
export function tsString(value: string): string {
  return `'${value.replace(TS_UNSAFE, tsEscape)}'`;
}

function renderValue(v: PlanValue, indent: string): string {
  if (isEnumRef(v)) return `${v.enumName}.${v.member}`;
  if (typeof v === 'string') return tsString(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) {
    const items = v.map((x) => renderValue(x, `${indent}  `));
    const oneLine = `[${items.join(', ')}]`;
    return oneLine.length <= 100 && !oneLine.includes('\n') ? oneLine : `[\n${items.map((i) => `${indent}  ${i},`).join('\n')}\n${indent}]`;
  }
  const keys = Object.keys(v);
  const oneLine = `{ ${keys.map((k) => `${k}: ${renderValue(v[k], `${indent}  `)}`).join(', ')} }`;
  if (oneLine.length <= 100 && !oneLine.includes('\n')) return oneLine;
  return `{\n${keys.map((k) => `${indent}  ${k}: ${renderValue(v[k], `${indent}  `)},`).join('\n')}\n${indent}}`;
}

/** Whether the plan uses an enum (to import only what the file uses). */
function usesEnum(v: PlanValue, name: string): boolean {
  if (isEnumRef(v)) return v.enumName === name;
  if (Array.isArray(v)) return v.some((x) => usesEnum(x, name));
  if (typeof v === 'object' && v !== null) return Object.values(v).some((x) => usesEnum(x, name));
  return false;
}

function renderTrack(p: TrackPlan): string[] {
  const indent = '    ';
  const d = p.destination;
  const propLines = Object.entries(p.props).map(([k, v]) => `${indent}  ${k}: ${renderValue(v, `${indent}  `)},`);
  const code = [
    `${indent}new ${p.className}(this, ${tsString(p.id)}, {`,
    ...propLines.slice(0, 1),
    `${indent}  destination: ${d.className}.${d.method}(this, ${tsString(d.id)}, ${renderValue(d.props, `${indent}  `)}),`,
    ...propLines.slice(1),
    `${indent}});`,
  ].join('\n').split('\n');
  const notes = [...p.notes.map((n) => `${indent}// ${n}`), ...findingLines(p, indent)];
  if (!p.problem) return [...notes, ...code];
  return [
    ...notes,
    // The message quotes API values: it is written as one string literal, never as comment text.
    `${indent}// NOT DECLARED: [CA919 ImportTrackBreaksRule] ${tsString(p.problem.message)}`,
    `${indent}// Fix the tracking set (console or API) or the values below, then uncomment. Until then`,
    `${indent}// this app does not manage it (no import, no create).`,
    ...code.map((l) => `${indent}// ${l.slice(indent.length)}`),
  ];
}

/** The one line naming a finding on a declared track (stderr). */
export function findingLine(f: ImportFinding): string {
  return f.keptOn === 'note' ? `[CA930 ImportDetailMissing] ${f.message}` : `[CA919 ImportTrackBreaksRule] ${f.message}`;
}

/** The one line naming a track that is not declared (stderr and the file's comment). */
export function problemLine(message: string): string {
  return `[CA919 ImportTrackBreaksRule] ${message}`;
}

/** Options of the generated file. */
export interface RenderOptions {
  /** Region of the tencentcloud provider (the CloudAudit API region). */
  readonly region: string;
  /** Module the constructs are imported from. */
  readonly module?: string;
  /** Class name of the stack. */
  readonly stackClass?: string;
  /** Stack name used when the file is run. */
  readonly stackName?: string;
  /** The input files, named in the header. */
  readonly sources?: string[];
}

/** The TypeScript file. */
export function renderFile(plans: readonly TrackPlan[], options: RenderOptions): string {
  const module = options.module ?? PACKAGE_NAME;
  const stackClass = options.stackClass ?? 'ImportedTracksStack';
  const stackName = options.stackName ?? 'imported-tracks';
  const declared = plans.filter((p) => !p.problem);
  // The compliance rules run on every synth, as in a hand-written app (README, Quick start).
  const names = new Set<string>(['AuditChecks', 'tencentcloud']);
  for (const p of declared) {
    names.add(p.className);
    names.add(p.destination.className);
    if (usesEnum(p.props, 'ActionType')) names.add('ActionType');
  }
  const lines = [
    '/**',
    ` * Generated by cloudaudit-import${options.sources?.length ? ` from ${options.sources.map(tsString).join(', ')}` : ''}: one construct per`,
    ' * existing tracking set, with its import ID. Review it, then `cdktf plan`: the plan must show',
    ' * imports and no creates (docs/import.md). Once applied, the importTrackId props can stay or go.',
    ` * ${declared.length} of ${plans.length} tracking set(s) declared${plans.length > declared.length ? `; ${plans.length - declared.length} left commented out (NOT DECLARED below)` : ''}.`,
    ' */',
    "import { App, Aspects, TerraformStack } from 'cdktf';",
    "import { Construct } from 'constructs';",
    `import { ${[...names].sort((a, b) => a.localeCompare(b)).join(', ')} } from ${tsString(module)};`,
    '',
    `export class ${stackClass} extends TerraformStack {`,
    '  constructor(scope: Construct, id: string) {',
    '    super(scope, id);',
    `    new tencentcloud.provider.TencentcloudProvider(this, 'tencentcloud', { region: ${tsString(options.region)} });`,
  ];
  for (const p of plans) lines.push('', ...renderTrack(p));
  lines.push(
    '  }',
    '}',
    '',
    'if (require.main === module) {',
    '  const app = new App();',
    '  Aspects.of(app).add(new AuditChecks());',
    `  new ${stackClass}(app, ${tsString(stackName)});`,
    '  app.synth();',
    '}',
    '',
  );
  return lines.join('\n');
}
