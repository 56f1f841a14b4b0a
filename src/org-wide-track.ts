import { Construct } from 'constructs';
import { AuditTrack, AuditTrackProps } from './audit-track';
import { literal, lazySchema, parseProps, throwIfAny } from './internal/validation';
import { checkStorageAccount } from './rules/organization';

/** Props of `OrgWideTrack`. */
export interface OrgWideTrackProps extends AuditTrackProps {
  /**
   * UIN of the member account that owns the destination, for delivery into another account
   * (e.g. a log-archive account). Give it with `storageAppId`.
   * @default - the destination is in the account that manages the track
   */
  readonly storageAccountId?: string;
  /**
   * APPID (10 digits) of the account that owns the destination. Give it with `storageAccountId`.
   * @default - the destination is in the account that manages the track
   */
  readonly storageAppId?: string;
}

const orgSchema = lazySchema((z) => z.object({ storageAccountId: z.string().optional(), storageAppId: z.string().optional() }));

function checkOrganization(scope: Construct, id: string, props: OrgWideTrackProps): OrgWideTrackProps {
  // The construct does not exist yet: name its future path in errors.
  const at = { node: { path: scope.node.path ? `${scope.node.path}/${id}` : id } } as Construct;
  const p = parseProps(at, orgSchema, { storageAccountId: props?.storageAccountId, storageAppId: props?.storageAppId });
  const account = literal(p.storageAccountId);
  const app = literal(p.storageAppId);
  throwIfAny(at, checkStorageAccount({
    accountId: account, appId: app, hasAccountId: p.storageAccountId !== undefined, hasAppId: p.storageAppId !== undefined,
  }));
  return props;
}

/**
 * A tracking set that records the operations of every member account of the organization
 * (`track_for_all_members = 1`).
 *
 * Only the organization admin account, or the trusted-service admin account that CloudAudit is
 * delegated to, can enable it: the API refuses it from any other account at apply time. Member
 * accounts' logs appear only in the destination (COS or CLS), never in the console's operation
 * records, and member changes take about 20 minutes to take effect (CloudAudit doc 1021/76482).
 */
export class OrgWideTrack extends AuditTrack {
  /** UIN of the account that owns the destination, when delivering cross-account. */
  public readonly storageAccountId?: string;
  /** APPID of the account that owns the destination, when delivering cross-account. */
  public readonly storageAppId?: string;

  constructor(scope: Construct, id: string, props: OrgWideTrackProps) {
    // Checked before the base class creates anything: bad input writes nothing.
    super(scope, id, checkOrganization(scope, id, props));
    this.storageAccountId = props.storageAccountId;
    this.storageAppId = props.storageAppId;
    this.enableOrganizationDelivery(props.storageAccountId, props.storageAppId);
  }
}
