package main

// The tfprotov5 server: schema, validation and planning, and (see store.go, resources.go) apply,
// read, import and data sources against a cloud store on disk.

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-go/tfprotov5"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
)

type provider struct {
	schemas   *schemas
	behaviors *behaviors
	config    map[string]any // the provider block, after ConfigureProvider
}

func diagErr(summary string, err error) []*tfprotov5.Diagnostic {
	return []*tfprotov5.Diagnostic{{Severity: tfprotov5.DiagnosticSeverityError, Summary: summary, Detail: err.Error()}}
}

func (p *provider) resource(name string) (*resourceSchema, []*tfprotov5.Diagnostic) {
	rs := p.schemas.resources[name]
	if rs == nil {
		return nil, diagErr("Unknown resource type", fmt.Errorf("the provider double serves no resource type %q", name))
	}
	return rs, nil
}

func (p *provider) GetMetadata(context.Context, *tfprotov5.GetMetadataRequest) (*tfprotov5.GetMetadataResponse, error) {
	out := &tfprotov5.GetMetadataResponse{ServerCapabilities: p.schemas.proto.ServerCapabilities}
	for _, name := range sortedKeys(p.schemas.resources) {
		out.Resources = append(out.Resources, tfprotov5.ResourceMetadata{TypeName: name})
	}
	for _, name := range sortedKeys(p.schemas.dataSources) {
		out.DataSources = append(out.DataSources, tfprotov5.DataSourceMetadata{TypeName: name})
	}
	return out, nil
}

func (p *provider) GetProviderSchema(context.Context, *tfprotov5.GetProviderSchemaRequest) (*tfprotov5.GetProviderSchemaResponse, error) {
	return p.schemas.proto, nil
}

func (p *provider) GetResourceIdentitySchemas(context.Context, *tfprotov5.GetResourceIdentitySchemasRequest) (*tfprotov5.GetResourceIdentitySchemasResponse, error) {
	return &tfprotov5.GetResourceIdentitySchemasResponse{IdentitySchemas: map[string]*tfprotov5.ResourceIdentitySchema{}}, nil
}

func (p *provider) PrepareProviderConfig(_ context.Context, req *tfprotov5.PrepareProviderConfigRequest) (*tfprotov5.PrepareProviderConfigResponse, error) {
	return &tfprotov5.PrepareProviderConfigResponse{PreparedConfig: req.Config}, nil
}

func (p *provider) ConfigureProvider(_ context.Context, req *tfprotov5.ConfigureProviderRequest) (*tfprotov5.ConfigureProviderResponse, error) {
	cfg, err := decode(req.Config, p.schemas.provider.block.typ)
	if err != nil {
		return &tfprotov5.ConfigureProviderResponse{Diagnostics: diagErr("Invalid provider configuration", err)}, nil
	}
	p.config, _ = cfg.(map[string]any)
	return &tfprotov5.ConfigureProviderResponse{}, nil
}

func (p *provider) StopProvider(context.Context, *tfprotov5.StopProviderRequest) (*tfprotov5.StopProviderResponse, error) {
	return &tfprotov5.StopProviderResponse{}, nil
}

func (p *provider) ValidateResourceTypeConfig(_ context.Context, req *tfprotov5.ValidateResourceTypeConfigRequest) (*tfprotov5.ValidateResourceTypeConfigResponse, error) {
	rs, d := p.resource(req.TypeName)
	if d != nil {
		return &tfprotov5.ValidateResourceTypeConfigResponse{Diagnostics: d}, nil
	}
	cfg, err := decode(req.Config, rs.block.typ)
	if err != nil {
		return &tfprotov5.ValidateResourceTypeConfigResponse{Diagnostics: diagErr("Invalid configuration", err)}, nil
	}
	return &tfprotov5.ValidateResourceTypeConfigResponse{Diagnostics: p.validateResource(req.TypeName, rs, cfg)}, nil
}

func (p *provider) UpgradeResourceState(_ context.Context, req *tfprotov5.UpgradeResourceStateRequest) (*tfprotov5.UpgradeResourceStateResponse, error) {
	rs, d := p.resource(req.TypeName)
	if d != nil {
		return &tfprotov5.UpgradeResourceStateResponse{Diagnostics: d}, nil
	}
	if req.RawState == nil {
		return &tfprotov5.UpgradeResourceStateResponse{}, nil
	}
	v, err := req.RawState.UnmarshalWithOpts(rs.block.typ, tfprotov5.UnmarshalOpts{ValueFromJSONOpts: tftypes.ValueFromJSONOpts{IgnoreUndefinedAttributes: true}})
	if err != nil {
		return &tfprotov5.UpgradeResourceStateResponse{Diagnostics: diagErr("Cannot read the prior state", err)}, nil
	}
	dv, err := tfprotov5.NewDynamicValue(rs.block.typ, v)
	if err != nil {
		return &tfprotov5.UpgradeResourceStateResponse{Diagnostics: diagErr("Cannot read the prior state", err)}, nil
	}
	return &tfprotov5.UpgradeResourceStateResponse{UpgradedState: &dv}, nil
}

func (p *provider) PlanResourceChange(_ context.Context, req *tfprotov5.PlanResourceChangeRequest) (*tfprotov5.PlanResourceChangeResponse, error) {
	rs, d := p.resource(req.TypeName)
	if d != nil {
		return &tfprotov5.PlanResourceChangeResponse{Diagnostics: d}, nil
	}
	fail := func(err error) (*tfprotov5.PlanResourceChangeResponse, error) {
		return &tfprotov5.PlanResourceChangeResponse{Diagnostics: diagErr("Provider double: cannot plan", err)}, nil
	}
	prior, err := decode(req.PriorState, rs.block.typ)
	if err != nil {
		return fail(err)
	}
	proposed, err := decode(req.ProposedNewState, rs.block.typ)
	if err != nil {
		return fail(err)
	}
	config, err := decode(req.Config, rs.block.typ)
	if err != nil {
		return fail(err)
	}
	planned, replace, err := p.planResource(req.TypeName, rs, prior, proposed, config)
	if err != nil {
		return fail(err)
	}
	dv, err := encode(rs.block.typ, planned)
	if err != nil {
		return fail(err)
	}
	return &tfprotov5.PlanResourceChangeResponse{PlannedState: dv, RequiresReplace: replace, PlannedPrivate: req.PriorPrivate, UnsafeToUseLegacyTypeSystem: true}, nil
}

func (p *provider) MoveResourceState(context.Context, *tfprotov5.MoveResourceStateRequest) (*tfprotov5.MoveResourceStateResponse, error) {
	return &tfprotov5.MoveResourceStateResponse{Diagnostics: diagErr("Move not supported", fmt.Errorf("the real provider does not support moving resources across types"))}, nil
}

func (p *provider) UpgradeResourceIdentity(context.Context, *tfprotov5.UpgradeResourceIdentityRequest) (*tfprotov5.UpgradeResourceIdentityResponse, error) {
	return &tfprotov5.UpgradeResourceIdentityResponse{Diagnostics: diagErr("Identity not supported", fmt.Errorf("the real provider has no resource identities"))}, nil
}

func (p *provider) GenerateResourceConfig(context.Context, *tfprotov5.GenerateResourceConfigRequest) (*tfprotov5.GenerateResourceConfigResponse, error) {
	return &tfprotov5.GenerateResourceConfigResponse{Diagnostics: diagErr("Not supported", fmt.Errorf("the real provider does not generate configuration"))}, nil
}

func (p *provider) ValidateDataSourceConfig(context.Context, *tfprotov5.ValidateDataSourceConfigRequest) (*tfprotov5.ValidateDataSourceConfigResponse, error) {
	return &tfprotov5.ValidateDataSourceConfigResponse{}, nil
}

func (p *provider) CallFunction(context.Context, *tfprotov5.CallFunctionRequest) (*tfprotov5.CallFunctionResponse, error) {
	return &tfprotov5.CallFunctionResponse{Error: &tfprotov5.FunctionError{Text: "the provider has no functions"}}, nil
}

func (p *provider) GetFunctions(context.Context, *tfprotov5.GetFunctionsRequest) (*tfprotov5.GetFunctionsResponse, error) {
	return &tfprotov5.GetFunctionsResponse{Functions: map[string]*tfprotov5.Function{}}, nil
}

func (p *provider) ValidateEphemeralResourceConfig(context.Context, *tfprotov5.ValidateEphemeralResourceConfigRequest) (*tfprotov5.ValidateEphemeralResourceConfigResponse, error) {
	return &tfprotov5.ValidateEphemeralResourceConfigResponse{}, nil
}

func (p *provider) OpenEphemeralResource(context.Context, *tfprotov5.OpenEphemeralResourceRequest) (*tfprotov5.OpenEphemeralResourceResponse, error) {
	return &tfprotov5.OpenEphemeralResourceResponse{Diagnostics: diagErr("Not supported", fmt.Errorf("the provider has no ephemeral resources"))}, nil
}

func (p *provider) RenewEphemeralResource(context.Context, *tfprotov5.RenewEphemeralResourceRequest) (*tfprotov5.RenewEphemeralResourceResponse, error) {
	return &tfprotov5.RenewEphemeralResourceResponse{}, nil
}

func (p *provider) CloseEphemeralResource(context.Context, *tfprotov5.CloseEphemeralResourceRequest) (*tfprotov5.CloseEphemeralResourceResponse, error) {
	return &tfprotov5.CloseEphemeralResourceResponse{}, nil
}
