import { ITerraformDependable, Lazy, Precondition, TerraformProvider, TerraformResource, TerraformResourceLifecycle, TerraformStack, Token } from 'cdktf';
import { dependable } from 'cdktf/lib/tfExpression';
import { Construct } from 'constructs';
import { Acknowledgement } from './acknowledgement';
import { AuditEventRule, AuditEventRuleProps } from './audit-event-rule';
import { IAuditDestination, StorageType } from './destination';
import { accountIdentityOf, accountOf } from './internal/account';
import { ensureAppLevelChecks } from './internal/app-checks';
import { ImportBlock } from './internal/import-block';
import { applyKept, recordKept, throwUnlessKept } from './internal/keep';
import { ADOPTED_STORAGE_OVERRIDE, STORAGE_IN_OVERRIDE } from './internal/metadata';
import { NameMarker } from './internal/name-marker';
import { checkTrackProvider, effectiveProvider, validateAtSynth } from './internal/provider';
import { lazySchema, literal, parseProps, throwIfAny, Zod } from './internal/validation';
import { cosRegionPrecondition, registerForQuota } from './live-checks';
import { AuditTrack as AuditTrackResource, AuditTrackStorage } from './provider-tencentcloud/audit-track';
import { EventsAuditTrack } from './provider-tencentcloud/events-audit-track';
import { formatViolation, Violation } from './rules/errors';
import { checkImportTrackId } from './rules/importing';
import { StorageAccountMissing } from './rules/organization';
import { MULTI_ACCOUNT_POLICY_ID } from './rules/service-role';
import {
  checkSelectorPairs, DestinationInvalid, KeepImportedWithoutImport, selectorKey, selectorPropsViolations, storageFieldViolations,
  StorageTypeInvalid, TrackCreateBeforeDestroy, TrackNames, trackPropsViolations, TrackResourceFixed,
} from './rules/track';
import { CloudAuditServiceRole } from './service-role';

/** Which operations a tracking set records (the API's `ActionType`). */
export enum ActionType {
  /** Read operations only (`Read`). */
  READ = 'Read',
  /** Write operations only (`Write`). */
  WRITE = 'Write',
  /** Read and write operations (`*`). */
  ALL = '*',
}

/** What a tracking set records for one product (one `ResourceField` of the API). */
export interface EventSelector {
  /** A product code such as `cvm`, `cam` or `cos`, or `*` for every product. */
  readonly resourceType: string;
  /**
   * Read, write or both.
   * @default - the track's `actionType` (ActionType.ALL unless set)
   */
  readonly actionType?: ActionType;
  /**
   * `['*']` for every API of the product, or 1-10 API names such as `['DeleteUser']`.
   * Must be `['*']` when `resourceType` is `*`.
   * @default ['*']
   */
  readonly eventNames?: string[];
}

/** Props of `AuditTrack`. */
export interface AuditTrackProps {
  /**
   * Name of the tracking set: 3-48 letters, digits, `-` and `_`, unique per account (provider) in the app.
   * The API cannot rename a tracking set: a new name replaces it, destroy-first. The old tracking
   * set is deleted before the new one is created; if that create fails (quota, name taken, region,
   * storage), the account records nothing until an apply succeeds. To rename without a gap, add a
   * second track with the new name, apply, then remove the old one (docs/advanced.md, Renaming;
   * docs/operations.md).
   */
  readonly trackName: string;
  /** Where the logs go: a `CosDestination`, a `ClsDestination`, or an adopted one. */
  readonly destination: IAuditDestination;
  /**
   * Which operations to record.
   * @default ActionType.ALL
   */
  readonly actionType?: ActionType;
  /**
   * The product to record (`cvm`, `cam`, …) or `*` for all. Use `selectors` for several.
   * @default '*'
   */
  readonly resourceType?: string;
  /**
   * API names to record: `['*']`, or 1-10 names when `resourceType` is one product.
   * @default ['*']
   */
  readonly eventNames?: string[];
  /**
   * Several products in one tracking set (synthesized as `tencentcloud_events_audit_track`).
   * Cannot be combined with `resourceType` or `eventNames`.
   * @default - one selector from `resourceType`, `actionType` and `eventNames`
   */
  readonly selectors?: EventSelector[];
  /**
   * Whether the tracking set delivers logs (`status` 1) or is paused (0).
   * @default true
   */
  readonly enabled?: boolean;
  /**
   * The provider (account and API region) that manages the tracking set.
   * @default - the stack's default tencentcloud provider
   */
  readonly provider?: TerraformProvider;
  /**
   * Create the CAM role CloudAudit delivers with (`CloudAudit_QCSRole`, trusting
   * `cloudaudit.cloud.tencent.com`) and its policy attachments, in the track's account. One per
   * account: apply fails if the role exists already (import it instead; see docs/advanced.md).
   * @default false
   */
  readonly createServiceRole?: boolean;
  /**
   * For a COS destination with a literal region: fail `terraform plan` (a precondition on the
   * track) when the region is not in `data.tencentcloud_audit_cos_regions` (ListCosEnableRegion).
   * Synth stays offline; the plan reads the list once per stack and provider.
   * @default true
   */
  readonly checkDeliveryRegion?: boolean;
  /**
   * Adopt an existing tracking set instead of creating one: its TrackId (digits, as
   * DescribeAuditTracks returns it, e.g. `"24283"`). The track is synthesized with a Terraform
   * `import` block (Terraform >= 1.5), so `terraform plan` shows an import, not a create, and the
   * next apply brings the tracking set to these props. Every rule still applies to the props.
   * `cloudaudit-import` writes these for you (docs/import.md).
   * @default - a new tracking set is created
   */
  readonly importTrackId?: string;
  /**
   * Rules the adopted tracking set already breaks, kept as the cloud has them (with
   * `importTrackId` only, CA118): each entry names the rule's code (e.g. `CA105`) and why it is
   * kept. A listed rule is reported as an acknowledged finding (by the construct, `AuditChecks`
   * and `cloudaudit-review`) instead of stopping synth; every other rule still applies.
   * `cloudaudit-import` writes these for a console track that breaks a rule (docs/import.md).
   * @default - every rule applies
   */
  readonly keepImported?: Acknowledgement[];
}

const selectorShape = (z: Zod) => z.object({
  resourceType: z.string(),
  actionType: z.string().optional(),
  eventNames: z.array(z.string()).optional(),
});
const selectorSchema = lazySchema(selectorShape);
const propsSchema = lazySchema((z) => z.object({
  trackName: z.string(),
  // Checked after parsing, with its own code (CA110).
  destination: z.any().optional(),
  actionType: z.string().optional(),
  resourceType: z.string().optional(),
  eventNames: z.array(z.string()).optional(),
  selectors: z.array(selectorShape(z)).min(1).optional(),
  enabled: z.boolean().optional(),
  provider: z.any().optional(),
  createServiceRole: z.boolean().optional(),
  checkDeliveryRegion: z.boolean().optional(),
  importTrackId: z.string().optional(),
  keepImported: z.array(z.object({ id: z.string(), reason: z.string() })).optional(),
}));

/** A selector with every default applied. */
interface ResolvedSelector {
  readonly resourceType: string;
  readonly actionType: string;
  readonly eventNames: string[];
}

/** Organization delivery settings, set by `OrgWideTrack`. */
interface OrganizationSettings {
  readonly storageAccountId?: string;
  readonly storageAppId?: string;
}

/** Track names per app, by account (provider): the API refuses a second tracking set with the same name. */
const namesByApp = new WeakMap<object, TrackNames>();

function sortedNames(names: readonly string[]): string[] {
  return Token.isUnresolved(names) ? [...names] : [...names].sort();
}

/**
 * A CloudAudit tracking set that ships operation logs to a COS bucket or a CLS topic.
 *
 * Every literal prop is checked against the CloudAudit API rules when the construct is created,
 * and a broken rule throws a `CloudAuditValidationError` naming the construct path, the field, the
 * rule and the fix. Tokens are not checked.
 *
 * @example
 * const logs = new CosDestination(this, 'Logs', { bucketName: 'audit-logs', region: 'ap-guangzhou' });
 * new AuditTrack(this, 'Track', { trackName: 'org-audit', destination: logs });
 */
export class AuditTrack extends Construct {
  /**
   * An EventBridge rule on the Tencent Cloud service event bus matching the CloudAudit events of
   * `products` (`type` `<product>:CloudEvent:ApiCall|ConsoleCall|MiniProgramCall`, `source`
   * `<product>.cloud.tencent`), with an optional target. Independent of any tracking set: the bus
   * receives write operations once CloudAudit is enabled on it (EventBridge console, Guangzhou).
   */
  public static onEvent(scope: Construct, id: string, props: AuditEventRuleProps): AuditEventRule {
    return new AuditEventRule(scope, id, props);
  }

  /** The tracking set name. */
  public readonly trackName: string;
  /** Where the logs go. */
  public readonly destination: IAuditDestination;
  /** Whether the track delivers logs. */
  public readonly enabled: boolean;

  private readonly defaultActionType: string;
  private readonly selectorList: ResolvedSelector[] = [];
  /** True while the only selector is the implicit all-products default. */
  private implicitDefault: boolean;
  private readonly provider?: TerraformProvider;
  private organization?: OrganizationSettings;
  private current!: AuditTrackResource | EventsAuditTrack;
  /** Set once the resource was handed out: from then on it is never replaced. */
  private resourceTaken = false;
  private nameMarker?: NameMarker;
  private readonly preconditions: Precondition[] = [];
  /** TrackId of the adopted tracking set, when imported. */
  private readonly importTrackId?: string;
  /** Rules the adopted tracking set breaks, kept as the cloud has them (`keepImported`). */
  private readonly kept: Acknowledgement[];
  /** The CloudAudit service role, when `createServiceRole` is set. */
  public readonly serviceRole?: CloudAuditServiceRole;

  constructor(scope: Construct, id: string, props: AuditTrackProps) {
    super(scope, id);
    const p = parseProps(this, propsSchema, props);
    throwIfAny(this, DestinationInvalid.check(p.destination));
    const { storageType, storageRegion } = p.destination as IAuditDestination;
    if (literal(storageType) !== undefined) throwIfAny(this, StorageTypeInvalid.check({ storageType, storageRegion: literal(storageRegion) }));
    const d = p.destination as IAuditDestination;
    throwIfAny(this, storageFieldViolations({ type: literal(d.storageType), name: literal(d.storageName), prefix: literal(d.storagePrefix) }));
    this.trackName = p.trackName;
    this.destination = p.destination as IAuditDestination;
    this.enabled = p.enabled ?? true;
    this.provider = p.provider;
    this.defaultActionType = p.actionType ?? ActionType.ALL;
    this.importTrackId = p.importTrackId;
    throwIfAny(this, KeepImportedWithoutImport.check({ keepImported: p.keepImported?.length ?? 0, imported: p.importTrackId !== undefined }));
    this.kept = recordKept(this, p.keepImported);

    throwUnlessKept(this, trackPropsViolations({
      trackName: literal(p.trackName),
      actionType: literal(this.defaultActionType),
      hasSelectors: p.selectors !== undefined,
      hasSingle: p.resourceType !== undefined || p.eventNames !== undefined,
    }), this.kept);
    throwIfAny(this, checkImportTrackId(literal(p.importTrackId)));

    this.implicitDefault = p.selectors === undefined && p.resourceType === undefined && p.eventNames === undefined;
    const initial: EventSelector[] = p.selectors as EventSelector[] | undefined
      ?? [{ resourceType: p.resourceType ?? '*', eventNames: p.eventNames }];
    for (const [i, s] of initial.entries()) {
      this.pushSelector(s, p.selectors !== undefined ? `selectors[${i}]` : '');
    }
    this.registerName();
    ensureAppLevelChecks(this);
    if (p.createServiceRole) {
      this.serviceRole = new CloudAuditServiceRole(this, 'ServiceRole', { provider: this.provider });
    }
    const region = literal(this.destination.storageRegion);
    if (this.destination.storageType === StorageType.COS && region !== undefined && (p.checkDeliveryRegion ?? true)) {
      this.preconditions.push(cosRegionPrecondition(this, region, this.provider));
    }
    this.build();
    // Adoption: the one import block, into whichever resource build chose (read at synth).
    if (this.importTrackId !== undefined) new ImportBlock(this, 'Import', () => this.current, this.importTrackId, this.provider);
    applyKept(this, this.kept);
    registerForQuota(this, this.provider);
    validateAtSynth(this, () => checkTrackProvider(this, this.provider));
    this.node.addValidation({ validate: () => this.replacementOrderErrors() });
    validateAtSynth(this, () => ({ errors: this.crossAccountViolations(), warnings: [] }));
  }

  /**
   * CA504: the destination's bucket or topic is created through the provider of another account
   * (another role, profile or assigned account name) and the track names no storage account.
   */
  private crossAccountViolations(): Violation[] {
    const s = this.storage();
    if (s.storageAccountId !== undefined || s.storageAppId !== undefined) return [];
    const storage = this.destination.dependables.find((d): d is TerraformResource => TerraformResource.isTerraformResource(d));
    if (!storage) return [];
    return StorageAccountMissing.check({
      track: accountIdentityOf(effectiveProvider(this, this.provider)),
      storage: accountIdentityOf(effectiveProvider(storage, storage.provider)),
      at: storage.node.path,
    });
  }

  /**
   * Records one more product. The first call on a track created without `resourceType`,
   * `eventNames` or `selectors` replaces the implicit "all products" default. With two or more
   * selectors the track is synthesized as `tencentcloud_events_audit_track` (see docs/advanced.md: the
   * switch replaces the tracking set).
   */
  public addSelector(selector: EventSelector): void {
    const s = parseProps(this, selectorSchema, selector) as EventSelector;
    // Checked against the selectors that stay; the implicit default goes only once s is accepted.
    const previous = this.implicitDefault ? this.selectorList.splice(0) : [];
    try {
      this.pushSelector(s, `selectors[${this.selectorList.length}]`);
    } catch (e) {
      this.selectorList.push(...previous);
      throw e;
    }
    this.implicitDefault = false;
    this.update();
  }

  /** The selectors in effect, sorted, with defaults applied. */
  public get selectors(): EventSelector[] {
    return this.sortedSelectors().map((s) => ({
      resourceType: s.resourceType,
      actionType: s.actionType as ActionType,
      eventNames: [...s.eventNames],
    }));
  }

  /**
   * The generated resource: `tencentcloud_audit_track` for one selector,
   * `tencentcloud_events_audit_track` for several. Built once: once read (e.g. for an escape-hatch
   * override) it is never replaced, so an `addSelector` that would need the other resource type is
   * refused (CA114); later selectors and organization delivery update it in place.
   */
  public get resource(): TerraformResource {
    return this.taken();
  }

  /**
   * The `tencentcloud_audit_track` resource, when the track has one selector. Once read, the track
   * keeps this resource: an `addSelector` that would need `tencentcloud_events_audit_track` is refused (CA114).
   */
  public get auditTrackResource(): AuditTrackResource | undefined {
    return this.current instanceof AuditTrackResource ? this.taken() as AuditTrackResource : undefined;
  }

  /** The `tencentcloud_events_audit_track` resource, when the track has several selectors. */
  public get eventsAuditTrackResource(): EventsAuditTrack | undefined {
    return this.current instanceof EventsAuditTrack ? this.taken() as EventsAuditTrack : undefined;
  }

  /**
   * The tracking set ID (a token, known after apply). It follows the resource: taken before an
   * `addSelector` that switches to `tencentcloud_events_audit_track`, it still resolves to the
   * resource that is synthesized.
   */
  public get trackId(): string {
    return Lazy.stringValue({ produce: () => this.current.id });
  }

  /**
   * Ships the logs of every member account of the organization (`track_for_all_members = 1`),
   * optionally into another account's storage. Used by `OrgWideTrack`.
   */
  protected enableOrganizationDelivery(storageAccountId?: string, storageAppId?: string): void {
    this.organization = { storageAccountId, storageAppId };
    // Delivery into another account needs the multi-account policy on the service role.
    if (storageAccountId !== undefined) this.serviceRole?.addPolicyId(MULTI_ACCOUNT_POLICY_ID);
    this.update();
  }

  private pushSelector(s: EventSelector, fieldPrefix: string): void {
    const f = (name: string) => (fieldPrefix ? `${fieldPrefix}.${name}` : name);
    const resolved: ResolvedSelector = {
      resourceType: s.resourceType,
      actionType: s.actionType ?? this.defaultActionType,
      eventNames: s.eventNames ?? ['*'],
    };
    const literalNames = !Token.isUnresolved(resolved.eventNames) && !resolved.eventNames.some((n) => Token.isUnresolved(n));
    throwUnlessKept(this, selectorPropsViolations({
      resourceType: literal(resolved.resourceType),
      actionType: literal(resolved.actionType),
      eventNames: literalNames ? resolved.eventNames : undefined,
    }, f), this.kept);
    throwUnlessKept(this, checkSelectorPairs(this.selectorList, resolved, f('resourceType')), this.kept);
    // A track whose resource was handed out keeps it: one selector is a tencentcloud_audit_track.
    if (this.resourceTaken && this.current instanceof AuditTrackResource && this.selectorList.length >= 1) {
      throwIfAny(this, TrackResourceFixed.check({ taken: true }, f('resourceType')));
    }
    this.selectorList.push(resolved);
  }


  private sortedSelectors(): ResolvedSelector[] {
    return [...this.selectorList]
      .map((s) => ({ ...s, eventNames: sortedNames(s.eventNames) }))
      .sort((a, b) => (selectorKey(a) < selectorKey(b) ? -1 : selectorKey(a) > selectorKey(b) ? 1 : 0));
  }

  private storage(): AuditTrackStorage {
    const d = this.destination;
    return {
      storageType: d.storageType,
      storageRegion: d.storageRegion,
      storageName: d.storageName,
      storagePrefix: d.storagePrefix,
      storageAccountId: this.organization?.storageAccountId ?? d.storageAccountId,
      storageAppId: this.organization?.storageAppId ?? d.storageAppId,
    };
  }

  /** The resource, marked as handed out: from now on it is never replaced. */
  private taken(): AuditTrackResource | EventsAuditTrack {
    this.resourceTaken = true;
    return this.current;
  }

  /** Creates the generated resource that matches the selectors (once, unless nobody has seen it yet). */
  private build(): void {
    if (this.current) this.node.tryRemoveChild(this.current.node.id);
    const selectors = this.sortedSelectors();
    const single = selectors.length === 1;
    // The API refuses a second tracking set with the same name, and cannot rename one
    // (InvalidParameterValue.AuditTrackNameNotSupportModify). The marker holds the name, and which
    // resource type carries the track: the track depends on it, so when either changes, Terraform
    // destroys the old track (a dependent of the old marker) before it replaces the marker, and
    // creates the new track after. Unchanged for a one-selector track since the first release.
    const marker = this.nameMarker ??= new NameMarker(this, 'NameMarker');
    marker.setTrigger(this.trackName, single ? undefined : 'tencentcloud_events_audit_track');
    const common = {
      provider: this.provider,
      name: this.trackName,
      status: this.enabled ? 1 : 0,
      trackForAllMembers: this.organization ? 1 : undefined,
      dependsOn: this.dependencies(marker),
    };
    const preconditions = this.preconditions.length > 0 ? this.preconditions : undefined;
    if (single) {
      const [s] = selectors;
      // The provider does not mark `name` ForceNew: tie the track's lifecycle to the marker, so
      // a rename plans as a replacement instead of failing at apply. A bare address: cdktf
      // renders dependables as "${…}", which Terraform rejects in replace_triggered_by
      // (hashicorp/terraform-cdk#3532, #3645).
      const markerAddress = Lazy.stringValue({ produce: () => `${marker.terraformResourceType}.${marker.friendlyUniqueId}` });
      this.current = new AuditTrackResource(this, 'Resource', {
        ...common,
        actionType: s.actionType,
        resourceType: s.resourceType,
        eventNames: s.eventNames,
        storage: this.storage(),
        lifecycle: { replaceTriggeredBy: [markerAddress], precondition: preconditions },
      });
    } else {
      // events_audit_track.name is ForceNew in the provider: a rename already replaces it.
      this.current = new EventsAuditTrack(this, 'Resource', {
        ...common,
        filters: { resourceFields: this.resourceFields(selectors) },
        storage: this.storage(),
        lifecycle: this.eventsLifecycle(preconditions),
      });
    }
    // Adopted storage is outside the plan on purpose: say so to cloudaudit-review (COV-003).
    if (!this.destination.createsStorage) this.current.addOverride(ADOPTED_STORAGE_OVERRIDE, true);
    // Storage created by another stack of the app: say which, so the review finds it there.
    const elsewhere = this.storageElsewhere();
    if (elsewhere) this.current.addOverride(STORAGE_IN_OVERRIDE, elsewhere);
  }

  /**
   * Brings the resource in line with the selectors and organization settings, in place: overrides
   * and references taken earlier stay valid. Only a resource nobody has seen may be swapped for the
   * other resource type (pushSelector refuses the switch once the resource was handed out).
   */
  private update(): void {
    const selectors = this.sortedSelectors();
    const r = this.current;
    if ((selectors.length === 1) !== (r instanceof AuditTrackResource)) {
      this.build();
      return;
    }
    if (r instanceof AuditTrackResource) {
      const [s] = selectors;
      r.actionType = s.actionType;
      r.resourceType = s.resourceType;
      r.eventNames = s.eventNames;
    } else {
      r.putFilters({ resourceFields: this.resourceFields(selectors) });
    }
    if (this.organization) r.trackForAllMembers = 1;
    r.putStorage(this.storage());
    if (r instanceof EventsAuditTrack) r.lifecycle = this.eventsLifecycle(r.lifecycle?.precondition);
    r.dependsOn = this.dependencies(this.nameMarker!).map((d) => dependable(d));
  }

  /**
   * The provider's Read of tencentcloud_events_audit_track never sets `storage_account_id` /
   * `storage_app_id` (DescribeAuditTrack returns them): with cross-account storage every plan
   * would show them added and every apply send ModifyEventsAuditTrack again. Terraform ignores
   * the two paths, so the stack converges; they are still sent on create (and on a replacement).
   */
  private eventsLifecycle(precondition: TerraformResourceLifecycle['precondition']): TerraformResourceLifecycle | undefined {
    const s = this.storage();
    const crossAccount = s.storageAccountId !== undefined || s.storageAppId !== undefined;
    if (!crossAccount && !precondition) return undefined;
    return {
      ...(precondition ? { precondition } : {}),
      ...(crossAccount ? { ignoreChanges: ['storage[0].storage_account_id', 'storage[0].storage_app_id'] } : {}),
    };
  }

  /**
   * CA117: the track and its name marker are replaced destroy-first. Read from what is
   * synthesized (lifecycle and overrides), so an escape hatch (`track.resource.lifecycle = …`,
   * `addOverride('lifecycle.create_before_destroy', true)`) is caught as well as a lifecycle prop.
   */
  private replacementOrderErrors(): string[] {
    const flagged: string[] = [];
    for (const r of [this.current, this.nameMarker]) {
      if (r === undefined) continue;
      const body = r.toTerraform()?.resource?.[r.terraformResourceType]?.[r.friendlyUniqueId];
      const lifecycle = Array.isArray(body?.lifecycle) ? body.lifecycle[0] : body?.lifecycle;
      const cbd = lifecycle?.create_before_destroy;
      if (cbd === true || cbd === 'true' || Token.isUnresolved(cbd)) flagged.push(`${r.terraformResourceType}.${r.friendlyUniqueId}`);
    }
    return TrackCreateBeforeDestroy.check({ createBeforeDestroy: flagged }).map((v) => formatViolation(v));
  }

  private resourceFields(selectors: readonly ResolvedSelector[]) {
    return selectors.map((s) => ({ resourceType: s.resourceType, actionType: s.actionType, eventNames: s.eventNames }));
  }

  /**
   * The storage, the service role with its policies (CloudAudit needs them to deliver), and the
   * name marker. Storage created in another stack (a central storage stack) cannot be a
   * `depends_on` (Terraform refuses attributes of remote state there): the track's stack depends
   * on the storage's stack instead, so cdktf deploys the storage first.
   */
  private dependencies(marker: NameMarker): ITerraformDependable[] {
    const stack = TerraformStack.of(this);
    const all: ITerraformDependable[] = [];
    for (const d of this.destination.dependables) {
      const other = Construct.isConstruct(d) ? TerraformStack.of(d) : stack;
      if (other === stack) all.push(d);
      else stack.addDependency(other);
    }
    if (this.serviceRole) all.push(this.serviceRole.role, ...this.serviceRole.policyAttachments);
    all.push(marker);
    return all;
  }

  /** The stack and address of the bucket or topic when another stack of the app creates it. */
  private storageElsewhere(): { stack: string; address: string } | undefined {
    const stack = TerraformStack.of(this);
    for (const d of this.destination.dependables) {
      if (!TerraformResource.isTerraformResource(d)) continue;
      const other = TerraformStack.of(d);
      if (other === stack) continue;
      const r = d as TerraformResource;
      return { stack: other.node.id, address: Lazy.stringValue({ produce: () => `${r.terraformResourceType}.${r.friendlyUniqueId}` }) };
    }
    return undefined;
  }

  private registerName(): void {
    if (Token.isUnresolved(this.trackName)) return;
    const root = this.node.root;
    let names = namesByApp.get(root);
    if (!names) {
      names = new TrackNames();
      namesByApp.set(root, names);
    }
    // One account across the app (internal/account.ts): the provider's named account, role, profile or default credentials.
    const account = accountOf(effectiveProvider(this, this.provider));
    throwIfAny(this, names.claim(account, this.trackName, this.node.path, undefined, account));
  }
}

