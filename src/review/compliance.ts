/**
 * Obligations: what the review's findings say about each clause of a framework (MLPS 2.0, the
 * Cybersecurity Law, ISO/IEC 27001), over every document of one run (the stacks of an app
 * together). A clause is `met` when an enabled tracking set (and the storage or alerting the clause
 * needs) is in the configuration and no rule supporting it has an unacknowledged error or warning;
 * `not met` otherwise, naming the findings or what is missing; `not checkable` when Terraform
 * cannot show it (the clause says why). The mapping is src/rules/compliance.ts; docs/compliance.md.
 * Pure: reads the review results only.
 */
import { Finding, ReviewResult } from './model';
import {
  Clause, clauseIdsOf, clausesOfFramework, EvidenceKind, FRAMEWORKS, FrameworkId, RULE_CLAUSES,
} from '../rules/compliance';

export type ClauseStatus = 'met' | 'not met' | 'not checkable';

/** A finding as a clause lists it. */
export interface ClauseFinding {
  readonly ruleId: string;
  readonly code?: string;
  readonly level: string;
  /** `<document>: <address>` when the run has several documents. */
  readonly address?: string;
  readonly message: string;
  /** The acknowledgement's reason, for acknowledged findings. */
  readonly reason?: string;
}

export interface ClauseResult {
  readonly id: string;
  readonly number: string;
  readonly title: string;
  readonly requirement: string;
  readonly status: ClauseStatus;
  /** Why, in one line. */
  readonly reason: string;
  /** Resource addresses that show the clause's subject (tracks, storage, alarms and event rules). */
  readonly evidence: string[];
  /** Unacknowledged error and warning findings of the rules supporting the clause. */
  readonly findings: ClauseFinding[];
  /** Acknowledged findings of those rules, with their reasons (they do not make it `not met`). */
  readonly acknowledged: ClauseFinding[];
  /** Info findings of those rules: advice, never `not met`. */
  readonly advice: ClauseFinding[];
  /** The rules supporting the clause (review rule ids and CAxxx codes). */
  readonly rules: string[];
  /** What Terraform cannot prove about the clause. */
  readonly limit: string;
}

export interface FrameworkResult {
  readonly framework: FrameworkId;
  readonly name: string;
  readonly source: string;
  readonly clauses: ClauseResult[];
  readonly summary: { readonly met: number; readonly notMet: number; readonly notCheckable: number };
}

/** Rules supporting each clause (inverted once). */
const RULES_OF = new Map<string, string[]>();
for (const [code, ids] of Object.entries(RULE_CLAUSES) as Array<[string, readonly string[]]>) {
  for (const id of ids) {
    const list = RULES_OF.get(id) ?? [];
    list.push(code);
    RULES_OF.set(id, list);
  }
}

/** The clauses a finding bears on: those of its code (API findings), else of its rule. */
function clausesOfFinding(f: Finding): readonly string[] {
  return (f.code !== undefined ? clauseIdsOf(f.code) : undefined) ?? clauseIdsOf(f.ruleId) ?? [];
}

interface Evidence {
  readonly tracks: string[];
  readonly storage: string[];
  readonly alerting: string[];
  /** Tracks whose storage is not in the configuration (adopted, dangling, unknown). */
  readonly storageElsewhere: number;
}

function evidenceOf(results: readonly ReviewResult[]): Evidence {
  const many = results.length > 1;
  const at = (doc: string, address: string) => (many ? `${doc}: ${address}` : address);
  const tracks: string[] = [];
  const storage = new Set<string>();
  const alerting: string[] = [];
  let storageElsewhere = 0;
  for (const r of results) {
    const doc = r.document.name;
    for (const t of r.tracks) {
      if (t.enabled) tracks.push(at(doc, t.address));
      const d = t.destination;
      if (d.status === 'created' && d.address !== undefined) storage.add(d.stack !== undefined ? `${d.stack}: ${d.address}` : at(doc, d.address));
      else storageElsewhere++;
    }
    for (const a of r.alarms) if (a.enabled && a.topics.some((x) => x.endsWith('(audit logs)'))) alerting.push(at(doc, a.address));
    for (const e of r.eventRules) if (e.enabled && e.cloudAudit) alerting.push(at(doc, e.address));
  }
  return { tracks, storage: [...storage], alerting, storageElsewhere };
}

const MISSING: Record<EvidenceKind, string> = {
  tracks: 'no enabled tracking set in the configuration',
  storage: 'no tracking set delivers to a bucket or topic of the configuration',
  alerting: 'no enabled CLS alarm on a topic the tracks deliver to, and no enabled EventBridge rule on CloudAudit events',
};

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function judge(c: Clause, findings: ReadonlyArray<ClauseFinding & { acknowledgedBy?: string }>, ev: Evidence): Pick<ClauseResult, 'status' | 'reason' | 'evidence'> {
  const evidence = [...new Set(c.evidence.flatMap((k) => ev[k]))];
  if (!c.checkable) return { status: 'not checkable', reason: c.limit, evidence };
  if (findings.length > 0) {
    const rules = [...new Set(findings.map((f) => f.code ?? f.ruleId))];
    return { status: 'not met', reason: `${plural(findings.length, 'finding')} of ${rules.join(', ')}`, evidence };
  }
  for (const k of c.evidence) {
    if (ev[k].length > 0) continue;
    if (k === 'storage' && ev.tracks.length > 0 && ev.storageElsewhere > 0) {
      return { status: 'not checkable', reason: 'the storage the tracking sets deliver to is not in this configuration (adopted, or created elsewhere): review the configuration that creates it', evidence };
    }
    return { status: 'not met', reason: MISSING[k], evidence };
  }
  const rules = RULES_OF.get(c.id)?.length ?? 0;
  return { status: 'met', reason: `no unacknowledged error or warning of the ${plural(rules, 'rule')} supporting it`, evidence };
}

/** Each framework's clauses judged on the results of one run. */
export function evaluateFrameworks(results: readonly ReviewResult[], frameworks: readonly FrameworkId[]): FrameworkResult[] {
  const ev = evidenceOf(results);
  const many = results.length > 1;
  // Findings by clause, once.
  const byClause = new Map<string, { open: ClauseFinding[]; acknowledged: ClauseFinding[]; advice: ClauseFinding[] }>();
  for (const r of results) {
    for (const f of r.findings) {
      const ids = clausesOfFinding(f);
      if (ids.length === 0) continue;
      const address = f.address === undefined ? undefined : many ? `${r.document.name}: ${f.address}` : f.address;
      const base: ClauseFinding = {
        ruleId: f.ruleId,
        ...(f.code !== undefined ? { code: f.code } : {}),
        level: f.level,
        ...(address !== undefined ? { address } : {}),
        message: f.message,
      };
      for (const id of ids) {
        let g = byClause.get(id);
        if (g === undefined) byClause.set(id, (g = { open: [], acknowledged: [], advice: [] }));
        if (f.acknowledged) g.acknowledged.push({ ...base, reason: f.acknowledged.reason });
        else if (f.level === 'info') g.advice.push(base);
        else g.open.push(base);
      }
    }
  }
  return frameworks.map((id) => {
    const fw = FRAMEWORKS[id];
    const clauses = clausesOfFramework(id).map((c): ClauseResult => {
      const g = byClause.get(c.id) ?? { open: [], acknowledged: [], advice: [] };
      return {
        id: c.id,
        number: c.number,
        title: c.title,
        requirement: c.requirement,
        ...judge(c, g.open, ev),
        findings: g.open,
        acknowledged: g.acknowledged,
        advice: g.advice,
        rules: RULES_OF.get(c.id) ?? [],
        limit: c.limit,
      };
    });
    const count = (s: ClauseStatus) => clauses.filter((c) => c.status === s).length;
    return { framework: id, name: fw.name, source: fw.source, clauses, summary: { met: count('met'), notMet: count('not met'), notCheckable: count('not checkable') } };
  });
}

/** Evidence as a line: at most `max` addresses, then how many more. */
export function evidenceLine(addresses: readonly string[], max = 8): string {
  if (addresses.length === 0) return '-';
  const shown = addresses.slice(0, max).join(', ');
  return addresses.length > max ? `${shown} (+${addresses.length - max} more)` : shown;
}

/** What a clause's row says after its status: the reason, the findings' addresses, acknowledged ones. */
export function clauseDetail(c: ClauseResult): string {
  const parts = [c.reason];
  if (c.findings.length > 0) parts.push(`at ${evidenceLine([...new Set(c.findings.map((f) => f.address ?? '(plan)'))])}`);
  if (c.acknowledged.length > 0) parts.push(`acknowledged: ${c.acknowledged.map((f) => `${f.code ?? f.ruleId} (${f.reason})`).join('; ')}`);
  if (c.advice.length > 0) parts.push(`advice: ${[...new Set(c.advice.map((f) => f.code ?? f.ruleId))].join(', ')}`);
  return parts.join('; ');
}

/** The summary line of a framework: `3 met, 1 not met, 2 not checkable from Terraform`. */
export function frameworkSummary(f: FrameworkResult): string {
  return `${f.summary.met} met, ${f.summary.notMet} not met, ${f.summary.notCheckable} not checkable from Terraform`;
}
