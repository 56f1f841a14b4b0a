import * as fs from 'fs';
import * as path from 'path';
import { App, IAspect, TerraformResource, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { Acknowledgement } from './acknowledgement';
import { ACK_METADATA, acknowledgeExisting, annotate, ANNOTATION, applyAcknowledgements } from './internal/acknowledgements';
import { RUNS_FROM_APP } from './internal/app-checks';
import { MIN_REASON_LENGTH } from './review/catalogue';
import type { Finding, ReviewDocument } from './review/model';
import { CloudAuditValidationError } from './rules/errors';
import { isAcknowledgeable } from './rules/index';
import { resolveQuota, TRACK_QUOTA_CONTEXT_KEY } from './rules/live-checks';
import { AcknowledgementReasonTooShort, AcknowledgementRuleUnknown, ReviewQuotaInvalid } from './rules/review-input';
import { characters, isWholeNumber } from './rules/rule';

/** Props of `AuditChecks`. */
export interface AuditChecksProps {
  /**
   * Tracking sets allowed per account (provider alias), for rule QTA-001.
   * @default - the context value `cloudaudit:trackQuota` (shared with the tracks' synth-time quota
   * warning), else 5 (the CloudAudit Features page; check InquireAuditCredit for your account)
   */
  readonly quota?: number;
  /**
   * Write `cloudaudit-review.json` and `cloudaudit-review.md` next to each stack's cdk.tf.json.
   * @default true
   */
  readonly reports?: boolean;
}

/** Report file names, next to cdk.tf.json. */
const REPORT_NAME = 'cloudaudit-review';

/**
 * The CloudAudit compliance rules, run on every stack at synth: each finding becomes an
 * annotation on the construct that made the resource (errors stop synth), and a report is
 * written next to the stack's cdk.tf.json (`cloudaudit-review.json` and `.md`).
 *
 * Add it to the App (every stack holding a construct of this library is reviewed) or to a stack
 * (needed for stacks of raw resources only: cdktf itself visits only aspects added to a stack or
 * below it).
 *
 * @example
 * Aspects.of(app).add(new AuditChecks());
 * AuditChecks.acknowledge(camTrack, { id: 'COV-001', reason: 'The account-wide track lives in the org stack' });
 */
export class AuditChecks implements IAspect {
  /**
   * Accepts a finding of rule `id` on `construct` and every resource under it, with a reason
   * reviewers see in cdk.tf.json (`"//": { "cloudaudit": { "acknowledgements": [...] } }`).
   */
  public static acknowledge(construct: IConstruct, acknowledgement: Acknowledgement): void {
    const id = String(acknowledgement?.id ?? '');
    const reason = typeof acknowledgement?.reason === 'string' ? acknowledgement.reason : '';
    if (!isAcknowledgeable(id)) {
      throw new CloudAuditValidationError(AcknowledgementRuleUnknown.violation({ field: 'id', problem: `"${id}" is not a review rule id or a warning code`, fix: 'use the id a warning or finding ends with ("[ack: CA451]", "[ack: COV-001]"), from the tables of docs/review.md and docs/errors.md' }), construct.node.path);
    }
    if (reason.trim().length < MIN_REASON_LENGTH) {
      throw new CloudAuditValidationError(AcknowledgementReasonTooShort.violation({ field: 'reason', problem: `${JSON.stringify(reason)} has ${characters(reason.trim().length)}, fewer than ${MIN_REASON_LENGTH}`, fix: 'say why the finding is acceptable, e.g. "sandbox account: logs are copied to the archive nightly"' }), construct.node.path);
    }
    construct.node.addMetadata(ACK_METADATA, { id, reason });
    acknowledgeExisting(construct, { id, reason });
    applyAcknowledgements(construct);
  }

  /**
   * The warnings and errors this library annotated on `scope` and below (construct warnings and
   * review findings not acknowledged), one line each: `<level> <construct path>: <message>`.
   * cdktf-cli prints annotations itself; an app run without it (`npx ts-node main.ts`) prints
   * nothing, so print these after `app.synth()`:
   * `for (const line of AuditChecks.summarize(app)) console.warn(line);`
   */
  public static summarize(scope: IConstruct): string[] {
    const lines: string[] = [];
    for (const c of scope.node.findAll()) {
      for (const m of c.node.metadata) {
        const level = m.type === ANNOTATION.error ? 'error' : m.type === ANNOTATION.warning ? 'warning' : undefined;
        if (level && typeof m.data === 'string' && /\[ack: [A-Z]+-?[0-9]+\]$/.test(m.data)) lines.push(`${level} ${c.node.path}: ${m.data}`);
      }
    }
    return lines;
  }

  /** @internal cdktf runs stack-level aspects itself; ours also runs from the App (internal/app-checks.ts). */
  public readonly [RUNS_FROM_APP] = true;
  private readonly quota?: number;
  private readonly reports: boolean;
  private readonly reviewed = new WeakSet<TerraformStack>();
  /** The app's stacks as review documents, read once per app (at the first stack reviewed). */
  private readonly apps = new WeakMap<IConstruct, AppStack[]>();

  constructor(props: AuditChecksProps = {}) {
    if (props.quota !== undefined && (!isWholeNumber(props.quota) || props.quota < 1)) {
      throw new CloudAuditValidationError(ReviewQuotaInvalid.violation({ field: 'quota', problem: `${props.quota} is not a whole number >= 1`, fix: 'use the number InquireAuditCredit reports, e.g. 5' }), 'AuditChecks');
    }
    this.quota = props.quota;
    this.reports = props.reports ?? true;
  }

  /** The stacks of `stack`'s app, read once per app. */
  private appOf(stack: TerraformStack): AppStack[] {
    const root = stack.node.root;
    let app = this.apps.get(root);
    if (!app) {
      app = appStacks(root);
      this.apps.set(root, app);
    }
    return app;
  }

  /** Reviews each stack once, when the aspect reaches it. */
  public visit(node: IConstruct): void {
    if (!TerraformStack.isStack(node) || this.reviewed.has(node)) return;
    this.reviewed.add(node);
    // The engine is loaded on first use, not with the library: it is only needed at synth.
    /* eslint-disable @typescript-eslint/no-require-imports */
    const { review } = require('./review/engine') as typeof import('./review/engine');
    const { formatJson, formatMarkdown } = require('./review/format') as typeof import('./review/format');
    const { fromConfig } = require('./review/normalize') as typeof import('./review/normalize');
    /* eslint-enable @typescript-eslint/no-require-imports */
    applyAcknowledgements(node);
    const doc = node.toTerraform();
    const file = 'cdk.tf.json';
    const quota = this.quota ?? resolveQuota(node.node.tryGetContext(TRACK_QUOTA_CONTEXT_KEY)).quota;
    const own: ReviewDocument = { name: node.node.id, file, kind: 'cdktf', resources: fromConfig(doc, file) };
    // The other stacks as read at the first review: storage they create counts for this stack's
    // tracks, and so does coverage of the same account (COV-001; the engine reads the accounts
    // from the provider blocks, where CloudAuditAccount.assign writes the name).
    const others = this.appOf(node).filter((d) => d.stack !== node).map((d) => d.document);
    const result = review(own, { quota, app: others.length > 0 ? [own, ...others] : undefined });

    const byAddress = new Map<string, IConstruct>();
    for (const c of node.node.findAll()) {
      if (TerraformResource.isTerraformResource(c)) {
        const r = c as TerraformResource;
        byAddress.set(`${r.terraformResourceType}.${r.friendlyUniqueId}`, r);
      }
    }
    for (const f of result.findings) annotateFinding(byAddress.get(f.address ?? '') ?? node, f);

    if (this.reports) {
      const dir = path.join(App.of(node).outdir, 'stacks', node.node.id);
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, `${REPORT_NAME}.json`), formatJson([result]));
      fs.writeFileSync(path.join(dir, `${REPORT_NAME}.md`), formatMarkdown([result]));
    }
  }
}

/** A stack of the app, as a review document. */
interface AppStack {
  readonly stack: TerraformStack;
  readonly document: ReviewDocument;
}

/** Every stack of the app as a review document. */
function appStacks(root: IConstruct): AppStack[] {
  // The engine is loaded on first use, not with the library: it is only needed at synth.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { fromConfig } = require('./review/normalize') as typeof import('./review/normalize');
  return root.node.findAll()
    .filter((c): c is TerraformStack => TerraformStack.isStack(c))
    .map((stack) => ({ stack, document: { name: stack.node.id, file: 'cdk.tf.json', kind: 'cdktf', resources: fromConfig(stack.toTerraform(), 'cdk.tf.json') } }));
}

function annotateFinding(target: IConstruct, f: Finding): void {
  const text = `[${f.ruleId}] ${f.message}. Fix: ${f.fix}.`;
  if (f.acknowledged) {
    target.node.addMetadata(ANNOTATION.info, `${text} Acknowledged: ${f.acknowledged.reason}`);
    return;
  }
  annotate(target, f.level, text, f.ruleId, undefined, f.ignoredAcknowledgement);
}
