/**
 * Many stacks, two accounts: how the library tells accounts apart (docs/accounts-and-acknowledgements.md).
 * - `prod-org` and `prod-team` deploy with the same environment credentials: one account, named
 *   "prod" with CloudAuditAccount.assign. The org stack's track records every Write, so the team
 *   stack's CAM-only track needs no COV-001 acknowledgement: coverage is per account, app-wide.
 * - `sandbox` reaches another account through an assumed role: it may reuse the track name
 *   "cam-changes" and the bucket name, which the same account could not.
 * In your own app, import from 'cdktf-tencentcloud-cloudaudit'.
 */
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { AuditTrack, CloudAuditAccount, CosDestination, tencentcloud } from '../../src';
import { exampleApp, synthAndPrint } from '../support';

/** The provider of a prod stack: the environment's credentials, named "prod". */
function prodProvider(scope: Construct): tencentcloud.provider.TencentcloudProvider {
  const provider = new tencentcloud.provider.TencentcloudProvider(scope, 'tencentcloud', { region: 'ap-guangzhou' });
  CloudAuditAccount.assign(provider, 'prod');
  return provider;
}

/** The prod account's account-wide track. */
export class ProdOrgStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    prodProvider(this);
    const logs = new CosDestination(this, 'Logs', { bucketName: 'prod-audit-logs', region: 'ap-guangzhou', appId: '1250000000' });
    new AuditTrack(this, 'AllWrites', { trackName: 'prod-all', destination: logs });
  }
}

/** A team stack of the prod account: CAM changes only, covered by the org stack's track. */
export class ProdTeamStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    prodProvider(this);
    const logs = new CosDestination(this, 'Logs', { bucketName: 'team-audit-logs', region: 'ap-guangzhou', appId: '1250000000' });
    new AuditTrack(this, 'Cam', { trackName: 'cam-changes', destination: logs, resourceType: 'cam', eventNames: ['*'] });
  }
}

/** The sandbox account, through an assumed role: the same names are allowed there. */
export class SandboxStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new tencentcloud.provider.TencentcloudProvider(this, 'tencentcloud', {
      region: 'ap-guangzhou',
      assumeRole: [{ roleArn: 'qcs::cam::uin/100000000002:roleName/cloudaudit-deployer', sessionName: 'cloudaudit', sessionDuration: 3600 }],
    });
    const logs = new CosDestination(this, 'Logs', { bucketName: 'team-audit-logs', region: 'ap-guangzhou', appId: '1250000002' });
    new AuditTrack(this, 'AllWrites', { trackName: 'sandbox-all', destination: logs });
    new AuditTrack(this, 'Cam', { trackName: 'cam-changes', destination: logs, resourceType: 'cam', eventNames: ['*'] });
  }
}

export function buildApp(outdir?: string): App {
  const app = exampleApp(__dirname, outdir);
  new ProdOrgStack(app, 'prod-org');
  new ProdTeamStack(app, 'prod-team');
  new SandboxStack(app, 'sandbox');
  return app;
}

if (require.main === module) synthAndPrint(buildApp());
