package smoke;

import com.hashicorp.cdktf.AppConfig;
import com.hashicorp.cdktf.Aspects;
import com.hashicorp.cdktf.TerraformStack;
import io.github.cdktf_tencentcloud_cloudaudit.ActionType;
import io.github.cdktf_tencentcloud_cloudaudit.AuditChecks;
import io.github.cdktf_tencentcloud_cloudaudit.AuditTrack;
import io.github.cdktf_tencentcloud_cloudaudit.AuditTrackProps;
import io.github.cdktf_tencentcloud_cloudaudit.CosDestination;
import io.github.cdktf_tencentcloud_cloudaudit.CosDestinationProps;
import io.github.cdktf_tencentcloud_cloudaudit.tencentcloud.provider.TencentcloudProvider;
import io.github.cdktf_tencentcloud_cloudaudit.tencentcloud.provider.TencentcloudProviderConfig;
import java.util.List;

/** The languages smoke app, Java edition: the same steps as test/languages/app.ts. Run: App <outdir>. */
public final class App {
    private static CosDestination storage(TerraformStack stack) {
        new TencentcloudProvider(stack, "tencentcloud", TencentcloudProviderConfig.builder().region("ap-hongkong").build());
        return new CosDestination(stack, "AuditLogs", CosDestinationProps.builder()
                .bucketName("org-audit-logs").region("ap-hongkong").retentionDays(365).appId("1250000000").build());
    }

    private static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"': b.append("\\\""); break;
                case '\\': b.append("\\\\"); break;
                case '\n': b.append("\\n"); break;
                case '\r': b.append("\\r"); break;
                case '\t': b.append("\\t"); break;
                default:
                    if (c < 0x20) b.append(String.format("\\u%04x", (int) c)); else b.append(c);
            }
        }
        return b.append('"').toString();
    }

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        String outdir = args[0];

        com.hashicorp.cdktf.App main = new com.hashicorp.cdktf.App(AppConfig.builder().outdir(outdir + "/main").build());
        long start = System.nanoTime() - t0;
        Aspects.of(main).add(new AuditChecks());
        TerraformStack stack = new TerraformStack(main, "smoke");
        new AuditTrack(stack, "OrgAudit", AuditTrackProps.builder().trackName("org-audit").destination(storage(stack)).build());
        main.synth();
        long synth = System.nanoTime() - t0 - start;

        String error = "";
        String errorClass = "";
        TerraformStack bad = new TerraformStack(new com.hashicorp.cdktf.App(AppConfig.builder().outdir(outdir + "/bad").build()), "bad");
        try {
            new AuditTrack(bad, "Bad", AuditTrackProps.builder().trackName("bad name!").destination(storage(bad)).build());
        } catch (RuntimeException e) { // software.amazon.jsii.JsiiError: getMessage() is the message, then the JS stack
            error = e.getMessage().split("\n", 2)[0];
            errorClass = e.getClass().getName();
        }

        com.hashicorp.cdktf.App findingsApp = new com.hashicorp.cdktf.App(AppConfig.builder().outdir(outdir + "/findings").build());
        Aspects.of(findingsApp).add(new AuditChecks());
        TerraformStack findings = new TerraformStack(findingsApp, "findings");
        new AuditTrack(findings, "ReadsOnly", AuditTrackProps.builder()
                .trackName("reads-only").actionType(ActionType.READ).destination(storage(findings)).build());
        boolean findingStopsSynth = false;
        try {
            findingsApp.synth();
        } catch (RuntimeException e) {
            findingStopsSynth = true;
        }
        List<String> lines = AuditChecks.summarize(findingsApp);
        StringBuilder list = new StringBuilder("[");
        for (int i = 0; i < lines.size(); i++) list.append(i > 0 ? "," : "").append(json(lines.get(i)));
        list.append(']');

        System.out.println("SMOKE {\"startMs\":" + start / 1_000_000 + ",\"synthMs\":" + synth / 1_000_000
                + ",\"error\":" + json(error) + ",\"errorClass\":" + json(errorClass)
                + ",\"findings\":" + list + ",\"findingStopsSynth\":" + findingStopsSynth + "}");
    }
}
