/**
 * Adoption as the cloud has it: an existing tracking set (or its adopted bucket or topic) may
 * already break a rule of this library, e.g. a console track with `ResourceType` `*` and named
 * events (CA105) or a CLS track with an empty prefix (CA306). Declaring it with other values would
 * change it at the next apply; dropping it would leave it unmanaged. `keepImported` lists the rules
 * kept as they are, each with its reason: a listed rule is reported as an acknowledged finding
 * (an info annotation carrying the reason, and the same acknowledgement in the resources' `//`
 * metadata, so `AuditChecks` and `cloudaudit-review` show it acknowledged) instead of stopping
 * synth. Every rule not listed still throws.
 */
import { IConstruct } from 'constructs';
import { ACK_METADATA, annotate, applyAcknowledgements } from './acknowledgements';
import { literal, Zod } from './validation';
import type { Acknowledgement } from '../acknowledgement';
import { CloudAuditValidationError, ERROR_CODES, formatViolation, Violation } from '../rules/errors';
import { findRule } from '../rules/index';
import { checkStorageAccount } from '../rules/organization';
import { AcknowledgementReasonTooShort, AcknowledgementRuleUnknown } from '../rules/review-input';
import { characters } from '../rules/rule';

/** The floor for a reason (the same as `AuditChecks.acknowledge`). */
const MIN_REASON_LENGTH = 10;

/**
 * Checks `keepImported` entries (CA602: an API rule code the review reports; CA601: a reason of at
 * least 10 characters) and records each as an acknowledgement on `scope`. Returns them.
 */
export function recordKept(scope: IConstruct, keep: readonly Acknowledgement[] | undefined): Acknowledgement[] {
  const out: Acknowledgement[] = [];
  for (const [i, k] of (keep ?? []).entries()) {
    const id = String(k?.id ?? '');
    const reason = typeof k?.reason === 'string' ? k.reason : '';
    if (!/^CA[0-9]{3}$/.test(id) || ERROR_CODES[id] === undefined || findRule(id)?.review === undefined) {
      throw new CloudAuditValidationError(AcknowledgementRuleUnknown.violation({
        field: `keepImported[${i}].id`,
        problem: `"${id}" is not the code of an API rule the review reports`,
        fix: 'name the code the construct refused the value with (e.g. "CA105"), as cloudaudit-import writes it',
      }), scope.node.path);
    }
    if (reason.trim().length < MIN_REASON_LENGTH) {
      throw new CloudAuditValidationError(AcknowledgementReasonTooShort.violation({
        field: `keepImported[${i}].reason`,
        problem: `${JSON.stringify(reason)} has ${characters(reason.trim().length)}, fewer than ${MIN_REASON_LENGTH}`,
        fix: 'say why the value is kept as the cloud has it, e.g. "console track since 2024; the team decides in Q3"',
      }), scope.node.path);
    }
    scope.node.addMetadata(ACK_METADATA, { id, reason });
    out.push({ id, reason });
  }
  return out;
}

/**
 * `throwIfAny` for adopted values: a violation whose code is kept becomes an acknowledged info on
 * `scope`; the first one that is not kept is thrown.
 */
export function throwUnlessKept(scope: IConstruct, violations: readonly Violation[], kept: readonly Acknowledgement[]): void {
  for (const v of violations) {
    if (!kept.some((k) => k.id === v.code)) throw new CloudAuditValidationError(v, scope.node.path);
    annotate(scope, 'warning', formatViolation(v), v.code);
  }
}

/** Writes the kept acknowledgements into the `//` metadata of the resources under `scope`. */
export function applyKept(scope: IConstruct, kept: readonly Acknowledgement[]): void {
  if (kept.length > 0) applyAcknowledgements(scope);
}

/** What an adopted bucket or topic (`fromExistingBucket`, `fromTopicId`) may add: another account, kept rules. */
export interface AdoptedStorageExtras {
  readonly storageAccountId?: string;
  readonly storageAppId?: string;
  readonly keepImported?: Acknowledgement[];
}

/**
 * Reads the extras of an adopted bucket or topic: the owning account (CA501-CA503, as for
 * `OrgWideTrack`) and the rules kept as the cloud has them. Adopting storage is adoption by
 * nature: `keepImported` needs no import here.
 */
export function adoptedStorage(
  scope: IConstruct, p: AdoptedStorageExtras,
): { kept: Acknowledgement[]; storageAccountId?: string; storageAppId?: string } {
  const kept = recordKept(scope, p.keepImported);
  const accountId = p.storageAccountId;
  const appId = p.storageAppId;
  throwUnlessKept(scope, checkStorageAccount({
    accountId: literal(accountId), appId: literal(appId), hasAccountId: accountId !== undefined, hasAppId: appId !== undefined,
  }), kept);
  return { kept, ...(accountId !== undefined ? { storageAccountId: accountId } : {}), ...(appId !== undefined ? { storageAppId: appId } : {}) };
}

/** The zod shape of `AdoptedStorageExtras` (spread into the adopted destinations' schemas). */
export function adoptedStorageSchema(z: Zod) {
  return {
    storageAccountId: z.string().optional(),
    storageAppId: z.string().optional(),
    keepImported: z.array(z.object({ id: z.string(), reason: z.string() })).optional(),
  };
}
