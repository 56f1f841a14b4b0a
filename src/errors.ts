import { VALIDATION_ERROR_MARK } from './rules/errors';

/** What a `CloudAuditValidationError` says, field by field. */
export interface ICloudAuditValidationError {
  /** Catalogue code, e.g. `CA101` (README: error table). */
  readonly code: string;
  /** Construct path of the construct that refused the input. */
  readonly constructPath: string;
  /** The prop that broke the rule. */
  readonly field: string;
  /** The rule, in one line. */
  readonly rule: string;
  /** How to fix it. */
  readonly fix: string;
  /**
   * The whole message, one line: `[code name] path: field: problem. Rule: … Fix: …` (docs/errors.md,
   * "Reading a message": the format other jsii languages read the code and path from).
   */
  readonly message: string;
}

/**
 * Recognizes the `CloudAuditValidationError` every construct throws on bad input. The error class
 * extends `Error`, which jsii cannot export, so it is recognized here (also across two copies of
 * this library, where `instanceof` would fail).
 *
 * @example
 * try { new AuditTrack(stack, 'T', props); } catch (e) {
 *   if (CloudAuditErrors.isValidationError(e)) console.error(CloudAuditErrors.detailsOf(e)?.code);
 * }
 */
export class CloudAuditErrors {
  /** Whether `error` is a `CloudAuditValidationError` thrown by this library. */
  public static isValidationError(error: any): boolean {
    return typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[VALIDATION_ERROR_MARK] === true;
  }

  /** The code, construct path, field, rule, fix and message of a validation error; undefined for any other value. */
  public static detailsOf(error: any): ICloudAuditValidationError | undefined {
    if (!CloudAuditErrors.isValidationError(error)) return undefined;
    const e = error as ICloudAuditValidationError;
    return { code: e.code, constructPath: e.constructPath, field: e.field, rule: e.rule, fix: e.fix, message: e.message };
  }

  private constructor() {}
}
