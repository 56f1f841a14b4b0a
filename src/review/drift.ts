/**
 * The live drift report (`cloudaudit-review --live FILE`): what the cloud holds (a DescribeAuditTracks
 * response, and DescribeAuditTrack responses for the details the list leaves out) against what the
 * code declares (the documents the review reads: cdktf.out, HCL or JSON configuration, a plan, or
 * best a state, `terraform show -json`, where every TrackId is known).
 *
 * Three kinds, stable ids:
 * - DRIFT-001 (warning): a tracking set exists in the account but no track of the code is it;
 * - DRIFT-002 (error): a track of the code does not exist in the account;
 * - DRIFT-003 (error): a track exists on both sides with a field that differs (name, status,
 *   selectors, storage, organization-wide).
 * Exit codes as the review's: 0 no error (warnings allowed), 1 an error, 2 bad input.
 *
 * Tracks are matched by TrackId when the code knows it (a plan or state), else by name. A value
 * the code does not know (an expression, e.g. a topic ID created in the same plan) or the cloud
 * does not say (TrackForAllMembers and a multi-product track's selectors without DescribeAuditTrack)
 * is not compared: the report lists it. Pure: no cdktf, no file system (the CLI reads the files).
 */
import * as path from 'path';
import { ReviewDocument, TfResource } from './model';
import { ImportedSelector, ImportedStorage, ImportedTrack } from '../import/parse';
import { accountLabel } from '../internal/account-label';
import { ACCOUNT_KEY, METADATA_KEY } from '../internal/metadata';
import { printable, printableJson, printableLines } from '../internal/printable';
import { isExpression, lit, many, num, one, PROVIDER_CONFIG } from '../rules/terraform';
import { AUDIT_TRACK, EVENTS_AUDIT_TRACK } from '../rules/track';

export type DriftId = 'DRIFT-001' | 'DRIFT-002' | 'DRIFT-003';

/** The three kinds, as the report and SARIF describe them. */
export const DRIFT_KINDS: Record<DriftId, { readonly level: 'error' | 'warning'; readonly title: string; readonly fix: string }> = {
  'DRIFT-001': {
    level: 'warning',
    title: 'a tracking set of the account is not declared in the code',
    fix: 'adopt it (cloudaudit-import) or delete it if nobody uses it; it counts against the quota',
  },
  'DRIFT-002': {
    level: 'error',
    title: 'a track declared in the code does not exist in the account',
    fix: 'apply the code; if the track was deleted outside Terraform, first terraform state rm it (docs/operations.md)',
  },
  'DRIFT-003': {
    level: 'error',
    title: 'a tracking set differs from its declaration',
    fix: 'apply the code to bring the tracking set back, or change the code to what the cloud holds',
  },
};

/** One difference. */
export interface DriftItem {
  readonly id: DriftId;
  readonly level: 'error' | 'warning';
  /** The tracking set's name (the code's when matched by TrackId and renamed). */
  readonly name: string;
  readonly trackId?: string;
  /** The track's address in the code. */
  readonly address?: string;
  /** Where the track is declared (a code file), or the live file for DRIFT-001. */
  readonly file: string;
  /** DRIFT-003: the field, e.g. `status`, `storage.storage_name`, `selectors`. */
  readonly field?: string;
  /** DRIFT-003: the value in the code and in the cloud, as text. */
  readonly code?: string;
  readonly cloud?: string;
  readonly message: string;
}

/** A track on both sides. */
export interface DriftMatch {
  readonly name: string;
  readonly trackId: string;
  readonly address: string;
  /** Matched `by` TrackId or by name. */
  readonly by: 'trackId' | 'name';
  /** Fields not compared, and why (`storage.storage_name: unknown in the code`). */
  readonly notCompared: string[];
}

export interface DriftReport {
  /** The live files, then the code inputs. */
  readonly liveFiles: readonly string[];
  readonly codeFiles: readonly string[];
  /** The account the live response is compared with (its label). */
  readonly account: string;
  readonly items: DriftItem[];
  readonly matches: DriftMatch[];
  /** Tracks of the code in other accounts, left out (their address). */
  readonly otherAccounts: string[];
}

// ------------------------------------------------------------------ the code side

/** A track as the code declares it, every value literal or undefined (unknown). */
interface CodeTrack {
  readonly resource: TfResource;
  readonly name?: string;
  readonly trackId?: string;
  readonly status?: number;
  /** undefined when a value of a selector is an expression. */
  readonly selectors?: ImportedSelector[];
  readonly storage: { readonly [K in keyof ImportedStorage]?: string };
  readonly orgWide?: boolean;
  readonly account: AccountOf;
}

/** Who a track's provider configuration is (what `--live-account` may name). */
export interface AccountOf {
  readonly label: string;
  /** The values that name it: the assigned name, role ARN, profile, the configuration key; `default` for none of the first three. */
  readonly names: readonly string[];
}

function accountOfProvider(doc: ReviewDocument, key: string): AccountOf {
  const config = doc.resources.find((r) => r.type === PROVIDER_CONFIG && r.account === key)?.values ?? {};
  const named = config['//']?.[METADATA_KEY]?.[ACCOUNT_KEY];
  const name = typeof named === 'string' ? named : undefined;
  const roleArn = lit(one(config.assume_role)?.role_arn);
  const profile = lit(config.profile);
  const names = [name, roleArn, profile].filter((x): x is string => x !== undefined);
  return { label: accountLabel({ name, roleArn, profile }), names: [...names, ...(names.length === 0 ? ['default'] : []), key] };
}

function selectorsOf(r: TfResource): ImportedSelector[] | undefined {
  const raws = r.type === AUDIT_TRACK ? [r.values] : many(one(r.values.filters)?.resource_fields);
  const out: ImportedSelector[] = [];
  for (const raw of raws) {
    const resourceType = lit(raw.resource_type);
    const actionType = lit(raw.action_type);
    const names = Array.isArray(raw.event_names) && raw.event_names.every((n: unknown) => typeof n === 'string' && !isExpression(n)) ? raw.event_names as string[] : undefined;
    if (resourceType === undefined || actionType === undefined || names === undefined) return undefined;
    out.push({ resourceType, actionType, eventNames: names });
  }
  return out;
}

function codeTracks(docs: readonly ReviewDocument[]): CodeTrack[] {
  const out: CodeTrack[] = [];
  for (const doc of docs) {
    for (const r of doc.resources) {
      if (r.type !== AUDIT_TRACK && r.type !== EVENTS_AUDIT_TRACK) continue;
      const v = r.values;
      const s = one(v.storage) ?? {};
      const id = lit(v.id) ?? lit(v.track_id);
      const status = num(v.status);
      const members = v.track_for_all_members;
      out.push({
        resource: r,
        name: lit(v.name),
        trackId: id !== undefined && /^[0-9]+$/.test(id) ? id : undefined,
        // The provider's default: status is required; an unset track_for_all_members is 0.
        status,
        selectors: selectorsOf(r),
        storage: {
          type: lit(s.storage_type),
          region: lit(s.storage_region),
          name: lit(s.storage_name),
          prefix: s.storage_prefix === undefined || s.storage_prefix === null ? undefined : lit(s.storage_prefix),
          accountId: s.storage_account_id === undefined || s.storage_account_id === null ? '' : lit(s.storage_account_id),
          appId: s.storage_app_id === undefined || s.storage_app_id === null ? '' : lit(s.storage_app_id),
        },
        orgWide: members === undefined || members === null ? false : num(members) === undefined ? undefined : num(members) === 1,
        account: accountOfProvider(doc, r.account),
      });
    }
  }
  return out;
}

// ------------------------------------------------------------------ comparison

const selectorText = (s: readonly ImportedSelector[]) => [...s]
  .map((x) => `${x.resourceType}:${x.actionType}:[${[...x.eventNames].sort().join(',')}]`).sort().join(' ');

/** Compares the code's tracks of one account with the live tracks; `account` picks the account (`--live-account`). */
export function compareLive(
  docs: readonly ReviewDocument[], live: readonly ImportedTrack[], files: { live: readonly string[]; code: readonly string[] }, account?: string,
): DriftReport {
  const all = codeTracks(docs);
  const labels = [...new Set(all.map((t) => t.account.label))];
  if (account === undefined && labels.length > 1) {
    throw new DriftUsageError(`the code manages tracks in ${labels.length} accounts (${labels.join('; ')}): a DescribeAuditTracks response is one account's, say which with --live-account (an account name, role ARN, profile, provider configuration such as tencentcloud.archive, or default)`);
  }
  const mine = account === undefined ? all : all.filter((t) => t.account.names.includes(account));
  if (account !== undefined && mine.length === 0 && all.length > 0) {
    throw new DriftUsageError(`--live-account ${JSON.stringify(account)} names none of the code's accounts (${labels.join('; ')})`);
  }
  const others = all.filter((t) => !mine.includes(t)).map((t) => t.resource.address);
  const label = mine[0]?.account.label ?? labels[0] ?? (account !== undefined ? `account ${JSON.stringify(account)}` : 'the account of the response');

  const items: DriftItem[] = [];
  const matches: DriftMatch[] = [];
  const byId = new Map(live.map((t) => [t.trackId, t]));
  const byName = new Map(live.map((t) => [t.name, t]));
  const used = new Set<ImportedTrack>();
  const liveFile = files.live[0] ?? '-';
  for (const c of mine) {
    let t: ImportedTrack | undefined;
    let by: 'trackId' | 'name' = 'trackId';
    if (c.trackId !== undefined) t = byId.get(c.trackId);
    if (!t && c.name !== undefined) {
      const named = byName.get(c.name);
      // A name matches only a tracking set no TrackId of the code claims.
      if (named && !mine.some((o) => o !== c && o.trackId === named.trackId)) {
        t = named;
        by = 'name';
      }
    }
    if (!t || used.has(t)) {
      items.push({
        id: 'DRIFT-002',
        level: 'error',
        name: c.name ?? c.resource.address,
        trackId: c.trackId,
        address: c.resource.address,
        file: c.resource.file,
        message: `${c.resource.address} (${c.name !== undefined ? JSON.stringify(c.name) : 'its name is unknown in the code'}${c.trackId ? `, TrackId ${c.trackId}` : ''}) is not among the ${live.length} tracking set(s) of ${path.basename(liveFile)}`,
      });
      continue;
    }
    used.add(t);
    const notCompared: string[] = [];
    const differ = (field: string, code: string | undefined, cloud: string | undefined, why = 'unknown in the code') => {
      if (code === undefined) {
        notCompared.push(`${field}: ${why}`);
        return;
      }
      if (cloud === undefined) {
        notCompared.push(`${field}: not in the response (give its DescribeAuditTrack with another --live)`);
        return;
      }
      if (code === cloud) return;
      items.push({
        id: 'DRIFT-003',
        level: 'error',
        name: c.name ?? t!.name,
        trackId: t!.trackId,
        address: c.resource.address,
        file: c.resource.file,
        field,
        code,
        cloud,
        message: `${c.resource.address} (TrackId ${t!.trackId}): ${field} is ${JSON.stringify(code)} in the code, ${JSON.stringify(cloud)} in the cloud`,
      });
    };
    differ('name', c.name, t.name);
    differ('status', c.status === undefined ? undefined : String(c.status), String(t.status));
    differ('selectors', c.selectors && selectorText(c.selectors), t.selectors.length > 0 ? selectorText(t.selectors) : undefined);
    differ('storage.storage_type', c.storage.type, t.storage.type);
    differ('storage.storage_region', c.storage.region, t.storage.region);
    differ('storage.storage_name', c.storage.name, t.storage.name);
    differ('storage.storage_prefix', c.storage.prefix, t.storage.prefix);
    // The provider's Read of tencentcloud_events_audit_track never sets these two: a plan or state does not know them.
    const unread = c.resource.type === EVENTS_AUDIT_TRACK && c.resource.source === 'plan';
    const neverRead = 'tencentcloud_events_audit_track never reads it back (a plan or state does not hold it)';
    differ('storage.storage_account_id', unread ? undefined : c.storage.accountId, t.storage.accountId ?? '', neverRead);
    differ('storage.storage_app_id', unread ? undefined : c.storage.appId, t.storage.appId ?? '', neverRead);
    differ('track_for_all_members', c.orgWide === undefined ? undefined : c.orgWide ? '1' : '0', t.trackForAllMembers === undefined ? undefined : String(t.trackForAllMembers));
    matches.push({ name: t.name, trackId: t.trackId, address: c.resource.address, by, notCompared });
  }
  for (const t of live) {
    if (used.has(t)) continue;
    items.push({
      id: 'DRIFT-001',
      level: 'warning',
      name: t.name,
      trackId: t.trackId,
      file: liveFile,
      message: `tracking set ${t.trackId} ${JSON.stringify(t.name)} (${t.storage.type} ${JSON.stringify(t.storage.name)} in ${t.storage.region}) exists in the account but no track of the code is it`,
    });
  }
  const order: Record<DriftId, number> = { 'DRIFT-002': 0, 'DRIFT-003': 1, 'DRIFT-001': 2 };
  items.sort((a, b) => order[a.id] - order[b.id] || a.name.localeCompare(b.name) || (a.field ?? '').localeCompare(b.field ?? ''));
  return { liveFiles: files.live, codeFiles: files.code, account: label, items, matches, otherAccounts: others };
}

/** A usage mistake of --live (CA616 in the CLI). */
export class DriftUsageError extends Error {}

/** Whether the report fails the gate (an error-level difference). */
export function hasDrift(r: DriftReport): boolean {
  return r.items.some((i) => i.level === 'error');
}

// ------------------------------------------------------------------ rendering

/** Control and format characters of untrusted text (names from the API), escaped for a terminal or a file. */
/** Untrusted text, inert: control characters escaped and CI workflow commands neutralised (printable). */
function shown(s: string): string {
  return printable(s);
}

function summary(r: DriftReport): string {
  const errors = r.items.filter((i) => i.level === 'error').length;
  const warnings = r.items.length - errors;
  return `${errors} drift error(s), ${warnings} warning(s); ${r.matches.length} track(s) matched`;
}

function rows(r: DriftReport): string[][] {
  return r.items.map((i) => [
    i.level, i.id, shown(i.name), i.trackId ?? '-', i.field ?? '-',
    i.id === 'DRIFT-001' ? '(not declared)' : shown(i.code ?? (i.id === 'DRIFT-002' ? 'declared' : '-')),
    i.id === 'DRIFT-002' ? '(does not exist)' : shown(i.cloud ?? (i.id === 'DRIFT-001' ? 'exists' : '-')),
  ]);
}
const HEADER = ['Level', 'Drift', 'Track', 'TrackId', 'Field', 'In the code', 'In the cloud'];

function textTable(header: string[], body: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => `  ${cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ')}`.trimEnd();
  return [line(header.map((h) => h.toUpperCase())), ...body.map(line)];
}

function notComparedLines(r: DriftReport): string[] {
  return r.matches.flatMap((m) => m.notCompared.map((n) => `${shown(m.name)} (${m.address}): ${n}`));
}

export function formatDriftTable(r: DriftReport): string {
  const out = [
    `cloudaudit-review --live: ${r.liveFiles.map(shown).join(', ')} against ${r.codeFiles.map(shown).join(', ')} (${shown(r.account)})`,
    '',
  ];
  if (r.items.length > 0) out.push(...textTable(HEADER, rows(r)), '');
  else out.push('  No drift: every track of the code exists as declared, and every tracking set of the account is declared.', '');
  const nc = notComparedLines(r);
  if (nc.length > 0) out.push('Not compared:', ...nc.map((n) => `  ${n}`), '');
  if (r.otherAccounts.length > 0) out.push(`Tracks of other accounts, left out: ${r.otherAccounts.join(', ')}`, '');
  out.push(summary(r));
  // Every line may start with text of the inputs (a workflow command at a line start is neutralised).
  return printableLines(out.join('\n')) + '\n';
}

export function formatDriftJson(r: DriftReport): string {
  const errors = r.items.filter((i) => i.level === 'error').length;
  return printableJson(JSON.stringify({
    tool: 'cloudaudit-review',
    report: 'live-drift',
    live: r.liveFiles,
    code: r.codeFiles,
    account: r.account,
    summary: { errors, warnings: r.items.length - errors, matched: r.matches.length },
    drift: r.items,
    matched: r.matches,
    otherAccounts: r.otherAccounts,
  }, null, 2)) + '\n';
}

function md(s: string): string {
  return shown(s).replace(/[|\\`*_[\]<>]/g, (c) => `\\${c}`);
}

export function formatDriftMarkdown(r: DriftReport): string {
  const out = [
    '# CloudAudit live drift',
    '',
    `${md(r.liveFiles.join(', '))} against ${md(r.codeFiles.join(', '))} (${md(r.account)}): ${summary(r)}.`,
    '',
  ];
  if (r.items.length > 0) {
    out.push(`| ${HEADER.join(' | ')} |`, `|${HEADER.map(() => '---').join('|')}|`);
    for (const row of rows(r)) out.push(`| ${row.map(md).join(' | ')} |`);
    out.push('');
  } else {
    out.push('No drift.', '');
  }
  const nc = notComparedLines(r);
  if (nc.length > 0) out.push('## Not compared', '', ...nc.map((n) => `- ${md(n)}`), '');
  return out.join('\n');
}

const SARIF_LEVEL = { error: 'error', warning: 'warning' } as const;

export function formatDriftSarif(r: DriftReport): string {
  const ids = Object.keys(DRIFT_KINDS) as DriftId[];
  const uri = (file: string) => {
    const rel = path.isAbsolute(file) ? path.relative(process.cwd(), file) : file;
    return rel.startsWith('..') || path.isAbsolute(rel) ? `file://${path.resolve(file).split(path.sep).map(encodeURIComponent).join('/')}` : rel.split(path.sep).map(encodeURIComponent).join('/');
  };
  return printableJson(JSON.stringify({
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'cloudaudit-review',
          informationUri: 'https://github.com/cdktf-tencentcloud-cloudaudit/cdktf-tencentcloud-cloudaudit/blob/main/docs/review.md#live-drift',
          rules: ids.map((id) => ({
            id,
            shortDescription: { text: DRIFT_KINDS[id].title },
            fullDescription: { text: `${DRIFT_KINDS[id].title}: the tracking sets of a DescribeAuditTracks response compared with the tracks of the code` },
            help: { text: `Fix: ${DRIFT_KINDS[id].fix}` },
            defaultConfiguration: { level: SARIF_LEVEL[DRIFT_KINDS[id].level] },
          })),
        },
      },
      properties: { account: r.account, live: r.liveFiles, matched: r.matches },
      results: r.items.map((i) => ({
        ruleId: i.id,
        ruleIndex: ids.indexOf(i.id),
        level: SARIF_LEVEL[i.level],
        message: { text: `${i.message}. Fix: ${DRIFT_KINDS[i.id].fix}.` },
        locations: [{
          physicalLocation: { artifactLocation: { uri: uri(i.file) } },
          logicalLocations: [{ fullyQualifiedName: i.address ?? `tracking set ${i.trackId}`, kind: i.address ? 'resource' : 'object' }],
        }],
      })),
    }],
  }, null, 2)) + '\n';
}

export const DRIFT_FORMATS = { table: formatDriftTable, json: formatDriftJson, markdown: formatDriftMarkdown, sarif: formatDriftSarif } as const;
