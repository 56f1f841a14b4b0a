/**
 * One rule, one object (after cdk-nag): its stable code, name, one-line rule, source, level, the
 * Terraform attributes it reads, and one check. The constructs call `check` on their props; the
 * review calls the same `check` on Terraform attributes. Pure TypeScript: no cdktf.
 *
 * A check returns at most one problem for one input; `defineRule` stamps the rule's own code on it,
 * so a rule can never be raised under another rule's code.
 */

import type { TerraformContext, TerraformInput, TerraformResourceView } from './terraform';

/** `error` stops synth (or fails the review gate); `warning` is an annotation; `info` is review-only. */
export type RuleLevel = 'error' | 'warning' | 'info';

/** The Terraform resource and attribute(s) a rule reads (dotted paths below the resource). */
export interface RuleReads {
  readonly resource: string;
  readonly attributes: readonly string[];
}

/** A rule broken by a value: what the constructs throw and what the review reports. */
export interface Violation {
  /** Catalogue code, e.g. `CA101`. */
  readonly code: string;
  /** The prop or Terraform attribute, e.g. `trackName` or `storage.storage_prefix`. */
  readonly field: string;
  /** What was wrong with the value, in one line. */
  readonly problem: string;
  /** What was wrong, in Terraform attribute terms, when that reads differently from `problem`. */
  readonly problemTerraform?: string;
  /** How to fix it, in one line, in the caller's terms (props for constructs). */
  readonly fix: string;
  /** How to fix it in Terraform attribute terms, when that reads differently from `fix`. */
  readonly fixTerraform?: string;
}

/** What a check finds: a violation without its code (the rule adds it). */
export type Problem = Omit<Violation, 'code'>;

/** The catalogue part of a rule: what it says, not what it does. */
export interface RuleInfo<C extends string = string> {
  /** Stable code: `CAnnn` (constructs and review) or `COV-001`-style (review-level rules). Never renumber. */
  readonly code: C;
  /** Short name, e.g. `TrackNameInvalid`. */
  readonly name: string;
  /** The rule, in one line (what a compliant value does). */
  readonly rule: string;
  /** Where the rule comes from: public titles and links. */
  readonly source: string;
  readonly level: RuleLevel;
  /** The Terraform attributes the rule reads, when the review can check it on Terraform. */
  readonly reads?: readonly RuleReads[];
  /**
   * Review rule id a finding of this API rule is reported and acknowledged under (e.g. `API-002`);
   * an acknowledgement may also name the code itself.
   */
  readonly review?: string;
  /**
   * A review rule that reports the same problem (e.g. `QTA-001` for the synth-time quota warning
   * CA851): an acknowledgement naming either covers both.
   */
  readonly acknowledgedWith?: string;
  /** Review-level rules: the usual fix. */
  readonly fix?: string;
  /** Review-level rules: the usual fix in Terraform attribute terms, when `fix` names construct props. */
  readonly fixTerraform?: string;
  /** Review-level rules: why the rule exists. */
  readonly rationale?: string;
}

/** A rule: its catalogue entry and its check. */
export interface Rule<C extends string = string, I = any> extends RuleInfo<C> {
  /** An input the rule refuses: the error catalogue's example message when no construct trigger is given. */
  readonly example?: I;
  /** Violations of `input` (at most one); `field` names the value in the caller's terms. */
  check(input: I, field?: string): Violation[];
  /** A violation of this rule found by code outside `check` (e.g. a uniqueness scan). */
  violation(problem: Problem): Violation;
  /**
   * Violations in one Terraform resource (a resource type listed in `reads`), in attribute terms:
   * `field` is the attribute; `problem` and `fix` stay in construct terms (for cdktf output), and
   * `problemTerraform` and `fixTerraform` are always set: the rule's Terraform wording, or the
   * construct one when the rule has none (it reads the same).
   */
  checkTerraform(resource: TerraformResourceView, context: TerraformContext): Violation[];
}

/** The result of a check that finds nothing (frozen: shared by every call). */
const NONE: Violation[] = Object.freeze([]) as unknown as Violation[];

/** Declares a rule. The code is kept as a literal type, so the registry can derive the code union. */
export function defineRule<const C extends string, I = never>(
  def: RuleInfo<C> & {
    /** The field named when the caller names none (the construct prop). */
    readonly field?: string;
    readonly check?: (input: I, field: string) => Problem | undefined;
    /** An input the rule refuses (the catalogue's example). */
    readonly example?: I;
    /** Reads the check's input(s) from a Terraform resource of a type in `reads`. */
    readonly terraform?: (resource: TerraformResourceView, context: TerraformContext) => ReadonlyArray<TerraformInput<I>>;
  },
): Rule<C, I> {
  const { check, terraform, field: defaultField, ...info } = def;
  const stamp = (p: Problem): Violation => ({ code: def.code, ...p });
  const run = (input: I, field?: string): Violation[] => {
    if (!check) return [];
    const p = check(input, field ?? defaultField ?? '');
    return p ? [stamp(p)] : [];
  };
  const types = new Set((def.reads ?? []).map((r) => r.resource));
  // Most rules read one or two resource types: compared directly, no hash lookup per resource.
  const few = types.size === 1 || types.size === 2;
  const [type0, type1 = type0] = [...types];
  return {
    ...info,
    check: run,
    violation: stamp,
    // Plain loops and one shared empty result: the review calls this for every resource a rule reads.
    checkTerraform: (resource, context) => {
      const type = resource.type;
      if (!terraform || !check || !(few ? type === type0 || type === type1 : types.has(type))) return NONE;
      const inputs = terraform(resource, context);
      let out: Violation[] | undefined;
      for (let i = 0; i < inputs.length; i++) {
        const p = check(inputs[i].input, inputs[i].field ?? defaultField ?? '');
        // One object of one shape, no spread: a large plan gives tens of thousands of violations.
        if (p) {
          (out ??= []).push({
            code: def.code,
            field: p.field,
            problem: p.problem,
            problemTerraform: p.problemTerraform ?? p.problem,
            fix: p.fix,
            fixTerraform: p.fixTerraform ?? p.fix,
          });
        }
      }
      return out ?? NONE;
    },
  };
}

/** The first violation of `rules`, in order: for rules of one value where the first broken one says it best. */
export function firstViolation<I>(rules: ReadonlyArray<Rule<string, I>>, input: I, field?: string): Violation[] {
  for (const r of rules) {
    const v = r.check(input, field);
    if (v.length > 0) return v;
  }
  return [];
}

/** `rule.check(input, field)` when the input is known (a literal), else nothing. */
export function checkKnown<I>(rule: Rule<string, I>, input: I | undefined, field?: string): Violation[] {
  return input === undefined ? [] : rule.check(input, field);
}

/** Whole, finite number. */
export function isWholeNumber(n: number): boolean {
  return Number.isFinite(n) && Math.floor(n) === n;
}

/** "1 character", "2 characters". */
export function characters(n: number, unit = 'character'): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}
