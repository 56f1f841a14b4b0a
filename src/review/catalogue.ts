/**
 * The review's rule catalogue, as the report and SARIF show it: the registry's review-level rules
 * (COV, STO, API groups, ORG, QTA; src/rules/coverage.ts and storage-posture.ts). Ids are stable:
 * never renumber, only add. docs/review.md (Rules) lists every rule with the same
 * text; a test keeps the two in step.
 */
import { Level } from './model';
import { RULES as REGISTRY } from '../rules/index';
import { Rule } from '../rules/rule';

export interface RuleInfo {
  readonly id: string;
  readonly level: Level;
  /** The rule, in one line (what a compliant plan does). */
  readonly title: string;
  /** How to fix a finding. */
  readonly fix: string;
  /** How to fix a finding in Terraform attribute terms (hand-written Terraform, plans). */
  readonly fixTerraform: string;
  /** Why the rule exists, and where it comes from. */
  readonly rationale: string;
}

const isReviewRule = (r: Rule) => !r.code.startsWith('CA');

export const RULES: readonly RuleInfo[] = (REGISTRY as readonly Rule[]).filter(isReviewRule).map((r) => ({
  id: r.code, level: r.level, title: r.rule, fix: r.fix ?? '', fixTerraform: r.fixTerraform ?? r.fix ?? '', rationale: r.rationale ?? r.source,
}));

const BY_ID = new Map(RULES.map((r) => [r.id, r]));
/** API rule codes the review reports (under their API-00x group): acknowledgeable by code too. */
const REVIEWED_CODES = new Set((REGISTRY as readonly Rule[]).filter((r) => r.review !== undefined).map((r) => r.code));

/** The rule with this id; throws on an unknown id (a programming error). */
export function rule(id: string): RuleInfo {
  const r = BY_ID.get(id);
  if (!r) throw new Error(`unknown review rule ${id}`);
  return r;
}

/** Whether `id` names a review rule, or an API rule code the review reports. */
export function isRuleId(id: string): boolean {
  return BY_ID.has(id) || REVIEWED_CODES.has(id);
}

/** Acknowledgement reasons must say something: the same floor as cdk-nag. */
export const MIN_REASON_LENGTH = 10;
