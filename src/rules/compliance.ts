/**
 * The compliance mapping: the obligations (clauses) of the frameworks a CloudAudit reviewer answers
 * to, and, for every rule of the registry, the clauses it supports. One file, so that a new rule
 * adds one line here (test/compliance.test.ts fails while a registry code has no entry; an empty
 * list says "supports no clause", e.g. a rule about the tool's own input).
 *
 * Clause numbers and titles are those of the published texts (docs/compliance.md cites each and
 * says how it was checked). A clause is `checkable: false` when nothing in Terraform can show it:
 * the review then says "not checkable from Terraform" and names what would.
 * Pure data: no cdktf, no review.
 */
import type { RuleCode } from './index';

/** A framework `--framework` takes. */
export type FrameworkId = 'mlps2-l2' | 'mlps2-l3' | 'csl' | 'iso27001';

/** What in a plan shows a clause is met: enabled tracks, the storage they deliver to, alerting on their events. */
export type EvidenceKind = 'tracks' | 'storage' | 'alerting';

export interface Clause {
  /** Stable id, `<framework>/<number>[-<item>]`, e.g. `mlps2-l3/8.1.4.3-c`. */
  readonly id: string;
  readonly framework: FrameworkId;
  /** The number as the text numbers it, e.g. `8.1.4.3 c)`, `Art. 23 (3)`, `A.8.15`. */
  readonly number: string;
  /** The clause's own title (the standard's heading, the control name). */
  readonly title: string;
  /** What it asks, in a line (a translation or summary, never a quote of a paid text). */
  readonly requirement: string;
  /** Whether a reading of Terraform can judge it at all. */
  readonly checkable: boolean;
  /** The resources whose presence is the evidence (checkable clauses): all must be there. */
  readonly evidence: readonly EvidenceKind[];
  /** What Terraform cannot prove about it (always said in the report). */
  readonly limit: string;
}

export interface Framework {
  readonly id: FrameworkId;
  /** e.g. `MLPS 2.0 level 3`. */
  readonly name: string;
  /** The text, by public title and link. */
  readonly source: string;
}

const MLPS_SOURCE = 'GB/T 22239-2019 信息安全技术 网络安全等级保护基本要求 (Information security technology - Baseline for classified protection of cybersecurity), SAMR/SAC, in force 2019-12-01; catalogue https://openstd.samr.gov.cn';

export const FRAMEWORKS: Readonly<Record<FrameworkId, Framework>> = {
  'mlps2-l2': { id: 'mlps2-l2', name: 'MLPS 2.0 level 2', source: `${MLPS_SOURCE}: chapter 7 (level 2), 7.1 general requirements` },
  'mlps2-l3': { id: 'mlps2-l3', name: 'MLPS 2.0 level 3', source: `${MLPS_SOURCE}: chapter 8 (level 3), 8.1 general requirements` },
  'csl': {
    id: 'csl',
    name: 'PRC Cybersecurity Law',
    source: '中华人民共和国网络安全法 (Cybersecurity Law of the PRC), as amended by the NPC Standing Committee decision of 2025-10-28, in force 2026-01-01 (the amendment inserted articles 3 and 20: the former art. 21 is art. 23), http://www.npc.gov.cn',
  },
  'iso27001': {
    id: 'iso27001',
    name: 'ISO/IEC 27001:2022',
    source: 'ISO/IEC 27001:2022 Information security, cybersecurity and privacy protection - Information security management systems - Requirements, Annex A (control names), https://www.iso.org/standard/27001',
  },
};

const RECORDS_BY_SERVICE = 'what an audit record holds is set by CloudAudit, not by configuration (CloudAudit Features, https://www.tencentcloud.com/document/product/1021/30333: event time, user name, event name, resource type, error code, source IP)';
const WHO_MAY_STOP = 'who may stop, change or delete a tracking set is decided by CAM policies (cloudaudit:StopLogging, UpdateAuditTrack, DeleteAuditTrack), which the review does not judge; an alarm on those events (API-015, EventBridge rules) detects an interruption but does not prevent it';
const OUTSIDE_PLAN = 'backups, replication and exports made outside this configuration, and what the console changes after apply, are not seen';

/** Every clause, frameworks in the order above. */
export const CLAUSES = [
  // MLPS 2.0 level 2: 7.1.4.3 安全审计 (security computing environment, security audit).
  {
    id: 'mlps2-l2/7.1.4.3-a',
    framework: 'mlps2-l2',
    number: '7.1.4.3 a)',
    title: '安全计算环境 - 安全审计 (security audit)',
    requirement: 'security audit is enabled, covers every user, and audits important user behaviour and important security events',
    checkable: true,
    evidence: ['tracks'],
    limit: 'Terraform shows the tracking sets configured, not that the apply succeeded or that they stay enabled',
  },
  {
    id: 'mlps2-l2/7.1.4.3-b',
    framework: 'mlps2-l2',
    number: '7.1.4.3 b)',
    title: '安全计算环境 - 安全审计 (security audit)',
    requirement: 'audit records include the date and time, the user, the event type, whether it succeeded, and other audit-related information',
    checkable: false,
    evidence: ['tracks'],
    limit: RECORDS_BY_SERVICE,
  },
  {
    id: 'mlps2-l2/7.1.4.3-c',
    framework: 'mlps2-l2',
    number: '7.1.4.3 c)',
    title: '安全计算环境 - 安全审计 (security audit)',
    requirement: 'audit records are protected and backed up regularly, against unexpected deletion, modification or overwriting',
    checkable: true,
    evidence: ['storage'],
    limit: OUTSIDE_PLAN,
  },
  // MLPS 2.0 level 3: 8.1.4.3 安全审计 and 8.1.5.4 集中管控.
  {
    id: 'mlps2-l3/8.1.4.3-a',
    framework: 'mlps2-l3',
    number: '8.1.4.3 a)',
    title: '安全计算环境 - 安全审计 (security audit)',
    requirement: 'security audit is enabled, covers every user, and audits important user behaviour and important security events',
    checkable: true,
    evidence: ['tracks'],
    limit: 'Terraform shows the tracking sets configured, not that the apply succeeded or that they stay enabled',
  },
  {
    id: 'mlps2-l3/8.1.4.3-b',
    framework: 'mlps2-l3',
    number: '8.1.4.3 b)',
    title: '安全计算环境 - 安全审计 (security audit)',
    requirement: 'audit records include the date and time, the user, the event type, whether it succeeded, and other audit-related information',
    checkable: false,
    evidence: ['tracks'],
    limit: RECORDS_BY_SERVICE,
  },
  {
    id: 'mlps2-l3/8.1.4.3-c',
    framework: 'mlps2-l3',
    number: '8.1.4.3 c)',
    title: '安全计算环境 - 安全审计 (security audit)',
    requirement: 'audit records are protected and backed up regularly, against unexpected deletion, modification or overwriting',
    checkable: true,
    evidence: ['storage'],
    limit: OUTSIDE_PLAN,
  },
  {
    id: 'mlps2-l3/8.1.4.3-d',
    framework: 'mlps2-l3',
    number: '8.1.4.3 d)',
    title: '安全计算环境 - 安全审计 (security audit)',
    requirement: 'the audit process is protected against unauthorized interruption',
    checkable: false,
    evidence: ['tracks'],
    limit: WHO_MAY_STOP,
  },
  {
    id: 'mlps2-l3/8.1.5.4-d',
    framework: 'mlps2-l3',
    number: '8.1.5.4 d)',
    title: '安全管理中心 - 集中管控 (centralized management and control)',
    requirement: 'audit data scattered over the devices is collected and analysed centrally, and audit records are kept as long as laws and regulations require',
    checkable: true,
    evidence: ['tracks', 'storage'],
    limit: 'the review reads the retention configured (lifecycle rules, topic period), not what the storage holds today; analysis of the logs is not configuration',
  },
  {
    id: 'mlps2-l3/8.1.5.4-f',
    framework: 'mlps2-l3',
    number: '8.1.5.4 f)',
    title: '安全管理中心 - 集中管控 (centralized management and control)',
    requirement: 'security events of every kind occurring in the network can be identified, alarmed and analysed',
    checkable: true,
    evidence: ['alerting'],
    limit: 'the review sees CLS alarms and EventBridge rules on CloudAudit events in this configuration; whether someone receives and acts on a notice is not configuration',
  },
  // PRC Cybersecurity Law.
  {
    id: 'csl/23-3',
    framework: 'csl',
    number: 'Art. 23 (3)',
    title: '网络运营者的安全保护义务 (network operators\' security protection duties)',
    requirement: 'take technical measures to monitor and record the network\'s operation and security events, and keep the related network logs for no less than six months',
    checkable: true,
    evidence: ['tracks', 'storage'],
    limit: 'six months is read as 180 days of configured retention; logs kept elsewhere (an export, another account) are not seen',
  },
  // ISO/IEC 27001:2022 Annex A.
  {
    id: 'iso27001/8.15',
    framework: 'iso27001',
    number: 'A.8.15',
    title: 'Logging',
    requirement: 'logs recording activities and other relevant events are produced, stored and protected',
    checkable: true,
    evidence: ['tracks', 'storage'],
    limit: 'which events your ISMS deems relevant, and the review of the logs, are not configuration',
  },
  {
    id: 'iso27001/8.16',
    framework: 'iso27001',
    number: 'A.8.16',
    title: 'Monitoring activities',
    requirement: 'anomalous behaviour is monitored for, and acted on',
    checkable: true,
    evidence: ['alerting'],
    limit: 'the review sees CLS alarms and EventBridge rules on CloudAudit events; the response to them is not configuration',
  },
  {
    id: 'iso27001/8.17',
    framework: 'iso27001',
    number: 'A.8.17',
    title: 'Clock synchronization',
    requirement: 'the clocks of the systems producing logs are synchronized to approved time sources',
    checkable: false,
    evidence: ['tracks'],
    limit: 'CloudAudit stamps events with the time of Tencent Cloud\'s own servers: nothing in a configuration sets or shows it',
  },
  {
    id: 'iso27001/5.33',
    framework: 'iso27001',
    number: 'A.5.33',
    title: 'Protection of records',
    requirement: 'records are protected from loss, destruction, falsification and unauthorized access or release',
    checkable: true,
    evidence: ['storage'],
    limit: OUTSIDE_PLAN,
  },
  {
    id: 'iso27001/8.24',
    framework: 'iso27001',
    number: 'A.8.24',
    title: 'Use of cryptography',
    requirement: 'cryptography, including key management, is used as the organization\'s rules require',
    checkable: true,
    evidence: ['storage'],
    limit: 'the review sees that server-side encryption is configured on the log bucket, not the key policy behind a KMS key',
  },
] as const satisfies readonly Clause[];

export type ClauseId = (typeof CLAUSES)[number]['id'];

// Groups of clauses a rule supports.
/** The audit trail exists and records: tracking sets created, enabled, recording every product. */
const RECORDING: readonly ClauseId[] = ['mlps2-l2/7.1.4.3-a', 'mlps2-l3/8.1.4.3-a', 'csl/23-3', 'iso27001/8.15'];
/** The records are protected against deletion and change. */
const PROTECTION: readonly ClauseId[] = ['mlps2-l2/7.1.4.3-c', 'mlps2-l3/8.1.4.3-c', 'iso27001/8.15', 'iso27001/5.33'];
/** The records are kept long enough. */
const RETENTION: readonly ClauseId[] = ['mlps2-l3/8.1.5.4-d', 'csl/23-3', 'iso27001/5.33'];
/** The records of several accounts are collected in one place. */
const CENTRAL: readonly ClauseId[] = ['mlps2-l3/8.1.5.4-d'];
/** Security events are alarmed on. */
const ALERTING: readonly ClauseId[] = ['mlps2-l3/8.1.5.4-f', 'iso27001/8.16'];
/** The records are encrypted. */
const CRYPTO: readonly ClauseId[] = ['iso27001/8.24', 'iso27001/5.33'];
const NONE: readonly ClauseId[] = [];

const both = (...groups: ReadonlyArray<readonly ClauseId[]>): readonly ClauseId[] => [...new Set(groups.flat())];

/**
 * The clauses each rule supports, by code. A rule whose finding means the audit trail would not be
 * created (an API refusal) supports the recording clauses: a tracking set the API refuses records
 * nothing. A review group (API-00x) supports what its codes support (a test checks the union).
 */
export const RULE_CLAUSES = {
  // The tool's own input: props shape, acknowledgements, review and import input.
  'CA001': NONE,
  'CA002': NONE,
  // Tracking sets the API refuses are never created.
  'CA101': RECORDING,
  'CA102': RECORDING,
  'CA103': RECORDING,
  'CA104': RECORDING,
  'CA105': RECORDING,
  'CA106': RECORDING,
  'CA107': RECORDING,
  'CA108': RECORDING,
  'CA109': RECORDING,
  'CA110': RECORDING,
  'CA111': RECORDING,
  'CA112': RECORDING,
  'CA113': RECORDING,
  'CA114': RECORDING,
  'CA115': RECORDING,
  'CA116': RECORDING,
  'CA117': RECORDING,
  'CA118': NONE,
  'CA120': RECORDING,
  'CA121': RECORDING,
  'CA122': RECORDING,
  // COS storage: a bucket the API refuses receives nothing; retention, encryption and object lock.
  'CA201': RECORDING,
  'CA202': RECORDING,
  'CA203': RECORDING,
  'CA204': RECORDING,
  'CA205': RECORDING,
  'CA206': CRYPTO,
  'CA207': RETENTION,
  'CA208': RETENTION,
  'CA209': PROTECTION,
  'CA210': RECORDING,
  'CA211': PROTECTION,
  // COS protection options: access logging, replication, multi-AZ, object lock, the deny-delete
  // policy (a refused option leaves the records unprotected); transitions keep the records, a key in
  // the wrong region leaves them unencrypted.
  'CA212': PROTECTION,
  'CA213': PROTECTION,
  'CA214': PROTECTION,
  'CA215': PROTECTION,
  'CA216': PROTECTION,
  'CA217': PROTECTION,
  'CA218': PROTECTION,
  'CA219': RETENTION,
  'CA220': RETENTION,
  'CA221': CRYPTO,
  'CA222': RECORDING,
  'CA223': PROTECTION,
  'CA224': PROTECTION,
  'CA225': PROTECTION,
  'CA226': both(PROTECTION, CRYPTO),
  'CA227': PROTECTION,
  'CA228': PROTECTION,
  // CLS storage.
  'CA301': RETENTION,
  'CA302': RETENTION,
  'CA303': RECORDING,
  'CA304': RECORDING,
  'CA305': RECORDING,
  'CA306': RECORDING,
  'CA307': RECORDING,
  'CA308': RECORDING,
  'CA309': RETENTION,
  'CA310': CRYPTO,
  'CA311': CRYPTO,
  // Regions and providers: storage in a region the track cannot deliver to receives nothing.
  'CA401': RECORDING,
  'CA402': RECORDING,
  'CA404': NONE,
  'CA405': NONE,
  'CA406': NONE,
  'CA451': NONE,
  'CA452': NONE,
  'CA453': RECORDING,
  // Organization delivery: the member accounts' logs in one account.
  'CA501': both(RECORDING, CENTRAL),
  'CA502': both(RECORDING, CENTRAL),
  'CA503': both(RECORDING, CENTRAL),
  'CA504': both(RECORDING, CENTRAL),
  'CA601': NONE,
  'CA602': NONE,
  'CA603': NONE,
  'CA610': NONE,
  'CA611': NONE,
  'CA612': NONE,
  'CA613': NONE,
  'CA614': NONE,
  'CA615': NONE,
  'CA616': NONE,
  'CA617': NONE,
  'CA618': NONE,
  'CA620': NONE,
  'CA621': NONE,
  'CA622': NONE,
  'CA623': NONE,
  'CA630': NONE,
  'CA631': NONE,
  'CA632': NONE,
  'CA633': NONE,
  'CA634': NONE,
  'CA640': NONE,
  'CA641': NONE,
  'CA642': NONE,
  // CLS alarms and EventBridge rules on CloudAudit events.
  'CA701': ALERTING,
  'CA702': ALERTING,
  'CA703': ALERTING,
  'CA704': ALERTING,
  'CA705': ALERTING,
  'CA706': ALERTING,
  'CA707': ALERTING,
  'CA708': ALERTING,
  'CA709': ALERTING,
  'CA710': ALERTING,
  'CA711': ALERTING,
  'CA712': ALERTING,
  'CA713': ALERTING,
  'CA714': ALERTING,
  'CA715': ALERTING,
  'CA716': ALERTING,
  'CA717': ALERTING,
  'CA718': ALERTING,
  'CA719': ALERTING,
  'CA721': ALERTING,
  'CA722': ALERTING,
  'CA723': ALERTING,
  'CA724': ALERTING,
  'CA725': ALERTING,
  'CA726': ALERTING,
  'CA727': ALERTING,
  'CA728': ALERTING,
  'CA729': ALERTING,
  'CA730': ALERTING,
  'CA751': ALERTING,
  'CA752': ALERTING,
  // The CloudAudit service role delivers across accounts.
  'CA801': both(RECORDING, CENTRAL),
  'CA802': both(RECORDING, CENTRAL),
  // Plan-time checks and quota: a track over the quota or to a region COS does not deliver to is not created.
  'CA821': RECORDING,
  'CA831': NONE,
  'CA851': RECORDING,
  'CA900': NONE,
  'CA901': NONE,
  'CA902': NONE,
  'CA910': NONE,
  'CA911': NONE,
  'CA912': NONE,
  'CA913': NONE,
  'CA914': NONE,
  'CA915': NONE,
  'CA916': NONE,
  'CA917': NONE,
  'CA918': NONE,
  'CA919': NONE,
  'CA920': NONE,
  'CA921': NONE,
  'CA930': NONE,
  // The review's own rules.
  'COV-001': RECORDING,
  'COV-002': RECORDING,
  'COV-003': RECORDING,
  'COV-004': RECORDING,
  'COV-005': RECORDING,
  'SCH-001': RECORDING,
  'SCH-002': RECORDING,
  'STO-001': PROTECTION,
  'STO-002': PROTECTION,
  'STO-003': CRYPTO,
  'STO-004': PROTECTION,
  'STO-005': PROTECTION,
  'STO-006': RETENTION,
  'STO-007': RETENTION,
  'STO-008': PROTECTION,
  'STO-009': PROTECTION,
  'STO-010': PROTECTION,
  'STO-011': PROTECTION,
  'STO-012': PROTECTION,
  'API-001': RECORDING,
  'API-002': RECORDING,
  'API-003': RECORDING,
  'API-004': RECORDING,
  'API-005': RECORDING,
  'API-006': RECORDING,
  'API-007': both(RECORDING, CRYPTO, RETENTION, PROTECTION),
  'API-008': both(RECORDING, RETENTION, CRYPTO),
  'API-009': both(RECORDING, CENTRAL),
  'API-010': RECORDING,
  'API-011': ALERTING,
  'API-012': ALERTING,
  'API-013': both(RECORDING, CENTRAL),
  'API-014': both(RECORDING, ALERTING),
  'API-015': ALERTING,
  'ORG-001': NONE,
  'ORG-002': both(RECORDING, CENTRAL),
  'QTA-001': RECORDING,
} satisfies { readonly [K in RuleCode]?: readonly ClauseId[] };

const BY_ID = new Map<string, Clause>((CLAUSES as readonly Clause[]).map((c) => [c.id, c]));

/** The clause with this id (throws on an unknown id: a programming error). */
export function clause(id: string): Clause {
  const c = BY_ID.get(id);
  if (!c) throw new Error(`unknown compliance clause ${id}`);
  return c;
}

/** The clauses of one framework, in the text's order. */
export function clausesOfFramework(framework: FrameworkId): readonly Clause[] {
  return (CLAUSES as readonly Clause[]).filter((c) => c.framework === framework);
}

/** Whether `id` names a framework. */
export function isFramework(id: string): id is FrameworkId {
  return Object.prototype.hasOwnProperty.call(FRAMEWORKS, id);
}

/** The clause ids a rule supports; undefined when the rule has no entry (test/compliance.test.ts fails then). */
export function clauseIdsOf(code: string): readonly string[] | undefined {
  return Object.prototype.hasOwnProperty.call(RULE_CLAUSES, code) ? (RULE_CLAUSES as Record<string, readonly string[]>)[code] : undefined;
}
