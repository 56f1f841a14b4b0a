/**
 * Run from the organization admin account: one tracking set records every member account and
 * delivers into a bucket owned by the log-archive member account. In your own app, import from
 * 'cdktf-tencentcloud-cloudaudit'.
 */
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { CosDestination, OrgWideTrack, tencentcloud } from '../../src';
import { exampleApp } from '../support';

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

    new OrgWideTrack(this, 'OrgWide', {
      trackName: 'org-wide-audit',
      destination: archive,
      storageAccountId: '100012345678',
      storageAppId: '1250000001',
    });
  }
}

export function buildApp(outdir?: string): App {
  const app = exampleApp(__dirname, outdir);
  new OrgWideAuditStack(app, 'cloudaudit-org-wide');
  return app;
}

if (require.main === module) buildApp().synth();
