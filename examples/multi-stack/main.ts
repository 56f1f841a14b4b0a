/**
 * A central storage stack and team stacks: the platform team owns the log bucket and topic, each
 * team stack declares its own tracking sets into them. cdktf deploys the storage stack first (the
 * team stacks depend on it) and passes the CLS topic id across stacks. In your own app, import
 * from 'cdktf-tencentcloud-cloudaudit'.
 */
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { ActionType, AuditTrack, ClsDestination, CosDestination, tencentcloud } from '../../src';
import { exampleApp, synthAndPrint } from '../support';

/** The storage every team ships its logs to. */
export class AuditStorageStack extends TerraformStack {
  public readonly archive: CosDestination;
  public readonly events: ClsDestination;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    new tencentcloud.provider.TencentcloudProvider(this, 'tencentcloud', { region: 'ap-guangzhou' });
    this.archive = new CosDestination(this, 'Archive', {
      bucketName: 'central-audit-archive',
      region: 'ap-guangzhou',
      retentionDays: 365,
    });
    this.events = new ClsDestination(this, 'Events', {
      region: 'ap-guangzhou',
      logsetName: 'central-audit',
      topicName: 'write-operations',
    });
  }
}

export interface TeamStackProps {
  readonly team: string;
  readonly storage: AuditStorageStack;
}

/** One team's tracking sets, delivered to the central storage. */
export class TeamAuditStack extends TerraformStack {
  constructor(scope: Construct, id: string, props: TeamStackProps) {
    super(scope, id);
    new tencentcloud.provider.TencentcloudProvider(this, 'tencentcloud', { region: 'ap-guangzhou' });
    // Each team writes the shared archive under its own prefix (CA223 / STO-012 otherwise).
    new AuditTrack(this, 'Archive', {
      trackName: `${props.team}-archive`,
      destination: props.storage.archive.withPrefix(props.team),
    });
    new AuditTrack(this, 'Writes', {
      trackName: `${props.team}-writes`,
      destination: props.storage.events,
      actionType: ActionType.WRITE,
    });
  }
}

export function buildApp(outdir?: string): App {
  const app = exampleApp(__dirname, outdir);
  const storage = new AuditStorageStack(app, 'audit-storage');
  new TeamAuditStack(app, 'team-payments', { team: 'payments', storage });
  new TeamAuditStack(app, 'team-search', { team: 'search', storage });
  return app;
}

if (require.main === module) synthAndPrint(buildApp());
