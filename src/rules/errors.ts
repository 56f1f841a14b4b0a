/**
 * The error catalogue (every CAxxx code, derived from the rule registry), how a violation reads,
 * and the error the constructs throw. Pure TypeScript (no cdktf).
 */
import { RULES } from './index';
import { RuleLevel, Violation } from './rule';

export { SOURCES } from './sources';
export type { Violation } from './rule';

/** One entry of the catalogue. */
export interface ErrorCodeInfo {
  /** Short name of the rule, e.g. `TrackNameInvalid`. */
  readonly name: string;
  /** The rule, in one line. */
  readonly rule: string;
  /** Where the rule comes from. */
  readonly source: string;
  /** `error` stops synth; `warning` is an annotation. */
  readonly level: RuleLevel;
}

/**
 * Every CAxxx code. Codes are stable: never renumber, only add.
 * CA0xx props shape, CA1xx track, CA2xx COS, CA3xx CLS, CA4xx regions, CA5xx organization, CA6xx review,
 * CA70x CLS alarms, CA72x-75x EventBridge, CA80x service role, CA82x plan-time checks, CA83x/85x quota.
 */
export const ERROR_CODES: Readonly<Record<string, ErrorCodeInfo>> = Object.fromEntries(
  RULES.filter((r) => r.code.startsWith('CA')).map((r) => [r.code, { name: r.name, rule: r.rule, source: r.source, level: r.level }]),
);

/** Renders a violation as one line, with the construct path when there is one. */
export function formatViolation(v: Violation, path?: string): string {
  return `${formatProblem(v, path)} Fix: ${v.fix}`;
}

/** A violation's line without its fix: `[CA101 TrackNameInvalid] field: problem. Rule: … (source: …).` */
export function formatProblem(v: Omit<Violation, 'fix'>, path?: string): string {
  const info = ERROR_CODES[v.code];
  const where = path ? `${path}: ` : '';
  const rule = info ? ` Rule: ${info.rule} (source: ${info.source}).` : '';
  return `[${v.code}${info ? ` ${info.name}` : ''}] ${where}${v.field}: ${v.problem}.${rule}`;
}

/**
 * `formatProblem(v).slice(0, -1)` (no path) in two parts fixed per code: the line is
 * `${head}${v.field}: ${v.problem}${tail}`. The review builds tens of thousands of these lines:
 * two parts per rule, not one catalogue lookup and one flattened copy per line.
 */
export function problemParts(code: string): { readonly head: string; readonly tail: string } {
  const info = ERROR_CODES[code];
  return info ? { head: `[${code} ${info.name}] `, tail: `. Rule: ${info.rule} (source: ${info.source})` } : { head: `[${code}] `, tail: '' };
}

/** Control characters and the two Unicode line separators: any of them would break a message's line. */
const LINE_BREAKING = /[\u0000-\u001f\u007f\u2028\u2029]/g;
const SHORT_ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `text` on one line: control characters and line separators written as JSON-style escapes (`\n`, `\u2028`). */
export function oneLine(text: string): string {
  return text.replace(LINE_BREAKING, (c) => SHORT_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** What the message says for the App itself (its construct path is empty). */
export const ROOT_PATH_IN_MESSAGE = '(app)';

/** A construct path or field as the message writes it: on one line, and never holding `: `. */
function messagePart(text: string): string {
  return oneLine(text).split(': ').join(':\\u0020');
}

/**
 * The message of a `CloudAuditValidationError`: always one line, in the same format, so that
 * every jsii language can read the code and the construct path from the message alone (docs/languages.md):
 * `[CA101 TrackNameInvalid] audit/OrgAudit: trackName: <problem>. Rule: <rule> (source: <source>). Fix: <fix>`.
 * Line breaks in any part (e.g. a value quoted in the problem) are written as escapes (`\n`); the
 * path and the field never hold `: ` (written `:\u0020`), so the path runs to the first `: ` and
 * the field to the second. The App's own (empty) path is written `(app)`.
 */
export function validationErrorMessage(v: Violation, constructPath: string): string {
  return oneLine(formatViolation({ ...v, field: messagePart(v.field) }, messagePart(constructPath) || ROOT_PATH_IN_MESSAGE));
}

/** Marks our validation errors, across copies of the library (see `CloudAuditErrors`). */
export const VALIDATION_ERROR_MARK = Symbol.for('cdktf-tencentcloud-cloudaudit.ValidationError');

/**
 * The error every construct throws on bad input, before anything is synthesized.
 * It carries the code, the construct path, the field, the rule and the fix; its message is one
 * line (`validationErrorMessage`), the only part other jsii languages see.
 */
export class CloudAuditValidationError extends Error {
  /** Catalogue code, e.g. `CA101`. */
  public readonly code: string;
  /** Construct path of the construct that refused the input. */
  public readonly constructPath: string;
  /** The prop that broke the rule. */
  public readonly field: string;
  /** The rule, in one line. */
  public readonly rule: string;
  /** How to fix it. */
  public readonly fix: string;

  constructor(violation: Violation, constructPath: string) {
    super(validationErrorMessage(violation, constructPath));
    this.name = 'CloudAuditValidationError';
    this.code = violation.code;
    this.constructPath = constructPath;
    this.field = violation.field;
    this.rule = ERROR_CODES[violation.code]?.rule ?? '';
    this.fix = violation.fix;
    Object.setPrototypeOf(this, CloudAuditValidationError.prototype);
    // The message already holds all of these: non-enumerable, so that Node (and cdktf-cli, which
    // prints what Node prints) shows the message once, not once more as `{ code, …, fix }`.
    for (const key of ['code', 'constructPath', 'field', 'rule', 'fix']) Object.defineProperty(this, key, { enumerable: false });
    Object.defineProperty(this, VALIDATION_ERROR_MARK, { value: true, enumerable: false });
  }
}
