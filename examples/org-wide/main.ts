/**
 * Run from the organization admin account: one tracking set records every member account and
 * delivers into a bucket owned by the log-archive member account. In your own app, import from
 * 'cdktf-tencentcloud-cloudaudit'.
 */
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { AuditChecks, CosDestination, OrgWideTrack, tencentcloud } from '../../src';
import { exampleApp, synthAndPrint } from '../support';

export class OrgWideAuditStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new tencentcloud.provider.TencentcloudProvider(this, 'tencentcloud', { region: 'ap-guangzhou' });

    // The bucket lives in the log-archive account and is managed there.
    const archive = CosDestination.fromExistingBucket(this, 'ArchiveBucket', {
      bucketName: 'org-log-archive',
      region: 'ap-shanghai',
      prefix: 'orgaudit',
    });

    const track = new OrgWideTrack(this, 'OrgWide', {
      trackName: 'org-wide-audit',
      destination: archive,
      storageAccountId: '100012345678',
      storageAppId: '1250000001',
    });
    // A reasoned exception, visible to reviewers in cdk.tf.json. (examples/org-wide-service-role
    // shows the same track creating the role itself.)
    AuditChecks.acknowledge(track, {
      id: 'ORG-002',
      reason: 'CloudAudit_QCSRole and its multi-account policy are managed by the landing-zone stack',
    });
  }
}

export function buildApp(outdir?: string): App {
  const app = exampleApp(__dirname, outdir);
  new OrgWideAuditStack(app, 'cloudaudit-org-wide');
  return app;
}

if (require.main === module) synthAndPrint(buildApp());
