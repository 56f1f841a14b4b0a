// The languages smoke app, Go edition: the same steps as test/languages/app.ts.
// Run: smoke <outdir> (scripts/languages.ts writes go.mod beside it and builds it).
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf-tencentcloud-cloudaudit/cdktf-tencentcloud-cloudaudit-go/cloudaudit"
	"github.com/cdktf-tencentcloud-cloudaudit/cdktf-tencentcloud-cloudaudit-go/cloudaudit/tencentcloud/provider"
	"github.com/hashicorp/terraform-cdk-go/cdktf"
)

func storage(stack cdktf.TerraformStack) cloudaudit.CosDestination {
	provider.NewTencentcloudProvider(stack, jsii.String("tencentcloud"), &provider.TencentcloudProviderConfig{Region: jsii.String("ap-hongkong")})
	return cloudaudit.NewCosDestination(stack, jsii.String("AuditLogs"), &cloudaudit.CosDestinationProps{
		BucketName: jsii.String("org-audit-logs"), Region: jsii.String("ap-hongkong"), RetentionDays: jsii.Number(365), AppId: jsii.String("1250000000"),
	})
}

// firstLine runs f and returns the first line of what it panics with (jsii turns a JS error into a
// panic whose value is an error: its Error() is the message, then the JS stack), and the value's type.
func firstLine(f func()) (line string, class string) {
	defer func() {
		if r := recover(); r != nil {
			line = strings.SplitN(fmt.Sprint(r), "\n", 2)[0]
			class = fmt.Sprintf("%T", r)
		}
	}()
	f()
	return "", ""
}

func main() {
	t0 := time.Now()
	outdir := os.Args[1]

	app := cdktf.NewApp(&cdktf.AppConfig{Outdir: jsii.String(outdir + "/main")})
	start := time.Since(t0)
	cdktf.Aspects_Of(app).Add(cloudaudit.NewAuditChecks(&cloudaudit.AuditChecksProps{}))
	stack := cdktf.NewTerraformStack(app, jsii.String("smoke"))
	cloudaudit.NewAuditTrack(stack, jsii.String("OrgAudit"), &cloudaudit.AuditTrackProps{TrackName: jsii.String("org-audit"), Destination: storage(stack)})
	app.Synth()
	synth := time.Since(t0) - start

	bad := cdktf.NewTerraformStack(cdktf.NewApp(&cdktf.AppConfig{Outdir: jsii.String(outdir + "/bad")}), jsii.String("bad"))
	logs := storage(bad)
	errLine, errClass := firstLine(func() {
		cloudaudit.NewAuditTrack(bad, jsii.String("Bad"), &cloudaudit.AuditTrackProps{TrackName: jsii.String("bad name!"), Destination: logs})
	})

	findingsApp := cdktf.NewApp(&cdktf.AppConfig{Outdir: jsii.String(outdir + "/findings")})
	cdktf.Aspects_Of(findingsApp).Add(cloudaudit.NewAuditChecks(&cloudaudit.AuditChecksProps{}))
	findings := cdktf.NewTerraformStack(findingsApp, jsii.String("findings"))
	cloudaudit.NewAuditTrack(findings, jsii.String("ReadsOnly"), &cloudaudit.AuditTrackProps{
		TrackName: jsii.String("reads-only"), ActionType: cloudaudit.ActionType_READ, Destination: storage(findings),
	})
	stopped, _ := firstLine(func() { findingsApp.Synth() })
	lines := []string{}
	for _, l := range *cloudaudit.AuditChecks_Summarize(findingsApp) {
		lines = append(lines, *l)
	}

	out, _ := json.Marshal(map[string]any{
		"startMs": start.Milliseconds(), "synthMs": synth.Milliseconds(),
		"error": errLine, "errorClass": errClass, "findings": lines, "findingStopsSynth": stopped != "",
	})
	fmt.Println("SMOKE " + string(out))
}
