/**
 * Rules for adopting existing resources through Terraform `import` blocks (CA90x, checked by the
 * constructs), and the codes of the `cloudaudit-import` command (CA91x, raised by its reader).
 *
 * Import IDs (provider docs, "Import" section of each resource; passthrough importers):
 * - tencentcloud_audit_track and tencentcloud_events_audit_track: the TrackId, a uint64 written in
 *   decimal (`terraform import tencentcloud_audit_track.example 24283`);
 * - tencentcloud_cos_bucket: the full bucket name `<name>-<appid>`;
 * - tencentcloud_cls_logset: the LogsetId; tencentcloud_cls_topic: the TopicId.
 */
import { checkKnown, defineRule, Problem, Violation } from './rule';
import { SOURCES } from './sources';

/** Import IDs of the provider's resources (passthrough importers; the tracking set's ID is its TrackId). */
export const IMPORT_SOURCE =
  'terraform-provider-tencentcloud documentation, Import sections of tencentcloud_audit_track, tencentcloud_events_audit_track, tencentcloud_cos_bucket, tencentcloud_cls_logset, tencentcloud_cls_topic, https://registry.terraform.io/providers/tencentcloudstack/tencentcloud/latest/docs';

/** Response shapes of DescribeAuditTracks / DescribeAuditTrack. */
export const IMPORT_API_SOURCE =
  'CloudAudit API DescribeAuditTracks / DescribeAuditTrack, https://www.tencentcloud.com/document/product/1021/45418 (SDK cloudaudit v20190319: Tracks, Storage, Filter, ResourceField)';

/** The largest TrackId: the API types it uint64. */
const UINT64_MAX = 18446744073709551615n;

export const ImportTrackIdInvalid = defineRule({
  code: 'CA900',
  name: 'ImportTrackIdInvalid',
  level: 'error',
  source: IMPORT_SOURCE,
  rule: 'importTrackId is the TrackId of the existing tracking set: a whole number written as a string of digits, e.g. "24283"',
  field: 'importTrackId',
  example: '0024283',
  check: (id: string, field): Problem | undefined => {
    if (/^[1-9][0-9]{0,19}$/.test(id) && BigInt(id) <= UINT64_MAX) return undefined;
    return { field, problem: `${JSON.stringify(id)} is not a tracking set ID (a whole number >= 1 written in digits)`, fix: 'pass the TrackId DescribeAuditTracks returns, as a string, e.g. "24283"' };
  },
});

export interface ImportBucketInput {
  readonly importExisting: boolean;
  /** The appId as given: undefined when absent, `token` when not a literal. */
  readonly appId: 'literal' | 'token' | undefined;
}

export const ImportBucketNeedsAppId = defineRule({
  code: 'CA901',
  name: 'ImportBucketNeedsAppId',
  level: 'error',
  source: IMPORT_SOURCE,
  rule: 'a bucket is imported by its full name "<bucketName>-<appId>": importExisting needs a literal appId',
  field: 'appId',
  example: { importExisting: true, appId: undefined } as ImportBucketInput,
  check: ({ importExisting, appId }: ImportBucketInput, field): Problem | undefined => {
    if (!importExisting || appId === 'literal') return undefined;
    return {
      field,
      problem: appId === undefined ? 'importExisting is set but no appId is given' : 'importExisting is set but appId is a token',
      fix: 'give the account APPID as a literal, e.g. appId: "1250000000" (the import ID is "<bucketName>-<appId>")',
    };
  },
});

export interface ImportClsInput {
  readonly logsetId?: string;
  readonly topicId?: string;
}

/** A CLS logset or topic ID: not blank, no whitespace, at most 64 characters. */
function isClsId(id: string): boolean {
  return id.length >= 1 && id.length <= 64 && !/\s/.test(id);
}

export const ImportClsIdsInvalid = defineRule({
  code: 'CA902',
  name: 'ImportClsIdsInvalid',
  level: 'error',
  source: IMPORT_SOURCE,
  rule: 'importLogsetId and importTopicId are given together, each a CLS ID without whitespace',
  example: { logsetId: 'audit logset' } as ImportClsInput,
  check: ({ logsetId, topicId }: ImportClsInput): Problem | undefined => {
    if (logsetId === undefined && topicId === undefined) return undefined;
    if (logsetId === undefined || topicId === undefined) {
      const missing = logsetId === undefined ? 'importLogsetId' : 'importTopicId';
      return { field: missing, problem: `${missing} is missing: the logset and the topic are adopted together`, fix: 'give both IDs (CLS console or DescribeTopics), or neither' };
    }
    for (const [field, id] of [['importLogsetId', logsetId], ['importTopicId', topicId]] as const) {
      if (!isClsId(id)) return { field, problem: `${JSON.stringify(id)} is not a CLS ID (1-64 characters, no whitespace)`, fix: 'pass the ID, e.g. "2f5764c1-c833-44a0-8a33-8e0ef2b6d2ba", not the name' };
    }
    return undefined;
  },
});

/** TrackId: decimal digits of a uint64 >= 1, no sign, no leading zero. */
export function checkImportTrackId(id: string | undefined, field = 'importTrackId'): Violation[] {
  return checkKnown(ImportTrackIdInvalid, id, field);
}

export function checkImportClsIds(logsetId: string | undefined, topicId: string | undefined): Violation[] {
  return ImportClsIdsInvalid.check({ logsetId, topicId });
}

// The cloudaudit-import command's own codes: raised by its reader, so they have no check.
export const ImportUsage = defineRule({ code: 'CA910', name: 'ImportUsage', level: 'error', source: SOURCES.library, rule: 'cloudaudit-import takes a DescribeAuditTracks JSON file, optional DescribeAuditTrack files (--track) and known options (see --help)' });
export const ImportInputUnreadable = defineRule({ code: 'CA911', name: 'ImportInputUnreadable', level: 'error', source: SOURCES.library, rule: 'an import input is an existing, readable UTF-8 file' });
export const ImportInputNotJson = defineRule({ code: 'CA912', name: 'ImportInputNotJson', level: 'error', source: SOURCES.library, rule: 'an import input is valid JSON' });
export const ImportInputNotTracks = defineRule({
  code: 'CA913',
  name: 'ImportInputNotTracks',
  level: 'error',
  source: IMPORT_API_SOURCE,
  rule: 'the input is a DescribeAuditTracks response (with or without the Response envelope): an object with a Tracks array of Tracks objects with unique TrackIds and names, every page of it (TotalCount)',
});
export const ImportInputEmpty = defineRule({ code: 'CA914', name: 'ImportInputEmpty', level: 'error', source: IMPORT_API_SOURCE, rule: 'the DescribeAuditTracks response lists at least one tracking set' });
export const ImportStorageTypeUnknown = defineRule({ code: 'CA915', name: 'ImportStorageTypeUnknown', level: 'error', source: IMPORT_API_SOURCE, rule: 'a tracking set to import delivers to cos or cls (the storage types this library models)' });
export const ImportFieldType = defineRule({
  code: 'CA916',
  name: 'ImportFieldType',
  level: 'error',
  source: IMPORT_API_SOURCE,
  rule: 'every field has the type of the SDK model: TrackId and Status whole numbers, Name, ActionType, ResourceType and Storage fields strings, EventNames an array of strings',
});
export const ImportDetailMismatch = defineRule({
  code: 'CA917',
  name: 'ImportDetailMismatch',
  level: 'error',
  source: IMPORT_API_SOURCE,
  rule: 'a --track file is a DescribeAuditTrack response naming a tracking set of the DescribeAuditTracks input, once; a track the list gives without ResourceType/ActionType/EventNames (multi-product) needs one',
});
export const ImportOutputUnwritable = defineRule({ code: 'CA918', name: 'ImportOutputUnwritable', level: 'error', source: SOURCES.library, rule: 'the --output file can be written' });
export const ImportTrackBreaksRule = defineRule({
  code: 'CA919',
  name: 'ImportTrackBreaksRule',
  level: 'error',
  source: SOURCES.library,
  rule: 'a tracking set whose current settings break a rule is declared as the cloud has it, the rule kept with keepImported (an acknowledged finding naming the rule and why it is kept), and the command exits 1 so that the team decides; one that breaks a rule the constructs cannot keep is written commented out',
});
/** What the input does not say and the declaration had to assume: a finding, the track is declared. */
export const ImportDetailMissing = defineRule({
  code: 'CA930',
  name: 'ImportDetailMissing',
  level: 'error',
  source: IMPORT_API_SOURCE,
  rule: 'a tracking set delivering into another account is declared from DescribeAuditTracks, which does not give TrackForAllMembers: declared as not organization-wide, with this finding (exit 1) until its DescribeAuditTrack response (--track) says',
});

export const ImportValueTooLong = defineRule({
  code: 'CA920',
  name: 'ImportValueTooLong',
  level: 'error',
  source: IMPORT_API_SOURCE,
  rule: 'every string of the response is at most 1024 characters, EventNames lists at most 5000 names and Tracks at most 1000 tracking sets (longer is not a response of this API; the value is never echoed)',
});
export const ImportOutputRefused = defineRule({
  code: 'CA921',
  name: 'ImportOutputRefused',
  level: 'error',
  source: SOURCES.library,
  rule: 'the --output file is not a symbolic link, not a FIFO, device or folder, and not one of the inputs (it is replaced atomically: written next to it, then renamed)',
});

export const IMPORT_RULES = [
  ImportTrackIdInvalid, ImportBucketNeedsAppId, ImportClsIdsInvalid, ImportUsage, ImportInputUnreadable, ImportInputNotJson,
  ImportInputNotTracks, ImportInputEmpty, ImportStorageTypeUnknown, ImportFieldType, ImportDetailMismatch, ImportOutputUnwritable,
  ImportTrackBreaksRule, ImportValueTooLong, ImportOutputRefused, ImportDetailMissing,
] as const;
