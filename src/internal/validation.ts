/**
 * Glue between the pure rules and constructs: prop-shape parsing (zod, never in public types),
 * token handling, and turning violations into coded errors or warning annotations.
 */
import { Token } from 'cdktf';
import { IConstruct } from 'constructs';
import type { z } from 'zod';
import { annotate } from './acknowledgements';
import { CloudAuditValidationError, formatViolation, Violation } from '../rules/errors';
import { ConstructPathInvalid, PropsInvalid } from '../rules/review-input';

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

/**
 * Adds one warning annotation per violation, acknowledgeable by its code (or the review rule it is
 * reported under): an acknowledged one is an info carrying the reason.
 */
export function warn(scope: IConstruct, violations: readonly Violation[]): void {
  for (const v of violations) annotate(scope, 'warning', formatViolation(v), v.code);
}

/** The zod namespace (`z`). */
export type Zod = typeof z;

let zod: Zod | undefined;
/** zod, loaded on first use: requiring it costs ~60 ms, the bulk of this library's cold start. */
function loadZod(): Zod {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (zod ??= (require('zod') as { z: Zod }).z);
}

/** A schema built on first use, so that loading the library does not load zod. */
export type LazySchema<T> = () => z.ZodType<T>;

/**
 * Declares a props schema without loading zod: `const propsSchema = lazySchema((z) => z.object({…}))`.
 * The schema is built once, on the first parse.
 */
export function lazySchema<T>(build: (zod: Zod) => z.ZodType<T>): LazySchema<T> {
  let schema: z.ZodType<T> | undefined;
  return () => (schema ??= build(loadZod()));
}

/** The path of the first own `__proto__` key in props (two levels: props and their maps, e.g. tags). */
function protoKeyIn(props: unknown): string | undefined {
  if (typeof props !== 'object' || props === null) return undefined;
  if (Object.prototype.hasOwnProperty.call(props, '__proto__')) return '__proto__';
  for (const [k, v] of Object.entries(props)) {
    if (typeof v === 'object' && v !== null && Object.prototype.hasOwnProperty.call(v, '__proto__')) return `${k}.__proto__`;
  }
  return undefined;
}

/**
 * Parses props against a zod shape; a type error (e.g. a number where a string belongs, which
 * JavaScript and other jsii languages can pass) becomes a coded CA001 error.
 */
export function parseProps<T>(scope: IConstruct, schema: z.ZodType<T> | LazySchema<T>, props: unknown): T {
  // The path is written into Terraform strings: "${" or "%{" in an id would be read as an expression.
  throwIfAny(scope, ConstructPathInvalid.check(scope.node.path, 'id'));
  const protoKey = protoKeyIn(props);
  if (protoKey !== undefined) {
    throw new CloudAuditValidationError(
      PropsInvalid.violation({ field: protoKey, problem: 'a key named "__proto__" cannot be synthesized (cdktf and zod read it as the object\'s prototype and drop it silently)', fix: 'rename the key (e.g. the tag) or leave it out' }),
      scope.node.path,
    );
  }
  const parser = typeof schema === 'function' ? (schema as LazySchema<T>)() : schema;
  const result = parser.safeParse(props ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue.path.length > 0 ? issue.path.map(String).join('.') : 'props';
  throw new CloudAuditValidationError(
    PropsInvalid.violation({ field, problem: issue.message, fix: 'pass the prop with the documented type (see API.md)' }),
    scope.node.path,
  );
}
