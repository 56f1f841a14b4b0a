/**
 * fast-check generators for the props of AuditTrack, OrgWideTrack, CosDestination and
 * ClsDestination, mixing valid values with values at and around every boundary: names of 2/3/48/49
 * characters, unicode, blanks, "*" mixes, 9/10/11 event names, APPID suffixes, region typos.
 */
import fc from 'fast-check';

const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const ODD_CHARS = [' ', '.', '/', '|', '*', 'ü', '中', '😀', '\t', ',', '-', '_'];

/** A string of `length` drawn from `chars`. */
function stringOf(chars: string | string[], length: fc.Arbitrary<number>): fc.Arbitrary<string> {
  const pool = typeof chars === 'string' ? [...chars] : chars;
  return length.chain((n) => fc.array(fc.constantFrom(...pool), { minLength: n, maxLength: n }).map((a) => a.join('')));
}

/** Mostly valid characters, sometimes one odd one, at lengths around the boundaries given. */
function nameLike(valid: string, lengths: number[]): fc.Arbitrary<string> {
  const len = fc.oneof(fc.constantFrom(...lengths), fc.integer({ min: 0, max: Math.max(...lengths) + 2 }));
  return fc.oneof(
    { weight: 6, arbitrary: stringOf(valid, len) },
    {
      weight: 2,
      arbitrary: fc.tuple(stringOf(valid, len), fc.constantFrom(...ODD_CHARS), fc.nat())
        .map(([s, c, i]) => (s.length ? s.slice(0, i % s.length) + c + s.slice(i % s.length) : c)),
    },
    { weight: 1, arbitrary: fc.constantFrom('', ' ', '   ', '\n') },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  );
}

export const trackName = nameLike(`${LETTERS}-_`, [2, 3, 4, 47, 48, 49]);

export const actionType = fc.constantFrom('Read', 'Write', '*', 'read', 'WRITE', 'All', '');
export const maybeActionType = fc.option(actionType, { nil: undefined, freq: 3 });

const PRODUCTS = ['cvm', 'cam', 'cos', 'cls', 'tke', 'vpc', 'cdb'];
export const resourceType = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('*', ...PRODUCTS) },
  { weight: 1, arbitrary: fc.constantFrom('CVM', 'cvm,cos', 'cvm cos', '', ' ', 'c*', '1cvm', 'ünï') },
);

const API_NAMES = ['DeleteUser', 'CreateUser', 'AttachUserPolicy', 'DetachUserPolicy', 'CreateAccessKey', 'DeletePolicy', 'RunInstances', 'TerminateInstances', 'PutBucket', 'DeleteBucket', 'CreateTopic', 'DeleteTopic'];
const name = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...API_NAMES) },
  { weight: 2, arbitrary: fc.constant('*') },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', 'Delete User', 'ünïcode', 'x'.repeat(129)) },
);
/** Lists of 0-12 names, often exactly 9, 10 or 11 distinct ones. */
export const eventNames = fc.oneof(
  { weight: 3, arbitrary: fc.constant(['*']) },
  { weight: 3, arbitrary: fc.array(name, { minLength: 0, maxLength: 12 }) },
  { weight: 3, arbitrary: fc.constantFrom(9, 10, 11).chain((n) => fc.shuffledSubarray(API_NAMES, { minLength: n, maxLength: n })) },
);

export const selector = fc.record({
  resourceType,
  actionType: maybeActionType,
  eventNames: fc.option(eventNames, { nil: undefined, freq: 3 }),
}, { requiredKeys: ['resourceType'] });

const VALID_REGIONS = ['ap-guangzhou', 'ap-hongkong', 'ap-shanghai', 'ap-beijing', 'ap-singapore', 'eu-frankfurt'];
export const region = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...VALID_REGIONS) },
  { weight: 2, arbitrary: fc.constantFrom('ap-guangzhuo', 'guangzhou', 'AP-GUANGZHOU', 'ap_guangzhou', 'ap-hong-kong', 'ap-mumbai', 'xx-nowhere', '') },
);

const BUCKET_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789-';
export const bucketName = fc.oneof(
  { weight: 6, arbitrary: nameLike(BUCKET_CHARS, [1, 48, 49, 50]) },
  { weight: 1, arbitrary: fc.constantFrom('audit-logs-1250000000', 'Audit-Logs', '-audit', 'audit-', 'audit--logs', 'a'.repeat(49), 'a'.repeat(50)) },
);
export const appId = fc.oneof(
  fc.constantFrom('1250000000', '1300000001'),
  fc.constantFrom('125000000', '12500000000', 'abcdefghij', ''),
);
export const cosPrefix = nameLike(LETTERS, [2, 3, 40, 41]);
export const days = fc.oneof(
  fc.constantFrom(0, 1, 6, 7, 8, 179, 180, 181, 365, 3600, 3601, 3640, 36500, 36501, -1, 1.5),
  fc.integer({ min: 1, max: 4000 }),
);

export const cosProps = fc.record({
  bucketName,
  prefix: fc.option(cosPrefix, { nil: undefined, freq: 2 }),
  appId: fc.option(appId, { nil: undefined, freq: 3 }),
  encryption: fc.option(fc.constantFrom('AES256', 'KMS', 'SM4'), { nil: undefined, freq: 2 }),
  kmsKeyId: fc.option(fc.constant('kms-key-1'), { nil: undefined, freq: 4 }),
  versioned: fc.option(fc.boolean(), { nil: undefined }),
  retentionDays: fc.option(days, { nil: undefined, freq: 2 }),
  allowShortRetention: fc.option(fc.boolean(), { nil: undefined }),
  objectLockDays: fc.option(days, { nil: undefined, freq: 4 }),
}, { requiredKeys: ['bucketName'] });

export const clsProps = fc.record({
  logsetName: fc.oneof(nameLike(`${LETTERS}-_ `, [1, 255, 256]), fc.constantFrom('a|b', '')),
  topicName: fc.oneof(nameLike(`${LETTERS}-_`, [1, 20]), fc.constantFrom('cls_service_log', 'loglistener_status', 'a|b', '', ' ')),
  retentionDays: fc.option(days, { nil: undefined, freq: 2 }),
  allowShortRetention: fc.option(fc.boolean(), { nil: undefined }),
  hotPeriodDays: fc.option(days, { nil: undefined, freq: 3 }),
  prefix: fc.option(fc.constantFrom('cloudaudit', 'logs', '', ' '), { nil: undefined, freq: 3 }),
}, { requiredKeys: ['logsetName', 'topicName'] });

export type DestinationSpec =
  | { kind: 'cos'; region: string; props: Record<string, unknown> }
  | { kind: 'cls'; region: string; props: Record<string, unknown> }
  | { kind: 'existing-cos'; region: string; props: Record<string, unknown> }
  | { kind: 'existing-cls'; region: string; props: Record<string, unknown> };

export const destination: fc.Arbitrary<DestinationSpec> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(region, cosProps).map(([r, props]): DestinationSpec => ({ kind: 'cos', region: r, props })) },
  { weight: 3, arbitrary: fc.tuple(region, clsProps).map(([r, props]): DestinationSpec => ({ kind: 'cls', region: r, props })) },
  { weight: 1, arbitrary: fc.tuple(region, bucketName, fc.option(cosPrefix, { nil: undefined })).map(([r, b, p]): DestinationSpec => ({ kind: 'existing-cos', region: r, props: { bucketName: b, prefix: p } })) },
  { weight: 1, arbitrary: fc.tuple(region, fc.oneof(fc.uuid(), fc.constantFrom('', ' ', 'x'.repeat(51)))).map(([r, id]): DestinationSpec => ({ kind: 'existing-cls', region: r, props: { topicId: id } })) },
);

export interface TrackSpec {
  readonly org?: { storageAccountId?: string; storageAppId?: string };
  readonly props: {
    trackName: string;
    actionType?: string;
    resourceType?: string;
    eventNames?: string[];
    selectors?: Array<{ resourceType: string; actionType?: string; eventNames?: string[] }>;
    enabled?: boolean;
  };
  readonly destination: DestinationSpec;
  /** The provider's region: usually the destination's, sometimes another (CA402). */
  readonly providerRegion: string;
}

const selectionProps = fc.oneof(
  { weight: 2, arbitrary: fc.constant({}) },
  {
    weight: 3,
    arbitrary: fc.record(
      { resourceType: fc.option(resourceType, { nil: undefined }), eventNames: fc.option(eventNames, { nil: undefined }) },
      { requiredKeys: [] },
    ),
  },
  { weight: 3, arbitrary: fc.record({ selectors: fc.array(selector, { minLength: 1, maxLength: 4 }) }) },
  { weight: 1, arbitrary: fc.record({ selectors: fc.array(selector, { minLength: 1, maxLength: 2 }), resourceType }) },
);

export const org = fc.option(fc.record({
  storageAccountId: fc.option(fc.constantFrom('100012345678', '1001', 'abc', ''), { nil: undefined, freq: 4 }),
  storageAppId: fc.option(appId, { nil: undefined, freq: 4 }),
}, { requiredKeys: [] }), { nil: undefined, freq: 3 });

const noisyTrack: fc.Arbitrary<TrackSpec> = (fc.record({
  org,
  props: fc.tuple(trackName, maybeActionType, selectionProps, fc.option(fc.boolean(), { nil: undefined }))
    .map(([n, a, sel, enabled]) => strip({ trackName: n, actionType: a, enabled, ...sel })),
  // Often a sound destination, so the track's own rules are reached too.
  destination: fc.oneof(destination, fc.constant(undefined).chain(() => validDestination)),
  providerRegion: fc.option(fc.constantFrom('ap-guangzhou', 'ap-shanghai'), { nil: undefined, freq: 6 }),
}) as fc.Arbitrary<any>).map((t): TrackSpec => ({ ...t, providerRegion: t.providerRegion ?? t.destination.region }));

// ---------------------------------------------------------------- valid-only pieces

const ALNUM_LOWER = 'abcdefghijklmnopqrstuvwxyz0123456789';
const validBucket = fc.tuple(stringOf(ALNUM_LOWER, fc.constant(1)), stringOf(`${ALNUM_LOWER}-`, fc.integer({ min: 0, max: 47 })), stringOf(ALNUM_LOWER, fc.constant(1)))
  .map(([a, m, z]) => `${a}${m}${z}`).filter((b) => !/-[0-9]{10}$/.test(b));
const validRegion = fc.constantFrom(...VALID_REGIONS);
const validRetention = fc.option(fc.oneof(fc.integer({ min: 180, max: 3600 }), fc.constant(3640)), { nil: undefined });

const validCos = fc.record({
  bucketName: validBucket,
  prefix: fc.option(stringOf(LETTERS, fc.integer({ min: 3, max: 40 })), { nil: undefined }),
  appId: fc.option(fc.constantFrom('1250000000', '1300000001'), { nil: undefined }),
  encryption: fc.option(fc.constantFrom('AES256', 'SM4'), { nil: undefined }),
  versioned: fc.option(fc.boolean(), { nil: undefined }),
  retentionDays: fc.option(fc.integer({ min: 180, max: 5000 }), { nil: undefined }),
  objectLockDays: fc.option(fc.integer({ min: 1, max: 36500 }), { nil: undefined }),
}, { requiredKeys: ['bucketName'] });

const validCls = validRetention.chain((retentionDays) => fc.record({
  logsetName: stringOf(`${LETTERS}-_ `, fc.integer({ min: 1, max: 255 })).filter((n) => n.trim().length > 0),
  topicName: stringOf(`${LETTERS}-_`, fc.integer({ min: 1, max: 40 })),
  retentionDays: fc.constant(retentionDays),
  hotPeriodDays: fc.option(fc.oneof(fc.constant(0), fc.integer({ min: 7, max: (retentionDays ?? 180) - 1 })), { nil: undefined }),
}, { requiredKeys: ['logsetName', 'topicName'] }).map(strip));

const validDestination: fc.Arbitrary<DestinationSpec> = fc.oneof(
  fc.tuple(validRegion, validCos).map(([r, props]): DestinationSpec => ({ kind: 'cos', region: r, props: strip(props) })),
  fc.tuple(validRegion, validCls).map(([r, props]): DestinationSpec => ({ kind: 'cls', region: r, props })),
  fc.tuple(validRegion, validBucket).map(([r, b]): DestinationSpec => ({ kind: 'existing-cos', region: r, props: { bucketName: b } })),
  fc.tuple(validRegion, fc.uuid()).map(([r, id]): DestinationSpec => ({ kind: 'existing-cls', region: r, props: { topicId: id } })),
);

const validNames = fc.oneof(fc.constant(['*']), fc.shuffledSubarray(API_NAMES, { minLength: 1, maxLength: 10 }));
const validSelection = fc.oneof(
  fc.constant({}),
  fc.constant({ resourceType: '*' }),
  fc.record({ resourceType: fc.constantFrom(...PRODUCTS), eventNames: validNames }),
  fc.uniqueArray(fc.record({ resourceType: fc.constantFrom(...PRODUCTS), actionType: fc.constantFrom('Read', 'Write', '*'), eventNames: validNames }), { minLength: 1, maxLength: 4, selector: (s) => s.resourceType })
    .map((selectors) => ({ selectors })),
);

/** Inputs every rule accepts: property 1 must synthesize them, property 2 reorders them. */
export const validTrack: fc.Arbitrary<TrackSpec> = (fc.record({
  org: fc.option(fc.oneof(fc.constant({}), fc.constant({ storageAccountId: '100012345678', storageAppId: '1250000001' })), { nil: undefined, freq: 3 }),
  props: fc.tuple(stringOf(`${LETTERS}-_`, fc.integer({ min: 3, max: 48 })), fc.option(fc.constantFrom('Read', 'Write', '*'), { nil: undefined }), validSelection, fc.option(fc.boolean(), { nil: undefined }))
    .map(([n, a, sel, enabled]) => strip({ trackName: n, actionType: a, enabled, ...sel })),
  destination: validDestination,
  providerRegion: fc.constant(''),
}) as fc.Arbitrary<any>).map((t): TrackSpec => ({ ...strip(t), providerRegion: t.destination.region }));

/** Half noisy (boundaries, typos, unicode), half valid. */
export const track: fc.Arbitrary<TrackSpec> = fc.oneof(noisyTrack, validTrack);

/** Drops undefined values, as a user who leaves props out would. */
export function strip<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** Runs per property: FUZZ_RUNS (npm run fuzz: 100,000) or the CI default. */
export function runs(ciDefault: number): number {
  const n = Number(process.env.FUZZ_RUNS);
  return Number.isInteger(n) && n > 0 ? n : ciDefault;
}
