/**
 * Run from the organization admin account: one tracking set for every member account, delivered
 * into the log-archive account's bucket, with the CloudAudit service role (CloudAudit_QCSRole)
 * created here with the multi-account delivery policy. In your own app, import from
 * 'cdktf-tencentcloud-cloudaudit'.
 *
 * If the account already has CloudAudit_QCSRole (the console creates it on first use), import it
 * before applying, or leave createServiceRole off.
 */
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { CosDestination, OrgWideTrack, tencentcloud } from '../../src';
import { exampleApp, synthAndPrint } from '../support';

export class OrgWideServiceRoleStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new tencentcloud.provider.TencentcloudProvider(this, 'tencentcloud', { region: 'ap-guangzhou' });

    const archive = CosDestination.fromExistingBucket(this, 'ArchiveBucket', {
      bucketName: 'org-log-archive',
      region: 'ap-shanghai',
      prefix: 'orgaudit',
    });

    new OrgWideTrack(this, 'OrgWide', {
      trackName: 'org-wide-audit',
      destination: archive,
      storageAccountId: '100012345678',
      storageAppId: '1250000001',
      createServiceRole: true,
    });
  }
}

export function buildApp(outdir?: string): App {
  const app = exampleApp(__dirname, outdir);
  new OrgWideServiceRoleStack(app, 'cloudaudit-org-wide-service-role');
  return app;
}

if (require.main === module) synthAndPrint(buildApp());
