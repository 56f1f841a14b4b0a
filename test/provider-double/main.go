// Command terraform-provider-tencentcloud is the project's provider double: a small Terraform
// provider (protocol 5) that serves the real tencentcloud provider's schema and plans, applies,
// reads and imports like it, against a cloud store on disk. Test infrastructure only; see README.md.
package main

import (
	_ "embed"
	"fmt"
	"os"

	"github.com/hashicorp/terraform-plugin-go/tfprotov5"
	"github.com/hashicorp/terraform-plugin-go/tfprotov5/tf5server"
)

//go:embed data/schema.json
var schemaJSON []byte

//go:embed data/behavior.json
var behaviorJSON []byte

func newProvider() (*provider, error) {
	s, err := loadSchemas(schemaJSON)
	if err != nil {
		return nil, err
	}
	b, err := loadBehaviors(behaviorJSON, s)
	if err != nil {
		return nil, err
	}
	return &provider{schemas: s, behaviors: b}, nil
}

func main() {
	p, err := newProvider()
	if err != nil {
		fmt.Fprintf(os.Stderr, "provider double: %v\n", err)
		os.Exit(1)
	}
	if len(os.Args) > 1 && os.Args[1] == "--check" {
		// The build's start-up check: the embedded data loads.
		fmt.Printf("provider double: %d resources, %d data sources\n", len(p.schemas.resources), len(p.schemas.dataSources))
		return
	}
	if err := tf5server.Serve(providerAddress, func() tfprotov5.ProviderServer { return p }); err != nil {
		fmt.Fprintf(os.Stderr, "provider double: %v\n", err)
		os.Exit(1)
	}
}
