"""The languages smoke app, Python edition: the same steps as test/languages/app.ts.

Run: python app.py <outdir> (scripts/languages.ts does, in a venv with the built wheel). With
LANGUAGES_SMOKE_FLAVOUR=cdktn, the same app on CDK Terrain (cdktn, cdktn_tencentcloud_cloudaudit).
"""
import json
import os
import sys
import time

t0 = time.perf_counter()
if os.environ.get("LANGUAGES_SMOKE_FLAVOUR") == "cdktn":
    from cdktn import App, Aspects, TerraformStack
    from cdktn_tencentcloud_cloudaudit import ActionType, AuditChecks, AuditTrack, CosDestination, tencentcloud
else:
    from cdktf import App, Aspects, TerraformStack
    from cdktf_tencentcloud_cloudaudit import ActionType, AuditChecks, AuditTrack, CosDestination, tencentcloud


def storage(stack):
    tencentcloud.provider.TencentcloudProvider(stack, "tencentcloud", region="ap-hongkong")
    return CosDestination(stack, "AuditLogs", bucket_name="org-audit-logs", region="ap-hongkong", retention_days=365, app_id="1250000000")


outdir = sys.argv[1]

main = App(outdir=f"{outdir}/main")
start = time.perf_counter() - t0
Aspects.of(main).add(AuditChecks())
stack = TerraformStack(main, "smoke")
AuditTrack(stack, "OrgAudit", track_name="org-audit", destination=storage(stack))
main.synth()
synth = time.perf_counter() - t0 - start

error = ""
error_class = ""
bad = TerraformStack(App(outdir=f"{outdir}/bad"), "bad")
try:
    AuditTrack(bad, "Bad", track_name="bad name!", destination=storage(bad))
except Exception as e:  # jsii raises RuntimeError: its message is the library's message
    error = str(e).split("\n")[0]
    error_class = type(e).__name__

findings_app = App(outdir=f"{outdir}/findings")
Aspects.of(findings_app).add(AuditChecks())
findings = TerraformStack(findings_app, "findings")
AuditTrack(findings, "ReadsOnly", track_name="reads-only", action_type=ActionType.READ, destination=storage(findings))
finding_stops_synth = False
try:
    findings_app.synth()
except Exception:
    finding_stops_synth = True

print("SMOKE " + json.dumps({
    "startMs": round(start * 1000),
    "synthMs": round(synth * 1000),
    "error": error,
    "errorClass": error_class,
    "findings": list(AuditChecks.summarize(findings_app)),
    "findingStopsSynth": finding_stops_synth,
}))
