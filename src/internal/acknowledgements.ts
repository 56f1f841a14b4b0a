/**
 * One acknowledgement mechanism for construct warnings and review findings: `AuditChecks.acknowledge`
 * records `{ id, reason }` as metadata on a construct; every annotation this library adds (construct
 * warnings and AuditChecks findings) goes through `annotate`, which turns a covered warning or error
 * into an info carrying the reason. Warnings added before the acknowledgement (most are added when
 * the construct is created) are turned into infos when it is made.
 */
import { TerraformResource, TerraformStack } from 'cdktf';
import { IConstruct, MetadataEntry } from 'constructs';
import { ACKNOWLEDGEMENTS_OVERRIDE } from './metadata';
import type { Acknowledgement } from '../acknowledgement';
import { acknowledgementCovers } from '../rules/index';

/** Construct metadata type holding an acknowledgement. */
export const ACK_METADATA = 'cloudaudit:acknowledgement';

/** cdktf's annotation metadata types (AnnotationMetadataEntryType). */
export const ANNOTATION = { error: '@cdktf/error', warning: '@cdktf/warn', info: '@cdktf/info' } as const;

/** Acknowledgements on a construct and its ancestors, nearest last, one per rule id. */
export function acknowledgementsFor(c: IConstruct): Acknowledgement[] {
  const byId = new Map<string, Acknowledgement>();
  for (const scope of c.node.scopes) {
    for (const m of scope.node.metadata) {
      if (m.type === ACK_METADATA) byId.set((m.data as Acknowledgement).id, m.data as Acknowledgement);
    }
  }
  return [...byId.values()];
}

/** The acknowledgement on `c` (or an ancestor) covering `ruleId` (raised as `code`), if any. */
export function acknowledgementOf(c: IConstruct, ruleId: string, code?: string): Acknowledgement | undefined {
  return acknowledgementsFor(c).reverse().find((a) => acknowledgementCovers(a.id, ruleId, code));
}

/** Writes the acknowledgements of every resource under `scope` into its `//` metadata. */
export function applyAcknowledgements(scope: IConstruct): void {
  for (const c of scope.node.findAll()) {
    if (!TerraformResource.isTerraformResource(c)) continue;
    const acks = acknowledgementsFor(c);
    if (acks.length > 0) (c as TerraformResource).addOverride(ACKNOWLEDGEMENTS_OVERRIDE, acks.map((a) => ({ id: a.id, reason: a.reason })));
  }
}

const ACK_TAG = / \[ack: ([A-Z]+-?[0-9]+)\]$/;

/** Per stack, the warnings given (a code and the first value it quotes), and by whom: a construct or the review. */
const givenWarnings = new WeakMap<TerraformStack, Map<string, Set<'construct' | 'review'>>>();

/**
 * Whether the stack already holds this warning from the other door: the same code about the same
 * value, given by a construct and again by AuditChecks's review of the synthesized resource (or the
 * other way round). Two constructs, or two findings, warning alike are two warnings. Marks it given.
 */
function givenBefore(scope: IConstruct, text: string, ruleId: string): boolean {
  const m = /\[(CA\d{3}) [^\]]*\][^"]*(?:"([^"]*)")?/.exec(text);
  if (!m) return false;
  let stack: TerraformStack;
  try {
    stack = TerraformStack.of(scope);
  } catch {
    return false;
  }
  let given = givenWarnings.get(stack);
  if (!given) givenWarnings.set(stack, (given = new Map()));
  const key = `${m[1]}\u0000${m[2] ?? ''}`;
  const by = ruleId.startsWith('CA') ? 'construct' : 'review';
  const origins = given.get(key) ?? new Set();
  if (origins.has(by === 'construct' ? 'review' : 'construct')) return true;
  origins.add(by);
  given.set(key, origins);
  return false;
}

/** The text of an acknowledged annotation. */
function acknowledgedText(text: string, ack: Acknowledgement): string {
  return `${text} Acknowledged: ${ack.reason}`;
}

/**
 * Adds an annotation for rule `ruleId` (`code`: the API rule a review group reports). Without a
 * covering acknowledgement it ends in `[ack: <id>]`; with one it is an info with the reason. No
 * stack trace is recorded: the message names the construct path and the fix, and cdktf-cli would
 * print a trace of library internals under it.
 */
export function annotate(scope: IConstruct, level: 'error' | 'warning' | 'info', text: string, ruleId: string, code?: string, note?: string): void {
  if (level === 'warning' && givenBefore(scope, text, ruleId)) return;
  const ack = level === 'info' ? undefined : acknowledgementOf(scope, ruleId, code);
  if (ack) {
    scope.node.addMetadata(ANNOTATION.info, acknowledgedText(text, ack));
    return;
  }
  scope.node.addMetadata(ANNOTATION[level], `${text}${note ? ` (${note})` : ''} [ack: ${code ?? ruleId}]`);
}

/**
 * Turns the warnings already on `scope` and below that `ack` covers into infos with its reason
 * (construct warnings are added when the construct is created, before it can be acknowledged).
 */
export function acknowledgeExisting(scope: IConstruct, ack: Acknowledgement): void {
  for (const c of scope.node.findAll()) {
    for (const m of c.node.metadata) {
      if (m.type !== ANNOTATION.warning || typeof m.data !== 'string') continue;
      const tag = ACK_TAG.exec(m.data);
      if (!tag || !acknowledgementCovers(ack.id, tag[1])) continue;
      // The entry objects are the node's own (node.metadata copies the array, not the entries).
      const entry = m as { -readonly [K in keyof MetadataEntry]: MetadataEntry[K] };
      entry.type = ANNOTATION.info;
      entry.data = acknowledgedText(m.data.slice(0, tag.index), ack);
    }
  }
}

/**
 * Records an acknowledgement a construct makes itself (e.g. `allowShortRetention: true` accepts the
 * short-retention finding): the same metadata `AuditChecks.acknowledge` writes.
 */
export function acknowledgeFromProps(construct: IConstruct, ack: Acknowledgement): void {
  construct.node.addMetadata(ACK_METADATA, { id: ack.id, reason: ack.reason });
  acknowledgeExisting(construct, ack);
  applyAcknowledgements(construct);
}
