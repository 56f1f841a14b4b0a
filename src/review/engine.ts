/**
 * The rule engine: pure functions over the normalized model. Linear in the number of resources
 * (everything is looked up through maps built once per document).
 *
 * API rules are not re-implemented here: every rule of the registry (src/rules) that reads a
 * resource type checks it through its own `checkTerraform`, and its violations become findings
 * under its review group (API-00x) with its own code. The review's own rules (COV, STO, ORG, QTA)
 * are plan-wide and live below, with their catalogue entries in the registry.
 */
import { KEY, MODULE_PATH, stripKeys } from './address';
import { MIN_REASON_LENGTH, rule } from './catalogue';
import { inventoryOf } from './inventory';
import {
  DestinationView, Finding, Level, MatrixRow, ReviewDocument, ReviewOptions, ReviewResult, SelectorView, TfResource, TrackView,
} from './model';
import { inSchema, schemaProblems } from './schema';
import { accountLabel } from '../internal/account-label';
import { ACCOUNT_KEY, METADATA_KEY } from '../internal/metadata';
import { CLS_INDEX } from '../rules/alarm';
import { CLS_PERMANENT_DAYS, CLS_TOPIC } from '../rules/cls';
import { COS_BUCKET, splitBucket } from '../rules/cos';
import { problemParts } from '../rules/errors';
import { acknowledgementCovers, RuleCode, RULES } from '../rules/index';
import { accountIdentity, AccountIdentity } from '../rules/organization';
import { DEFAULT_TRACK_QUOTA } from '../rules/quota';
import { Rule } from '../rules/rule';
import { LEGACY_AUDIT } from '../rules/schema';
import { CAM_ROLE, CAM_ROLE_POLICY_ATTACHMENT, MULTI_ACCOUNT_POLICY_ID, MULTI_ACCOUNT_POLICY_NAME, SERVICE_ROLE_NAME } from '../rules/service-role';
import { STORAGE_POSTURE_RULES } from '../rules/storage-posture';
import { isExpression, lit, many, num, one, PROVIDER_CONFIG, TerraformContext } from '../rules/terraform';
import { CKAFKA_TOPIC, meantStorageType, TRACK_RESOURCE_TYPES, trackSelectors } from '../rules/track';

export { isExpression } from '../rules/terraform';

export const TRACK_TYPES = new Set(TRACK_RESOURCE_TYPES);
const BUCKET = COS_BUCKET;
const TOPIC = CLS_TOPIC;


/** A bucket or topic address in an expression, instance keys included: `module.a["x"].tencentcloud_cls_topic.t[0]`. */
const REFERENCE = new RegExp(String.raw`(${MODULE_PATH})(tencentcloud_(?:cos_bucket|cls_topic))\.([A-Za-z0-9_-]+)((?:${KEY})?)`, 'g');

/** Bucket and topic addresses an expression or depends_on entry refers to. */
function storageRefs(texts: readonly unknown[]): string[] {
  const out: string[] = [];
  for (const t of texts) {
    if (typeof t !== 'string') continue;
    for (const m of t.matchAll(REFERENCE)) out.push(`${m[1]}${m[2]}.${m[3]}${m[4]}`);
  }
  return out;
}

/**
 * The name a track gives a bucket (without `-<APPID>`), when the bucket attribute shows it: a
 * literal `<name>-<10 digits>`, or a name ending in `-${…}` (the APPID, unknown before the plan)
 * whose other part may itself hold unknowns (`${var.name}`), kept as the same symbols.
 */
function bucketKey(bucket: unknown): string | undefined {
  if (typeof bucket !== 'string') return undefined;
  if (!bucket.includes('${')) return /^(.+)-[0-9]{10}$/.exec(bucket)?.[1] ?? bucket;
  return /^(.+)-\$\{[^{}]*\}$/s.exec(bucket)?.[1];
}

/** The name a mistaken bucket name stands for: lowercase, other characters as "-", no "-" at either end. */
function impliedBucketName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
}

/**
 * A track's storage type as meant: `storage_type`, or `storage_region` when the two are swapped
 * (`storage_type = "ap-guangzhou"`, `storage_region = "cos"`; CA115 reports the swap).
 */
function storageTypeOf(storage: Record<string, any>): string | undefined {
  return meantStorageType(storage);
}

// ------------------------------------------------------------------ index

interface Resolved {
  readonly status: DestinationView['status'];
  readonly storage?: TfResource;
  /** The other document of the app (stack) that creates `storage`. */
  readonly stack?: string;
}

class PlanIndex {
  readonly tracks: TfResource[] = [];
  readonly byAddress = new Map<string, TfResource>();
  readonly bucketsByName = new Map<string, TfResource>();
  /** Buckets by their whole `bucket` value when it holds unknowns: the same text is the same unknowns. */
  readonly bucketsByText = new Map<string, TfResource>();
  readonly topicsById = new Map<string, TfResource>();
  /** CKafka topics by `<instance id>/<topic name>`, and by topic name alone. */
  readonly kafkaTopics = new Map<string, TfResource>();
  /** Resources by type, in document order. */
  readonly byType = new Map<string, TfResource[]>();
  private readonly resolved = new Map<TfResource, Resolved>();
  private readonly byTypes = new Map<string, TfResource[]>();
  /** tencentcloud provider configurations by key (`tencentcloud`, `tencentcloud.<alias>`). */
  readonly providers = new Map<string, TfResource>();
  /** A CloudAudit_QCSRole is in the plan. */
  readonly serviceRole: boolean;
  /** The multi-account delivery policy is attached in the plan. */
  readonly multiAccountPolicy: boolean;
  /** Every track is the resource `byAddress` gives for its address (no other resource shadows it). */
  private readonly tracksAtOwnAddress: boolean;
  /** The tracks delivering to each storage resource of this document (built on first use). */
  private tracksByStorage?: Map<TfResource, TfResource[]>;

  constructor(
    private readonly resources: readonly TfResource[],
    /** The storage another document of the app creates for a track (see AppIndex). */
    private readonly elsewhere?: (track: TfResource) => Resolved | undefined,
  ) {
    let role = false;
    let policy = false;
    for (const r of resources) {
      const same = this.byType.get(r.type);
      if (same) same.push(r);
      else this.byType.set(r.type, [r]);
      this.byAddress.set(r.address, r);
      if (r.address.includes('[')) this.byAddress.set(stripKeys(r.address), r);
      if (r.type === PROVIDER_CONFIG) {
        this.providers.set(r.account, r);
        continue;
      }
      if (TRACK_TYPES.has(r.type)) {this.tracks.push(r);} else if (r.type === BUCKET) {
        const key = bucketKey(r.values.bucket);
        if (key !== undefined) this.bucketsByName.set(key, r);
        if (isExpression(r.values.bucket)) this.bucketsByText.set(r.values.bucket, r);
      } else if (r.type === CKAFKA_TOPIC) {
        const topic = r.values.topic_name;
        if (typeof topic === 'string') {
          this.kafkaTopics.set(topic, r);
          if (typeof r.values.instance_id === 'string') this.kafkaTopics.set(`${r.values.instance_id}/${topic}`, r);
        }
      } else if (r.type === TOPIC) {
        for (const id of [r.values.id, r.values.topic_id]) if (lit(id)) this.topicsById.set(lit(id)!, r);
      } else if (r.type === CAM_ROLE) {
        role ||= lit(r.values.name) === SERVICE_ROLE_NAME || lit(r.values.role_name) === SERVICE_ROLE_NAME;
      } else if (r.type.startsWith(CAM_ROLE_POLICY_ATTACHMENT)) {
        policy ||= lit(r.values.policy_id) === MULTI_ACCOUNT_POLICY_ID || lit(r.values.policy_name) === MULTI_ACCOUNT_POLICY_NAME;
      }
    }
    this.serviceRole = role;
    this.multiAccountPolicy = policy;
    this.tracks.sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
    this.tracksAtOwnAddress = this.tracks.every((t) => this.byAddress.get(t.address) === t);
  }

  /**
   * The resource at `address`: the instance it names (`module.team["core"].tencentcloud_cls_topic.t`),
   * else, when the address names no instance of a counted or for_each resource, the resource
   * written at it.
   */
  at(address: string): TfResource | undefined {
    return this.byAddress.get(address) ?? (address.includes('[') ? this.byAddress.get(stripKeys(address)) : undefined);
  }

  /**
   * The bucket a literal storage_name means, the way a reader would link them: the exact name, the
   * name without a `-<APPID>` suffix (CA203), or the name its mistake implies (CA201: `Audit_Logs`
   * for `audit-logs`). The track's own finding says what is wrong with the name.
   */
  bucketNamed(name: string): TfResource | undefined {
    return this.bucketsByName.get(name)
      ?? this.bucketsByName.get(splitBucket(name).name)
      ?? this.bucketsByName.get(impliedBucketName(splitBucket(name).name));
  }

  /** The resources of these types, in document order (a rule's uniqueness checks see them as written). */
  ofTypes(types: readonly string[]): readonly TfResource[] {
    if (types.length === 1) return this.byType.get(types[0]) ?? [];
    const key = types.join('\u0000');
    let list = this.byTypes.get(key);
    if (list === undefined) {
      const present = types.filter((t) => this.byType.has(t));
      if (present.length <= 1) {
        list = present.length === 1 ? this.byType.get(present[0])! : [];
      } else {
        // One pass over the document keeps its order: no sort.
        const wanted = new Set(present);
        list = this.resources.filter((r) => wanted.has(r.type));
      }
      this.byTypes.set(key, list);
    }
    return list;
  }

  /**
   * The account a resource belongs to across an app, from its provider block: the name given with
   * `CloudAuditAccount.assign` (written there as `"//": { "cloudaudit": { "account": … } }`), else a
   * literal role ARN, else a literal profile, else the default credentials.
   */
  accountOf(r: TfResource): string {
    const config = this.providers.get(r.account)?.values ?? {};
    const named = config['//']?.[METADATA_KEY]?.[ACCOUNT_KEY];
    const arn = lit(one(config.assume_role)?.role_arn);
    return accountLabel({ name: typeof named === 'string' ? named : undefined, roleArn: arn, profile: lit(config.profile) });
  }

  /**
   * The account column of the reports: the provider configuration (`tencentcloud.archive`), and the
   * account name given with `CloudAuditAccount.assign` before it when there is one.
   */
  accountShown(r: { readonly account: string }): string {
    const named = this.providers.get(r.account)?.values['//']?.[METADATA_KEY]?.[ACCOUNT_KEY];
    return typeof named === 'string' ? `${named} (${r.account})` : r.account;
  }

  /**
   * The account of a resource's provider configuration, to compare with another's (CA504):
   * undefined when the document holds no such configuration or its role ARN or profile is an
   * expression. A resource of the default configuration that the document does not declare is
   * the default credentials' account.
   */
  accountIdentityOf(r: { readonly account: string }): AccountIdentity | undefined {
    const provider = this.providers.get(r.account);
    if (!provider && r.account !== 'tencentcloud') return undefined;
    const config = provider?.values ?? {};
    const named = config['//']?.[METADATA_KEY]?.[ACCOUNT_KEY];
    const role = one(config.assume_role)?.role_arn;
    if (isExpression(role) || isExpression(config.profile)) return undefined;
    const given = { name: typeof named === 'string' ? named : undefined, roleArn: lit(role), profile: lit(config.profile) };
    return accountIdentity(given, accountLabel(given));
  }

  /**
   * Where a track's storage is, when `resolve` ran on this very object and the track is the
   * resource at its own address (as for every track of a valid plan): what
   * `resolve(byAddress.get(track.address))` gives, without the lookup by a long address.
   */
  resolvedOf(track: object): Resolved | undefined {
    return this.tracksAtOwnAddress ? this.resolved.get(track as TfResource) : undefined;
  }

  /** The tracks of this document delivering to `storage` (the map is built once, on first use). */
  tracksTo(storage: TfResource): readonly TfResource[] {
    if (this.tracksByStorage === undefined) {
      this.tracksByStorage = new Map();
      for (const t of this.tracks) {
        const s = this.resolve(t).storage;
        if (s !== undefined) push(this.tracksByStorage, s, t);
      }
    }
    return this.tracksByStorage.get(storage) ?? [];
  }

  /** Where a track's storage is (computed once per track). */
  resolve(track: TfResource): Resolved {
    let r = this.resolved.get(track);
    if (r === undefined) {
      r = this.resolveStorage(track);
      this.resolved.set(track, r);
    }
    return r;
  }

  /** Where a track's storage is: created in the plan, adopted, dangling or unknown. */
  private resolveStorage(track: TfResource): Resolved {
    if (track.adoptedStorage) return { status: 'adopted' };
    if (track.storageIn && this.elsewhere) return this.elsewhere(track) ?? { status: 'dangling' };
    const s = one(track.values.storage) ?? {};
    const type = storageTypeOf(s);
    const want = type === 'cls' ? TOPIC : type === 'cos' ? BUCKET : type === 'ckafka' ? CKAFKA_TOPIC : undefined;
    const found = (addresses: string[]) => addresses
      .map((a) => this.at(a))
      .find((r): r is TfResource => r !== undefined && (want === undefined || r.type === want));
    const name = s.storage_name;
    // No name (missing or empty): no destination to link (the missing argument is reported).
    if (name === undefined || name === null || name === '') return { status: 'unknown' };
    if (want === CKAFKA_TOPIC && typeof name === 'string') {
      const topic = this.kafkaTopics.get(name) ?? this.kafkaTopics.get(name.slice(name.indexOf('/') + 1));
      if (topic) return { status: 'created', storage: topic };
    }
    if (isExpression(name)) {
      const refs = storageRefs([name]);
      const storage = found(refs);
      if (storage) return { status: 'created', storage };
      if (refs.length > 0) return { status: 'dangling' };
      // A name with unknowns: the bucket written with the same text, or whose name without -<APPID> it is.
      const bucket = want === BUCKET ? this.bucketsByText.get(name) ?? this.bucketsByName.get(name) : undefined;
      if (bucket) return { status: 'created', storage: bucket };
    } else if (typeof name === 'string') {
      const storage = want === BUCKET ? this.bucketNamed(name) : want === TOPIC ? this.topicsById.get(name) : undefined;
      if (storage) return { status: 'created', storage };
    }
    // depends_on names the storage when its name is not known before apply.
    const dep = found(storageRefs(track.dependsOn));
    if (dep && (dep.type === TOPIC || bucketKey(dep.values.bucket) === undefined)) return { status: 'created', storage: dep };
    if (isExpression(name) || name === undefined) return { status: 'unknown' };
    return this.elsewhere?.(track) ?? { status: 'dangling' };
  }
}

/**
 * The documents of one app (the stacks of a cdktf.out, or of the app at synth): which document
 * creates the storage a track of another names, through the constructs' `storage_in` mark or a
 * bucket name. Built once per app.
 */
class AppIndex {
  private readonly indexes = new Map<ReviewDocument, PlanIndex>();
  private readonly byName = new Map<string, ReviewDocument>();
  /** Per storage resource: the tracks of other documents delivering to it. */
  private readonly deliveredBy = new Map<TfResource, TfResource[]>();
  /** Per document: its storage that tracks of the other documents deliver to. */
  private readonly used = new Map<ReviewDocument, TfResource[]>();

  constructor(private readonly docs: readonly ReviewDocument[]) {
    for (const d of docs) {
      this.byName.set(d.name, d);
      this.indexes.set(d, new PlanIndex(d.resources));
    }
    for (const d of docs) {
      const own = this.indexes.get(d)!;
      for (const t of own.tracks) {
        // A track whose storage is in its own document delivers there, not to a namesake elsewhere.
        if (t.storageIn === undefined && own.resolve(t).status === 'created') continue;
        const found = this.elsewhere(t, d);
        if (!found) continue;
        const tracks = this.deliveredBy.get(found.storage);
        if (tracks) {
          tracks.push(t);
        } else {
          this.deliveredBy.set(found.storage, [t]);
          push(this.used, found.doc, found.storage);
        }
      }
    }
  }

  /** The storage another document creates for `track` of `doc`: the one its mark names, else the bucket its name names. */
  elsewhere(track: TfResource, doc: ReviewDocument): { doc: ReviewDocument; storage: TfResource } | undefined {
    if (track.storageIn) {
      const other = this.byName.get(track.storageIn.stack);
      const storage = other !== undefined && other !== doc ? this.indexes.get(other)!.at(track.storageIn.address) : undefined;
      return storage && { doc: other!, storage };
    }
    const s = one(track.values.storage) ?? {};
    const name = s.storage_name;
    if (storageTypeOf(s) !== 'cos' || typeof name !== 'string' || isExpression(name)) return undefined;
    for (const other of this.docs) {
      const bucket = other === doc ? undefined : this.indexes.get(other)!.bucketNamed(name);
      if (bucket) return { doc: other, storage: bucket };
    }
    return undefined;
  }

  /** `doc`'s storage that tracks of the other documents deliver to. */
  usedElsewhere(doc: ReviewDocument): readonly TfResource[] {
    return this.used.get(doc) ?? [];
  }

  /** The tracks of other documents delivering to `storage`. */
  tracksOf(storage: TfResource): readonly TfResource[] {
    return this.deliveredBy.get(storage) ?? [];
  }

  /**
   * Coverage is an account property (as AuditChecks judges it at synth): the tracks of other
   * documents recording every Write for each account `doc`'s tracks belong to; empty when some
   * account has none elsewhere.
   */
  writesRecordedElsewhere(doc: ReviewDocument): string[] {
    const index = this.indexes.get(doc)!;
    const accounts = new Set(index.tracks.map((t) => index.accountOf(t)));
    const elsewhere: string[] = [];
    for (const account of accounts) {
      const recorders = this.docs.filter((d) => d !== doc).flatMap((d) => {
        const other = this.indexes.get(d)!;
        return other.tracks.filter((t) => other.accountOf(t) === account && recordsEveryWrite(t)).map((t) => `${d.name}: ${t.address}`);
      });
      if (recorders.length === 0) return [];
      elsewhere.push(...recorders);
    }
    return elsewhere;
  }
}

const APPS = new WeakMap<readonly ReviewDocument[], AppIndex>();

function appIndexOf(docs: readonly ReviewDocument[]): AppIndex {
  let app = APPS.get(docs);
  if (app === undefined) APPS.set(docs, (app = new AppIndex(docs)));
  return app;
}

// ------------------------------------------------------------------ findings

class Findings {
  readonly list: Finding[] = [];

  /** `cdktf` output gets the construct fix; every other input the Terraform fix. */
  constructor(private readonly kind: ReviewDocument['kind']) {}

  /**
   * Adds a finding about `at`; `concerned` resources (default: `at`) may acknowledge it.
   */
  add(
    ruleId: RuleCode, at: TfResource | undefined, message: string, file: string,
    opts?: { concerned?: TfResource[]; fix?: string; code?: string; level?: Level; field?: string },
  ): void {
    this.push(ruleId, at, message, file, opts?.concerned, opts?.fix, opts?.code, opts?.field);
    if (opts?.level !== undefined) (this.list[this.list.length - 1] as { level: Level }).level = opts.level;
  }

  /**
   * `add` with its options as arguments: the API and storage rules call it for every finding.
   * `field` is the attribute the finding is about (`storage.storage_prefix`): its line and the
   * origin of its value, when the input says them.
   */
  push(
    ruleId: RuleCode, at: TfResource | undefined, message: string, file: string,
    concerned?: TfResource[], fix?: string, code?: string, field?: string,
  ): void {
    const info = rule(ruleId);
    let acknowledged: Finding['acknowledged'];
    let ignored: string | undefined;
    // Most resources acknowledge nothing: no list for them.
    const who = concerned ?? (at !== undefined && at.acknowledgements.length > 0 ? [at] : undefined);
    if (who !== undefined) {
      for (const r of who) {
        for (const a of r.acknowledgements) {
          if (!acknowledgementCovers(a.id, ruleId, code)) continue;
          if (a.reason.trim().length >= MIN_REASON_LENGTH) {
            acknowledged = a;
            break;
          }
          ignored = `acknowledgement on ${r.address} ignored: its reason has fewer than ${MIN_REASON_LENGTH} characters`;
        }
        if (acknowledged) break;
      }
    }
    // One object, keys in report order, no spreads: a 20 MB plan gives tens of thousands of findings.
    // Written whole (one literal with or without `code`), not key by key: no property store to grow.
    const level = info.level;
    const address = at?.address;
    const constructPath = at?.constructPath;
    const where = at?.file ?? file;
    const how = fix ?? (this.kind === 'cdktf' ? info.fix : info.fixTerraform);
    const finding: { -readonly [K in keyof Finding]: Finding[K] } = code
      ? { ruleId, code, level, address, constructPath, file: where, message, fix: how }
      : { ruleId, level, address, constructPath, file: where, message, fix: how };
    if (at !== undefined) locate(finding, at, field);
    if (acknowledged) finding.acknowledged = acknowledged;
    else if (ignored) finding.ignoredAcknowledgement = ignored;
    this.list.push(finding);
  }
}

/**
 * Sets where a finding points: the line of `field` in the resource's file when it is written
 * (`attribute` names it), else the resource's own line; and where the value was set when it came
 * through variables. Plans and state have no lines: the address is the location.
 */
function locate(finding: { -readonly [K in keyof Finding]: Finding[K] }, at: TfResource, field: string | undefined): void {
  const written = field !== undefined && at.where !== undefined ? at.where.written(field) : undefined;
  if (written !== undefined) {
    finding.line = written.line;
    finding.attribute = written.attribute;
  } else if (at.line !== undefined) {
    finding.line = at.line;
  }
  if (at.line !== undefined) finding.resourceLine = at.line;
  const origin = field !== undefined && at.where?.origins !== undefined ? at.where.origins(field) : undefined;
  if (origin !== undefined && origin.length > 0) finding.origin = origin;
}

/** The API rules the review runs on Terraform: every registry rule with a review group. */
const API_RULES: readonly Rule[] = RULES.filter((r) => (r as Rule).review !== undefined && (r as Rule).reads !== undefined) as readonly Rule[];
/**
 * What checkApi needs of each API rule, read once into records of one shape: rule objects differ
 * in shape, and reading them in the optimized loop would throw that code away at every next rule.
 */
interface ApiCheck {
  readonly rule: Rule;
  readonly checkTerraform: Rule['checkTerraform'];
  /** The review group its findings are reported under. */
  readonly group: RuleCode;
  /** The resource types the rule reads, in document order of first mention. */
  readonly types: readonly string[];
  /** "[code name] " before "field: problem" (see problemParts). */
  readonly head: string;
}
const API_CHECKS: readonly ApiCheck[] = API_RULES.map((r) => ({
  rule: r,
  checkTerraform: r.checkTerraform,
  group: r.review as RuleCode,
  types: [...new Set(r.reads!.map((x) => x.resource))],
  head: problemParts(r.code).head,
}));

/** A selector attribute of a track: `action_type`, or `filters.resource_fields[2].event_names[0]` (schema paths index `filters` too). */
const SELECTOR_FIELD = /^(?:filters(?:\[0\])?\.resource_fields\[([0-9]+)\]\.)?(action_type|resource_type|event_names)(?:\[|$)/;

/**
 * Why the API refuses selectors of tracks: the first problem found on each selector's attributes
 * (`action_type: "Wirte" is not Read, Write or *`), by track and selector index.
 */
class SelectorProblems {
  private readonly byTrack = new Map<TfResource, Map<number, string>>();

  note(track: TfResource, field: string, problem: string): void {
    const m = SELECTOR_FIELD.exec(field);
    if (m === null) return;
    const i = m[1] === undefined ? 0 : Number(m[1]);
    let byIndex = this.byTrack.get(track);
    if (byIndex === undefined) this.byTrack.set(track, (byIndex = new Map()));
    if (!byIndex.has(i)) byIndex.set(i, `${m[2]}: ${problem}`);
  }

  of(track: TfResource): ReadonlyMap<number, string> | undefined {
    return this.byTrack.get(track);
  }
}

function selectorsOf(track: TfResource, invalid?: ReadonlyMap<number, string>): SelectorView[] {
  return trackSelectors(track).map(({ raw }, i) => {
    const view: SelectorView = {
      resourceType: String(raw.resource_type ?? ''),
      actionType: String(raw.action_type ?? ''),
      eventNames: Array.isArray(raw.event_names) ? raw.event_names.map(String) : isExpression(raw.event_names) ? [String(raw.event_names)] : [],
    };
    const why = invalid?.get(i);
    return why === undefined ? view : { ...view, invalid: why };
  });
}

/** What rules may ask about the document; `claim` keeps its own state per context. */
function contextOf(index: PlanIndex, app?: AppIndex): TerraformContext {
  const seen = new Map<string, string>();
  return {
    claim: (key, address) => {
      const first = seen.get(key);
      if (first === undefined) seen.set(key, address);
      return first;
    },
    providerConfig: (account) => index.providers.get(account)?.values,
    accountOf: (resource) => index.accountIdentityOf(resource),
    storageOf: (track) => {
      // Rules ask about the tracks the review resolved first: found by identity, no address lookup.
      const known = index.resolvedOf(track);
      if (known !== undefined) return known.storage;
      const t = index.byAddress.get(track.address);
      return t ? index.resolve(t).storage : undefined;
    },
    tracksDeliveringTo: (topicId) => {
      const topic = topicOf(index, topicId);
      return topic ? [...index.tracks.filter((t) => index.resolve(t).storage === topic), ...app?.tracksOf(topic) ?? []] : undefined;
    },
    tracksOf: (storage) => {
      const own = index.tracksTo(storage as TfResource);
      const others = app?.tracksOf(storage as TfResource) ?? [];
      return others.length === 0 ? own : [...own, ...others];
    },
    resourcesOf: (type) => index.ofTypes([type]),
    indexesOf: (topicId) => {
      const topic = topicOf(index, topicId);
      return topic ? index.ofTypes([CLS_INDEX]).filter((x) => topicOf(index, x.values.topic_id) === topic) : undefined;
    },
  };
}

/** The topic of the document a `topic_id` (a reference or a literal id) names. */
function topicOf(index: PlanIndex, topicId: unknown): TfResource | undefined {
  return isExpression(topicId) ? storageRefs([topicId]).map((a) => index.at(a)).find((r) => r?.type === TOPIC)
    : typeof topicId === 'string' ? index.topicsById.get(topicId) : undefined;
}

/**
 * Runs every API rule on every resource it reads; one context per rule, for its uniqueness checks.
 * The fix is said in the input's terms: construct props for cdktf output, attributes otherwise.
 */
function checkApi(f: Findings, index: PlanIndex, kind: ReviewDocument['kind'], invalid: SelectorProblems, app?: AppIndex): void {
  const cdktf = kind === 'cdktf';
  // Index loops, no option objects: this runs every API rule on every resource it reads.
  for (let k = 0; k < API_CHECKS.length; k++) {
    const { rule: r, checkTerraform, group, types, head } = API_CHECKS[k];
    const context = contextOf(index, app);
    // Only the resources of the types the rule reads (a plan holds tens of thousands of others).
    const resources = index.ofTypes(types);
    for (let i = 0; i < resources.length; i++) {
      const resource = resources[i];
      const found = checkTerraform.call(r, resource, context);
      for (let j = 0; j < found.length; j++) {
        const v = found[j];
        const fix = cdktf ? v.fix : v.fixTerraform ?? v.fix;
        // "[code name] field: problem" (the rule and its source are the code's, printed once per
        // report; the fix is reported on its own); checkTerraform stamps the rule's own code on
        // every violation.
        const problem = cdktf ? v.problem : v.problemTerraform ?? v.problem;
        f.push(group, resource, `${head}${v.field}: ${problem}`, resource.file, undefined, fix, v.code, v.field);
        if (TRACK_TYPES.has(resource.type)) invalid.note(resource, v.field, problem);
      }
    }
  }
}

/** The storage-posture rules (STO) on one bucket or topic a track delivers to. */
function checkStorage(f: Findings, context: TerraformContext, storage: TfResource): void {
  for (const r of STORAGE_POSTURE_RULES as readonly Rule[]) {
    const found = r.checkTerraform(storage, context);
    for (let j = 0; j < found.length; j++) {
      f.push(r.code as RuleCode, storage, found[j].problem, storage.file, undefined, undefined, undefined, found[j].field);
    }
  }
}

function retentionOf(storage: TfResource | undefined, status: DestinationView['status']): string {
  if (!storage) return status === 'unknown' ? 'unknown' : 'not in plan';
  if (storage.type === CKAFKA_TOPIC) {
    const ms = num(storage.values.retention);
    return ms === undefined ? 'CKafka default' : `${Math.round(ms / 3_600_000)} hours (CKafka)`;
  }
  if (storage.type === TOPIC) {
    const d = num(storage.values.period);
    if (isExpression(storage.values.period)) return 'unknown';
    return d === undefined ? 'CLS default' : d === CLS_PERMANENT_DAYS ? 'permanent' : `${d} days`;
  }
  let min: number | undefined;
  let unknown = false;
  for (const r of many(storage.values.lifecycle_rules)) {
    for (const e of many(r.expiration)) {
      const d = num(e.days);
      if (d === undefined && isExpression(e.days)) unknown = true;
      if (d !== undefined) min = min === undefined ? d : Math.min(min, d);
    }
  }
  return min !== undefined ? `${min} days` : unknown ? 'unknown' : 'kept forever';
}

function encryptionOf(storage: TfResource | undefined, status: DestinationView['status']): string {
  if (!storage) return status === 'unknown' ? 'unknown' : 'not in plan';
  if (storage.type === TOPIC) {
    // tencentcloud_cls_topic: encryption 0 or unset is none; 1 encrypts with a CLS key; custom_kms_info names a KMS key.
    const kms = one(storage.values.custom_kms_info);
    if (kms) return isExpression(kms.kms_key_id) ? 'KMS (key unknown)' : `KMS ${String(kms.kms_key_id ?? '')}`.trim();
    const e = storage.values.encryption;
    if (isExpression(e)) return 'unknown';
    return num(e) === 1 ? 'CLS-managed key' : 'none';
  }
  if (storage.type === CKAFKA_TOPIC) return 'not reviewed (CKafka)';
  const e = storage.values.encryption_algorithm;
  return isExpression(e) ? 'unknown' : e ? String(e) : 'none';
}

// ------------------------------------------------------------------ review

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function push<K, T>(map: Map<K, T[]>, key: K, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const LEVEL_ORDER = { error: 0, warning: 1, info: 2 };

/**
 * Findings by level, rule id, then address; stable, so one resource's findings of one rule keep
 * the order the rules found them (most specific first). Grouped by level and rule first: tens of
 * thousands of findings fall in a few groups, each compared by address only.
 */
function sortFindings(list: Finding[]): Finding[] {
  // Level, then rule id: nested maps, no key string per finding.
  const groups = new Map<number, Map<string, Finding[]>>();
  for (const x of list) {
    const level = LEVEL_ORDER[x.level];
    let byRule = groups.get(level);
    if (byRule === undefined) groups.set(level, (byRule = new Map()));
    const g = byRule.get(x.ruleId);
    if (g) g.push(x);
    else byRule.set(x.ruleId, [x]);
  }
  const out: Finding[] = [];
  for (const level of [...groups.keys()].sort((a, b) => a - b)) {
    const byRule = groups.get(level)!;
    for (const ruleId of [...byRule.keys()].sort(compare)) {
      const g = byRule.get(ruleId)!;
      let sorted = true;
      for (let i = 1; i < g.length && sorted; i++) sorted = compare(g[i - 1].address ?? '', g[i].address ?? '') <= 0;
      if (!sorted) g.sort((a, b) => compare(a.address ?? '', b.address ?? ''));
      for (const x of g) out.push(x);
    }
  }
  return out;
}

/** Inputs Terraform reads as written (the review evaluates HCL; JSON is as written): SCH-001 applies. */
const SCHEMA_CHECKED: ReadonlySet<ReviewDocument['kind']> = new Set(['terraform-hcl', 'terraform-json']);

/**
 * SCH-001 on every resource of a configuration whose type the provider schema knows; SCH-002 on
 * the legacy tencentcloud_audit of any input. Returns the resources Terraform refuses.
 */
function checkSchema(f: Findings, document: ReviewDocument, invalid: SelectorProblems): Set<TfResource> {
  const refused = new Set<TfResource>();
  for (const r of document.resources) {
    if (r.type === LEGACY_AUDIT) {
      refused.add(r);
      f.add('SCH-002', r, legacyAuditMessage(r), r.file);
      continue;
    }
    if (!SCHEMA_CHECKED.has(document.kind) || r.source !== 'config' || !inSchema(r.type)) continue;
    const problems = schemaProblems(r.type, r.values);
    if (problems.length > 0) refused.add(r);
    for (const p of problems) {
      f.add('SCH-001', r, `${p.field}: ${p.problem}`, r.file, { fix: p.fix, field: p.field });
      if (TRACK_TYPES.has(r.type)) invalid.note(r, p.field, p.problem);
    }
  }
  return refused;
}

/** What a legacy tencentcloud_audit is, that it no longer applies, and what it would record. */
function legacyAuditMessage(r: TfResource): string {
  const v = r.values;
  const rw = num(v.read_write_attribute);
  const what = rw === 1 ? 'Read operations' : rw === 2 ? 'Write operations' : rw === 3 ? 'Read and Write operations' : 'operations (read_write_attribute not known)';
  const bucket = lit(v.cos_bucket) ?? '(unknown bucket)';
  const prefix = lit(v.log_file_prefix);
  const on = v.audit_switch === false || v.audit_switch === 'false' ? ', logging off (audit_switch false)' : '';
  return `tencentcloud_audit is the legacy CloudAudit resource (CreateAudit API), deprecated in provider v1.78.16 and removed in v1.81.137: it no longer applies (a current provider refuses the resource type, and the API no longer creates audits); it would record ${what} of every product to COS bucket ${bucket}${prefix ? `/${prefix}` : ''}${lit(v.cos_region) ? ` in ${lit(v.cos_region)}` : ''}${on}, and it counts for no coverage`;
}

/** Marks a selector the API refuses in the matrix row of its product (created when none records it). */
function markInvalid(matrix: Map<string, { read: string[]; write: string[]; invalid?: string[] }>, sel: SelectorView, label: string): void {
  let row = matrix.get(sel.resourceType);
  if (row === undefined) matrix.set(sel.resourceType, (row = { read: [], write: [] }));
  (row.invalid ??= []).push(`${label} (${sel.invalid})`);
}

/** Whether a selector records Write operations of every API of every product (what COV-001 asks). */
function writesEverything(sel: SelectorView): boolean {
  return sel.resourceType === '*' && (sel.actionType === 'Write' || sel.actionType === '*') && sel.eventNames.length === 1 && sel.eventNames[0] === '*';
}

/** Whether a track is known to be enabled and to record Write operations of every product (COV-001). */
export function recordsEveryWrite(track: TfResource): boolean {
  const status = num(track.values.status);
  if (status === undefined || status === 0) return false;
  return selectorsOf(track).some(writesEverything);
}

/** Reviews one document: coverage table, product matrix, findings. */
export function review(document: ReviewDocument, options: ReviewOptions = {}): ReviewResult {
  const quota = options.quota ?? DEFAULT_TRACK_QUOTA;
  // The other stacks of the app: where the storage of a track is created when not here.
  const app = options.app !== undefined && options.app.length > 1 && options.app.includes(document) ? appIndexOf(options.app) : undefined;
  const index = new PlanIndex(document.resources, app && ((t) => {
    const found = app.elsewhere(t, document);
    return found && { status: 'created', storage: found.storage, stack: found.doc.name };
  }));
  const f = new Findings(document.kind);
  const tracks: TrackView[] = [];
  const storages = new Map<string, TfResource>();
  const byAccount = new Map<string, TfResource[]>();
  const orgByAccount = new Map<string, TfResource[]>();
  let allWrite = false;
  let maybeAllWrite = false;
  let anyNotDisabled = false;

  // What Terraform refuses before any plan (SCH-001): such a resource is never created.
  const invalid = new SelectorProblems();
  const refused = checkSchema(f, document, invalid);
  // The API rules first: the coverage matrix marks the selectors they refuse.
  checkApi(f, index, document.kind, invalid, app);
  const matrix = new Map<string, { read: string[]; write: string[]; invalid?: string[] }>();
  for (const t of index.tracks) {
    const v = t.values;
    const status = num(v.status);
    // A missing status is never assumed: the track is not created (SCH-001), so it records nothing.
    const statusSet = v.status !== undefined && v.status !== null;
    const enabled = statusSet && status !== 0 && !refused.has(t);
    const statusKnown = status !== undefined;
    // COV-002 is about status 0: a track Terraform refuses is SCH-001's, not a disabled one.
    if (!statusKnown || status !== 0) anyNotDisabled = true;
    const orgWide = num(v.track_for_all_members) === 1;
    const s = one(v.storage) ?? {};
    const resolved = index.resolve(t);
    // Storage another stack creates is judged there (once), not by each stack delivering to it.
    if (resolved.storage && resolved.stack === undefined) storages.set(resolved.storage.address, resolved.storage);
    const crossAccount = s.storage_account_id ? String(s.storage_account_id) : undefined;
    const selectors = selectorsOf(t, invalid.of(t));
    const label = lit(v.name) || t.address; // an empty name (CA101) shows the address
    tracks.push({
      address: t.address,
      name: label,
      account: index.accountShown(t),
      enabled: enabled,
      state: refused.has(t) ? (statusSet ? 'refused' : 'status not set') : !statusKnown ? 'unknown' : enabled ? 'enabled' : 'disabled',
      orgWide,
      selectors,
      destination: {
        storageType: String(s.storage_type ?? ''),
        storageRegion: String(s.storage_region ?? ''),
        storageName: String(s.storage_name ?? ''),
        storagePrefix: String(s.storage_prefix ?? ''),
        status: resolved.status,
        address: resolved.storage?.address,
        retention: retentionOf(resolved.storage, resolved.status),
        encryption: encryptionOf(resolved.storage, resolved.status),
      },
    });
    // Set after the other keys (report order), without a spread per track.
    if (resolved.stack !== undefined) (tracks[tracks.length - 1].destination as { stack?: string }).stack = resolved.stack;
    if (crossAccount) (tracks[tracks.length - 1].destination as { crossAccount?: string }).crossAccount = crossAccount;

    // A track meant to be enabled whose selector the API refuses is in the matrix, marked: not left out.
    const meantEnabled = statusSet && status !== 0;
    if (meantEnabled && !enabled && selectors.some((sel) => sel.invalid !== undefined)) {
      for (const sel of selectors) if (sel.invalid !== undefined) markInvalid(matrix, sel, label);
    }
    if (enabled) {
      for (const sel of selectors) {
        if (sel.invalid !== undefined) {
          markInvalid(matrix, sel, label);
          // What COV-001 counts is unchanged: the refused selector is its own error finding.
          if (statusKnown && writesEverything(sel)) allWrite = true;
          continue;
        }
        const star = sel.eventNames.length === 1 && sel.eventNames[0] === '*';
        const unknown = isExpression(sel.resourceType) || isExpression(sel.actionType) || sel.eventNames.some(isExpression) || !statusKnown;
        if (statusKnown && writesEverything(sel)) allWrite = true;
        if (unknown) maybeAllWrite = true;
        let row = matrix.get(sel.resourceType);
        if (row === undefined) matrix.set(sel.resourceType, (row = { read: [], write: [] }));
        const cell = star ? label : `${label} (${sel.eventNames.length} API${sel.eventNames.length === 1 ? '' : 's'})`;
        if (sel.actionType === 'Read' || sel.actionType === '*') row.read.push(cell);
        if (sel.actionType === 'Write' || sel.actionType === '*') row.write.push(cell);
      }
    }

    push(byAccount, t.account, t);
    if (orgWide) push(orgByAccount, t.account, t);

    if (resolved.status === 'dangling') {
      const where = t.storageIn === undefined ? 'is not created in this plan and not marked as adopted'
        : app === undefined ? `is created by stack ${t.storageIn.stack}, which this review does not include (review the whole cdktf.out)`
          : `is not in stack ${t.storageIn.stack} of this app, where the track says it is created`;
      f.add('COV-003', t, `storage ${s.storage_type}:${s.storage_name} ${where}`, t.file, { field: 'storage.storage_name' });
    }
    if (orgWide && crossAccount && !index.multiAccountPolicy) {
      const missing = index.serviceRole ? `attaches no ${MULTI_ACCOUNT_POLICY_NAME} (${MULTI_ACCOUNT_POLICY_ID}) policy to ${SERVICE_ROLE_NAME}` : `has no ${SERVICE_ROLE_NAME} role with the ${MULTI_ACCOUNT_POLICY_NAME} policy`;
      f.add('ORG-002', t, `delivers to account ${crossAccount} but the plan ${missing}`, t.file, { field: 'storage.storage_account_id' });
    }
  }

  // Legacy audits record nothing today: a document of them only still needs a track (COV-001).
  const first = index.tracks[0] ?? index.byType.get(LEGACY_AUDIT)?.[0];
  if (first) {
    // Coverage is an account property: a track in another stack of the same account counts (AuditChecks).
    const concerned = index.tracks.length > 0 ? index.tracks : [first];
    if (!allWrite && !maybeAllWrite && (app?.writesRecordedElsewhere(document) ?? []).length === 0) {
      f.add('COV-001', first, 'no enabled tracking set records Write operations of every product ("*")', document.file, { concerned });
    }
    if (!anyNotDisabled && index.tracks.length > 0) {
      f.add('COV-002', first, `all ${index.tracks.length} tracking set(s) are disabled (status 0)`, document.file, { concerned, field: 'status' });
    }
  }
  for (const [account, list] of orgByAccount) {
    if (list.length > 1) {
      f.add('ORG-001', list[1], `account ${account} has ${list.length} organization-wide tracking sets: ${list.map((t) => t.address).join(', ')}`, document.file, { concerned: list, field: 'track_for_all_members' });
    }
  }
  for (const [account, list] of byAccount) {
    if (list.length > quota) {
      f.add('QTA-001', list[quota], `account ${account} has ${list.length} tracking sets; the quota is ${quota}`, document.file, { concerned: list });
    }
  }
  const requireTracks = options.requireTracks ?? 'error';
  if (requireTracks !== 'off') {
    // Any resource of the document may acknowledge that it holds no tracking set, or deletes some.
    const all = document.resources.filter((r) => r.type !== PROVIDER_CONFIG);
    if (options.expectTracks && index.tracks.length === 0) {
      const what = document.kind === 'plan' ? 'the plan leaves no tracking set' : document.kind === 'state' ? 'the state holds no tracking set' : 'declares no tracking set';
      f.add('COV-004', undefined, `${what} (tencentcloud_audit_track or tencentcloud_events_audit_track): nothing records the operations of its account(s)`, document.file, { concerned: all, level: requireTracks });
    }
    const deleted = document.deletedTracks ?? [];
    if (deleted.length > 0) {
      const how = document.kind === 'plan' ? 'the plan deletes' : 'removed blocks destroy';
      f.add('COV-005', undefined, `${how} ${deleted.length} tracking set(s): ${deleted.join(', ')}`, document.file, { concerned: index.tracks.length > 0 ? index.tracks : all, level: requireTracks });
    }
  }
  // This document's storage that tracks of other stacks of the app deliver to is judged here.
  if (app) for (const storage of app.usedElsewhere(document)) storages.set(storage.address, storage);
  const storageContext = contextOf(index, app);
  for (const storage of storages.values()) checkStorage(f, storageContext, storage);

  const rows: MatrixRow[] = [...matrix.entries()]
    .sort(([a], [b]) => (a === '*' ? -1 : b === '*' ? 1 : compare(a, b)))
    .map(([product, r]) => (r.invalid ? { product, read: r.read, write: r.write, invalid: r.invalid } : { product, read: r.read, write: r.write }));
  const findings = sortFindings(f.list);
  return { document, tracks, matrix: rows, findings, ...inventoryOf(document.resources, new Set(storages.keys()), (r) => index.accountShown(r)) };
}

/**
 * Whether a result fails the gate: a finding nobody acknowledged at `failOn` or more serious
 * (`error` by default; `warning` fails on warnings and errors; `info` on any finding).
 */
export function hasBlockingFinding(results: readonly ReviewResult[], failOn: Level = 'error'): boolean {
  const worst = LEVEL_ORDER[failOn];
  return results.some((r) => r.findings.some((x) => LEVEL_ORDER[x.level] <= worst && !x.acknowledged));
}
