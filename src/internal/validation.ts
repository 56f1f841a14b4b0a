/**
 * Glue between the pure rules and constructs: prop-shape parsing (zod, never in public types),
 * token handling, and turning violations into coded errors or warning annotations.
 */
import { Annotations, Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { z } from 'zod';
import { CloudAuditValidationError, formatViolation, Violation } from '../rules/errors';

/** True when a value is a cdktf token (resolved only at apply time): such values are not checked. */
export function isToken(value: unknown): boolean {
  if (typeof value === 'string' || typeof value === 'number') return Token.isUnresolved(value);
  if (Array.isArray(value)) return Token.isUnresolved(value);
  return false;
}

/** A literal string, or undefined when the value is a token or absent. */
export function literal(value: string | undefined): string | undefined {
  return value === undefined || Token.isUnresolved(value) ? undefined : value;
}

/** A literal number, or undefined when the value is a token or absent. */
export function literalNumber(value: number | undefined): number | undefined {
  return value === undefined || Token.isUnresolved(value) ? undefined : value;
}

/** Throws the first violation as a coded error naming the construct path. */
export function throwIfAny(scope: IConstruct, violations: readonly Violation[]): void {
  if (violations.length > 0) {
    throw new CloudAuditValidationError(violations[0], scope.node.path);
  }
}

/** Adds one warning annotation per violation, acknowledgeable by its code. */
export function warn(scope: IConstruct, violations: readonly Violation[]): void {
  for (const v of violations) {
    Annotations.of(scope).addWarning(`${formatViolation(v)} [ack: ${v.code}]`);
  }
}

/** A string prop: any string (tokens included). */
export const zString = z.string();
/** A number prop: any finite number or token. */
export const zNumber = z.number();

/**
 * Parses props against a zod shape; a type error (e.g. a number where a string belongs, which
 * JavaScript and other jsii languages can pass) becomes a coded CA001 error.
 */
export function parseProps<T>(scope: IConstruct, schema: z.ZodType<T>, props: unknown): T {
  const result = schema.safeParse(props ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue.path.length > 0 ? issue.path.map(String).join('.') : 'props';
  throw new CloudAuditValidationError(
    { code: 'CA001', field, problem: issue.message, fix: 'pass the prop with the documented type (see API.md)' },
    scope.node.path,
  );
}
