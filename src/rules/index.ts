/**
 * The rule registry: every rule of the library, constructs and review alike, one object each, in
 * one list. Codes are a union type derived from it: a code that is not here does not compile.
 * Adding a rule: define it in its family file and list it in that family's `*_RULES` (see
 * CONTRIBUTING.md). Nothing else needs to change.
 */
import { ALARM_RULES } from './alarm';
import { CLS_RULES } from './cls';
import { Clause, clause, clauseIdsOf } from './compliance';
import { COS_RULES } from './cos';
import { ACCOUNT_RULES, API_GROUP_RULES, COVERAGE_RULES } from './coverage';
import { EVENTBRIDGE_RULES } from './eventbridge';
import { IMPORT_RULES } from './importing';
import { LIVE_RULES } from './live-checks';
import { ORGANIZATION_RULES } from './organization';
import { REGION_RULES } from './regions';
import { INPUT_RULES } from './review-input';
import { Rule } from './rule';
import { SCHEMA_RULES } from './schema';
import { SERVICE_ROLE_RULES } from './service-role';
import { STORAGE_POSTURE_RULES } from './storage-posture';
import { TRACK_RULES } from './track';

/** Every rule, families in code order. */
export const RULES = [
  ...INPUT_RULES.slice(0, 2), ...TRACK_RULES, ...COS_RULES, ...CLS_RULES, ...REGION_RULES, ...ORGANIZATION_RULES,
  ...INPUT_RULES.slice(2), ...ALARM_RULES, ...EVENTBRIDGE_RULES, ...SERVICE_ROLE_RULES, ...LIVE_RULES,
  ...IMPORT_RULES, ...COVERAGE_RULES, ...STORAGE_POSTURE_RULES, ...API_GROUP_RULES, ...ACCOUNT_RULES, ...SCHEMA_RULES,
] as const;

/** Every code: `CA101`, `COV-001`, … */
export type RuleCode = (typeof RULES)[number]['code'];

const BY_CODE = new Map<string, Rule>(RULES.map((r) => [r.code, r as Rule]));

/** The rule with this code. */
export function ruleOf(code: RuleCode): Rule {
  return BY_CODE.get(code)!;
}

/** The rule with this code, or undefined (for codes read from input). */
export function findRule(code: string): Rule | undefined {
  return BY_CODE.get(code);
}

/** The API rules (CAxxx) the review checks on Terraform, by the review group they report under. */
export function apiRulesOf(group: string): Rule[] {
  return RULES.filter((r): r is typeof r & Rule => (r as Rule).review === group);
}

/**
 * Whether an acknowledgement naming `ackId` covers a finding of `ruleId` (raised under `code` when
 * a review group reports an API rule) or a construct warning (`ruleId` is its code): the id itself,
 * the code, the review group the code is reported under, or the review rule it is acknowledged with.
 */
export function acknowledgementCovers(ackId: string, ruleId: string, code?: string): boolean {
  if (ackId === ruleId || (code !== undefined && ackId === code)) return true;
  const own = findRule(code ?? ruleId);
  if (own && (own.review === ackId || own.acknowledgedWith === ackId)) return true;
  return code === undefined && findRule(ackId)?.acknowledgedWith === ruleId;
}

/**
 * Whether `id` may be acknowledged: a review rule, an API rule code the review reports, or a
 * warning code (construct warnings are acknowledged like review findings).
 */
export function isAcknowledgeable(id: string): boolean {
  const r = findRule(id);
  return r !== undefined && (!r.code.startsWith('CA') || r.review !== undefined || r.level === 'warning');
}

/**
 * The compliance clauses a rule supports (src/rules/compliance.ts; docs/compliance.md): MLPS 2.0,
 * the Cybersecurity Law, ISO/IEC 27001. Empty for a rule that supports none, or an unknown code.
 */
export function clausesOf(code: string): readonly Clause[] {
  return (clauseIdsOf(code) ?? []).map(clause);
}
