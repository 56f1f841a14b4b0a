/**
 * The review's internal model: every input (cdk.tf.json, hand-written *.tf.json, `terraform show
 * -json` plan or state) is normalized to a list of resources, then judged by the rules.
 * Pure TypeScript: no cdktf import, no file system.
 */

import type { Acknowledgement } from '../acknowledgement';
import type { WrittenTree } from './locate';
import type { RuleLevel } from '../rules/rule';

/** How serious a finding is: `error` fails the gate (exit 1) unless acknowledged. */
export type Level = RuleLevel;

/** A reasoned exception, read from the resource's `//` metadata (see internal/metadata.ts). */
export type { Acknowledgement };

/** One resource, whatever the input format. */
export interface TfResource {
  /** e.g. `tencentcloud_audit_track`. */
  readonly type: string;
  /** e.g. `tencentcloud_audit_track.OrgAudit_DEFF806A` (with `module.x.` when in a module). */
  readonly address: string;
  /** The arguments, blocks unwrapped as written (objects or one-element lists); unknowns are `"${…}"`. */
  readonly values: Record<string, any>;
  /** The provider configuration (`tencentcloud`, `tencentcloud.archive`): the "account". */
  readonly account: string;
  /** Input file the resource came from. */
  readonly file: string;
  /** 1-based line of the resource's declaration in `file` (.tf and .tf.json inputs). */
  readonly line?: number;
  /** `config` (cdk.tf.json, *.tf.json) or `plan` (plan / state JSON: no lifecycle, no `//`). */
  readonly source: 'config' | 'plan';
  /** Terraform `lifecycle` meta-argument (config inputs only). */
  readonly lifecycle?: Record<string, any>;
  /** Addresses or expressions in `depends_on`. */
  readonly dependsOn: string[];
  /** Acknowledgements found in the resource's `//` metadata. */
  readonly acknowledgements: Acknowledgement[];
  /** True when the `//` metadata says the track's storage is adopted (exists outside this plan). */
  readonly adoptedStorage: boolean;
  /** The stack and address of the track's storage when another stack of the app creates it (`//` metadata). */
  readonly storageIn?: { readonly stack: string; readonly address: string };
  /** cdktf construct path, when known. */
  readonly constructPath?: string;
  /** Where its attributes are written, and where their values were set (configurations read from a file). */
  readonly where?: AttributeSource;
}

/**
 * Where a value reaching an attribute was set, when it came through a variable (or a local):
 * the place to edit. Never the value itself (a sensitive variable's value is never printed).
 */
export interface ValueOrigin {
  /** `var.env`, `module.team.var.bucket` (a variable of a module instance), or `local.name`. */
  readonly variable: string;
  /**
   * `tfvars`: set in a tfvars file (terraform.tfvars, *.auto.tfvars, --var-file, a config file's
   * var-files); `default`: the variable's default; `var`: `--var` on the command line; `module`:
   * the argument of the module call; `local`: a `locals` entry the value passed through.
   */
  readonly kind: 'tfvars' | 'default' | 'var' | 'module' | 'local';
  /** The file that sets it (none for `--var`). */
  readonly file?: string;
  /** 1-based line in `file`, when known. */
  readonly line?: number;
}

/** Where a resource's attributes are written (attribute paths as rules name them: `storage.storage_name`). */
export interface AttributeSource {
  /**
   * The line of the attribute, else of the innermost block of its path that is written (`storage`
   * for an unset `storage.storage_prefix`), with that part of the path; undefined when none is.
   */
  written(attribute: string): { readonly line: number; readonly attribute: string } | undefined;
  /** Where the attribute's value was set, when it came through variables or locals (HCL folders). */
  origins?(attribute: string): ValueOrigin[] | undefined;
  /** What `written` reads (plain data: a worker of the pool sends it back with the document). */
  tree?(): WrittenTree | undefined;
}

/** One input to review: a stack, a Terraform module directory, or a plan. */
export interface ReviewDocument {
  /** Display name: the stack name, or the file/directory. */
  readonly name: string;
  /** The file (or directory) the document was read from. */
  readonly file: string;
  readonly kind: 'cdktf' | 'terraform-json' | 'terraform-hcl' | 'plan' | 'state';
  readonly resources: TfResource[];
  /** Values the review could not know (HCL inputs): what, where and why. Never a finding by itself. */
  readonly unknowns?: UnknownValue[];
  /** Notices about the input, e.g. a module source that was not followed (one coded line each). */
  readonly notices?: string[];
  /** Values of variables declared `sensitive = true` (HCL inputs): never printed (see redact.ts). */
  readonly sensitive?: string[];
  /** Tracking sets the plan deletes (or `removed` blocks destroy), by address (COV-005). */
  readonly deletedTracks?: string[];
}

/** A value a static reading of HCL cannot know: a data source, a resource attribute, a variable without value. */
export interface UnknownValue {
  /** Resource (or module call) the value belongs to; absent for variables. */
  readonly address?: string;
  /** Attribute path, e.g. `storage[0].storage_name`, or `var.app_id`. */
  readonly attribute: string;
  /** Why it is unknown, e.g. `var.app_id has no value`. */
  readonly causes: string[];
  readonly file: string;
  readonly line?: number;
}

/** A rule broken (or acknowledged) somewhere in a document. */
export interface Finding {
  /** Review rule id (COV-001, API-002, …): the id acknowledgements name. */
  readonly ruleId: string;
  /** For API-00x findings, the code of the API rule broken (e.g. `CA105`); acknowledgeable too. */
  readonly code?: string;
  readonly level: Level;
  /** The resource the finding is about (plan-wide findings name the first track concerned). */
  readonly address?: string;
  readonly constructPath?: string;
  /** File of that resource. */
  readonly file: string;
  /** What is wrong, in one line. */
  readonly message: string;
  /** How to fix it (the rule's fix unless the finding has a more precise one). */
  readonly fix: string;
  /**
   * 1-based line in `file` (.tf and .tf.json inputs; plans and state have none): the line of the
   * attribute the finding is about when it is written (`attribute` says which), else the
   * resource's declaration (`attribute` absent).
   */
  readonly line?: number;
  /** The attribute (or block) written at `line`, e.g. `storage.storage_prefix`; absent: `line` is the resource's. */
  readonly attribute?: string;
  /** 1-based line of the resource's declaration in `file`. */
  readonly resourceLine?: number;
  /** Where the offending value was set, when it came through variables or locals (HCL folders). */
  readonly origin?: ValueOrigin[];
  /** Set when a valid acknowledgement covers the finding. */
  readonly acknowledged?: Acknowledgement;
  /** `baseline` when a --baseline file acknowledged it (else it is acknowledged in the configuration). */
  readonly acknowledgedBy?: 'baseline';
  /** Why an acknowledgement found for this rule was not honoured. */
  readonly ignoredAcknowledgement?: string;
}

/** One selector of a track, as written. */
export interface SelectorView {
  readonly resourceType: string;
  readonly actionType: string;
  readonly eventNames: string[];
  /**
   * Why the API refuses this selector (e.g. `action_type: "Wirte" is not Read, Write or *`): it
   * records nothing, and the coverage matrix shows it as invalid. Absent for a valid selector.
   */
  readonly invalid?: string;
}

/** Where a track ships its logs, and what the plan says about that storage. */
export interface DestinationView {
  readonly storageType: string;
  readonly storageRegion: string;
  readonly storageName: string;
  readonly storagePrefix: string;
  /** created: the bucket/topic is in the plan; adopted: marked as existing; dangling: neither; unknown: a value the plan does not know. */
  readonly status: 'created' | 'adopted' | 'dangling' | 'unknown';
  /** Address of the bucket or topic when created in the plan. */
  readonly address?: string;
  /** The other stack of the app that creates the bucket or topic (cdktf.out and `AuditChecks`). */
  readonly stack?: string;
  /** e.g. `365 days`, `kept forever`, `not in plan`. */
  readonly retention: string;
  /** e.g. `AES256`, `none`, `not in plan`. */
  readonly encryption: string;
  /** Account UIN the logs are delivered to, when cross-account. */
  readonly crossAccount?: string;
}

/** One row of the coverage table. */
export interface TrackView {
  readonly address: string;
  readonly name: string;
  readonly account: string;
  /** Enabled, known to be created and to deliver (status 1, nothing Terraform refuses). */
  readonly enabled: boolean;
  /** What the status column says: `enabled`, `disabled`, `unknown` (an expression), `status not set` or `refused` (SCH-001). */
  readonly state: 'enabled' | 'disabled' | 'unknown' | 'status not set' | 'refused';
  readonly orgWide: boolean;
  readonly selectors: SelectorView[];
  readonly destination: DestinationView;
}

/** Product × Read/Write: which enabled tracks record it (`partial` when only some API names). */
export interface MatrixRow {
  readonly product: string;
  readonly read: string[];
  readonly write: string[];
  /** Enabled tracks whose selector for this product is invalid (records nothing), with why; absent when none. */
  readonly invalid?: string[];
}

/** A CLS alarm: what it queries, on which topic, and who hears of it. */
export interface AlarmView {
  readonly address: string;
  readonly name: string;
  readonly account: string;
  readonly enabled: boolean;
  /** Topic addresses (or IDs) the alarm queries; `(audit logs)` when a track of the document delivers there. */
  readonly topics: string[];
  readonly queries: string[];
  readonly condition: string;
  /** Minutes between evaluations (monitor_time.time), when known. */
  readonly everyMinutes?: number;
  /** Notice group IDs. */
  readonly notices: string[];
}

/** An EventBridge rule: which CloudAudit events it matches, and where it sends them. */
export interface EventRuleView {
  readonly address: string;
  readonly name: string;
  readonly account: string;
  readonly enabled: boolean;
  /** Whether the pattern matches CloudAudit events (`<product>.cloud.tencent` sources). */
  readonly cloudAudit: boolean;
  readonly products: string[];
  /** ApiCall, ConsoleCall, MiniProgramCall; empty: every type. */
  readonly eventTypes: string[];
  /** API names; `["*"]`: every API. */
  readonly eventNames: string[];
  /** `<type>: <resource description>` of each tencentcloud_eb_event_target of the rule. */
  readonly targets: string[];
}

/** Everything the review says about one document. */
export interface ReviewResult {
  readonly document: ReviewDocument;
  readonly tracks: TrackView[];
  readonly matrix: MatrixRow[];
  readonly findings: Finding[];
  /** CLS alarms of the document. */
  readonly alarms: AlarmView[];
  /** EventBridge rules of the document. */
  readonly eventRules: EventRuleView[];
}

/** Options of a review. */
export interface ReviewOptions {
  /** Tracking sets allowed per account. @default DEFAULT_TRACK_QUOTA */
  readonly quota?: number;
  /**
   * Every document of the app this one belongs to (the stacks of one cdktf.out, or of the app at
   * synth; this document among them): a track delivering to storage another of them creates is
   * linked to it there, storage created here that their tracks deliver to is judged here, and a
   * track of theirs recording every Write for an account covers this document's tracks of that
   * account (COV-001).
   * @default none: the document stands alone
   */
  readonly app?: readonly ReviewDocument[];
  /**
   * The level of COV-004 (no tracking set) and COV-005 (tracking sets deleted), or `off`.
   * @default 'error'
   */
  readonly requireTracks?: Level | 'off';
  /**
   * Whether this document must hold a tracking set (COV-004). The command asks it of every root
   * with `--tracks-per-root`, else of every root when no root of the review holds one.
   * @default false
   */
  readonly expectTracks?: boolean;
}
