package main

// Apply, read, import and data sources against the cloud store (store.go), with the measured
// behaviours of measured.go.

import (
	"context"
	"fmt"
	"strings"
	"sync"

	"github.com/hashicorp/terraform-plugin-go/tfprotov5"
)

func (p *provider) ReadResource(_ context.Context, req *tfprotov5.ReadResourceRequest) (*tfprotov5.ReadResourceResponse, error) {
	rs, d := p.resource(req.TypeName)
	if d != nil {
		return &tfprotov5.ReadResourceResponse{Diagnostics: d}, nil
	}
	current, err := decode(req.CurrentState, rs.block.typ)
	if err != nil {
		return &tfprotov5.ReadResourceResponse{Diagnostics: diagErr("Cannot read the current state", err)}, nil
	}
	m, _ := current.(map[string]any)
	id := str(m, "id")
	s, err := p.store()
	if err != nil {
		return &tfprotov5.ReadResourceResponse{Diagnostics: diagErr("Provider double", err)}, nil
	}
	state, err := p.read(req.TypeName, rs, s, id)
	if err != nil {
		return &tfprotov5.ReadResourceResponse{Diagnostics: diagErr(fmt.Sprintf("reading %s %s", req.TypeName, id), err)}, nil
	}
	dv, err := encode(rs.block.typ, state)
	if err != nil {
		return &tfprotov5.ReadResourceResponse{Diagnostics: diagErr("Provider double: cannot encode the state", err)}, nil
	}
	return &tfprotov5.ReadResourceResponse{NewState: dv, Private: req.Private}, nil
}

// read is the state the real provider's Read builds from what the cloud holds: nil when the
// object is gone (or an error, for the types whose Read fails then).
func (p *provider) read(resource string, rs *resourceSchema, s *store, id string) (any, error) {
	attrs, err := s.get(resource, id)
	if err != nil {
		return nil, err
	}
	if attrs == nil {
		if err := readErrorWhenGone(resource, id); err != nil {
			return nil, err
		}
		return nil, nil
	}
	v, err := attrsToValue(rs.block, attrs)
	if err != nil {
		return nil, fmt.Errorf("cloud store: %s %s does not fit the schema: %w", resource, id, err)
	}
	m := v.(map[string]any)
	m["id"] = id
	readDropsCrossAccountStorage(resource, m)
	return m, nil
}

// applying serializes applies: Terraform applies resources concurrently, and the cloud store's
// sequence and quota are read and written by each.
var applying sync.Mutex

func (p *provider) ApplyResourceChange(_ context.Context, req *tfprotov5.ApplyResourceChangeRequest) (*tfprotov5.ApplyResourceChangeResponse, error) {
	applying.Lock()
	defer applying.Unlock()
	rs, d := p.resource(req.TypeName)
	if d != nil {
		return &tfprotov5.ApplyResourceChangeResponse{Diagnostics: d}, nil
	}
	fail := func(summary string, err error) (*tfprotov5.ApplyResourceChangeResponse, error) {
		return &tfprotov5.ApplyResourceChangeResponse{Diagnostics: diagErr(summary, err)}, nil
	}
	prior, err := decode(req.PriorState, rs.block.typ)
	if err != nil {
		return fail("Cannot read the prior state", err)
	}
	planned, err := decode(req.PlannedState, rs.block.typ)
	if err != nil {
		return fail("Cannot read the planned state", err)
	}
	s, err := p.store()
	if err != nil {
		return fail("Provider double", err)
	}
	pm, _ := prior.(map[string]any)
	nm, _ := planned.(map[string]any)
	switch {
	case nm == nil: // delete
		id := str(pm, "id")
		if err := bucketDeleteRefused(req.TypeName, s, id); err != nil {
			return &tfprotov5.ApplyResourceChangeResponse{NewState: req.PriorState, Diagnostics: diagErr(fmt.Sprintf("deleting %s %s", req.TypeName, id), err)}, nil
		}
		if err := s.remove(req.TypeName, id); err != nil {
			return fail("Provider double: cloud store", err)
		}
		dv, err := encode(rs.block.typ, nil)
		if err != nil {
			return fail("Provider double", err)
		}
		return &tfprotov5.ApplyResourceChangeResponse{NewState: dv}, nil
	case pm == nil: // create
		if err := trackCreateRefused(req.TypeName, s, str(nm, "name")); err != nil {
			return fail(fmt.Sprintf("creating %s", req.TypeName), err)
		}
		seq, err := s.next()
		if err != nil {
			return fail("Provider double: cloud store", err)
		}
		id, err := onCreate(req.TypeName, s, seq, nm)
		if err != nil {
			return fail(fmt.Sprintf("creating %s", req.TypeName), err)
		}
		if existing, _ := s.get(req.TypeName, id); existing != nil {
			return fail(fmt.Sprintf("creating %s", req.TypeName), fmt.Errorf("%s %s already exists", strings.TrimPrefix(req.TypeName, "tencentcloud_"), id))
		}
		return p.store_(req.TypeName, rs, s, id, nm, req.PlannedPrivate)
	default: // update
		if err := renameRefused(req.TypeName, pm, nm); err != nil {
			return &tfprotov5.ApplyResourceChangeResponse{NewState: req.PriorState, Diagnostics: diagErr(fmt.Sprintf("updating %s %s", req.TypeName, str(pm, "id")), err)}, nil
		}
		return p.store_(req.TypeName, rs, s, str(pm, "id"), nm, req.PlannedPrivate)
	}
}

// store_ writes a created or updated resource (unknowns left by the plan become null) and
// returns what Read then gives back, as the real provider's Create and Update do.
func (p *provider) store_(resource string, rs *resourceSchema, s *store, id string, m map[string]any, private []byte) (*tfprotov5.ApplyResourceChangeResponse, error) {
	m["id"] = id
	resolved := resolveUnknowns(m).(map[string]any)
	storeEventPattern(resource, resolved)
	if err := s.put(resource, id, resolved); err != nil {
		return &tfprotov5.ApplyResourceChangeResponse{Diagnostics: diagErr("Provider double: cloud store", err)}, nil
	}
	state, err := p.read(resource, rs, s, id)
	if err != nil {
		return &tfprotov5.ApplyResourceChangeResponse{Diagnostics: diagErr(fmt.Sprintf("reading %s %s", resource, id), err)}, nil
	}
	dv, err := encode(rs.block.typ, state)
	if err != nil {
		return &tfprotov5.ApplyResourceChangeResponse{Diagnostics: diagErr("Provider double: cannot encode the state", err)}, nil
	}
	return &tfprotov5.ApplyResourceChangeResponse{NewState: dv, Private: private, UnsafeToUseLegacyTypeSystem: true}, nil
}

func (p *provider) ImportResourceState(_ context.Context, req *tfprotov5.ImportResourceStateRequest) (*tfprotov5.ImportResourceStateResponse, error) {
	rs, d := p.resource(req.TypeName)
	if d != nil {
		return &tfprotov5.ImportResourceStateResponse{Diagnostics: d}, nil
	}
	// ImportStatePassthrough: the state holds the id only; Terraform then reads it.
	dv, err := encode(rs.block.typ, map[string]any{"id": req.ID})
	if err != nil {
		return &tfprotov5.ImportResourceStateResponse{Diagnostics: diagErr("Provider double", err)}, nil
	}
	return &tfprotov5.ImportResourceStateResponse{ImportedResources: []*tfprotov5.ImportedResource{{TypeName: req.TypeName, State: dv}}}, nil
}

// cosRegions: ListCosEnableRegion's answer in the double (the regions CloudAudit delivers to COS
// in; the real list is dynamic). A test can seed <account>/cos-regions.json to change it.
var cosRegions = []string{"ap-beijing", "ap-chengdu", "ap-chongqing", "ap-guangzhou", "ap-hongkong", "ap-nanjing", "ap-shanghai", "ap-singapore"}

func (p *provider) ReadDataSource(_ context.Context, req *tfprotov5.ReadDataSourceRequest) (*tfprotov5.ReadDataSourceResponse, error) {
	ds := p.schemas.dataSources[req.TypeName]
	if ds == nil {
		return &tfprotov5.ReadDataSourceResponse{Diagnostics: diagErr("Unknown data source", fmt.Errorf("the provider double serves no data source %q", req.TypeName))}, nil
	}
	cfg, err := decode(req.Config, ds.block.typ)
	if err != nil {
		return &tfprotov5.ReadDataSourceResponse{Diagnostics: diagErr("Invalid configuration", err)}, nil
	}
	m, _ := cfg.(map[string]any)
	if m == nil {
		m = map[string]any{}
	}
	s, err := p.store()
	if err != nil {
		return &tfprotov5.ReadDataSourceResponse{Diagnostics: diagErr("Provider double", err)}, nil
	}
	info := s.info()
	switch req.TypeName {
	case "tencentcloud_user_info":
		m["id"] = "user-" + info.Uin
		m["uin"], m["app_id"], m["owner_uin"], m["name"] = info.Uin, info.AppID, info.OwnerUin, info.Name
	case "tencentcloud_audit_cos_regions":
		var list []any
		for _, r := range s.cosRegions(cosRegions) {
			list = append(list, map[string]any{"cos_region": r, "cos_region_name": r})
		}
		m["id"] = "cos-regions"
		m["audit_cos_region_list"] = list
	case "tencentcloud_eb_bus":
		m["id"] = "eb-buses"
		m["event_buses"] = []any{map[string]any{
			"event_bus_id": "eb-default", "event_bus_name": "default", "type": "Cloud", "pay_mode": "",
			"add_time": createdAt(0), "mod_time": createdAt(0), "connection_briefs": []any{}, "target_briefs": []any{},
		}}
	default:
		return &tfprotov5.ReadDataSourceResponse{Diagnostics: diagErr("Provider double", fmt.Errorf("no answer for data source %s", req.TypeName))}, nil
	}
	dv, err := encode(ds.block.typ, resolveUnknowns(m))
	if err != nil {
		return &tfprotov5.ReadDataSourceResponse{Diagnostics: diagErr("Provider double: cannot encode the answer", err)}, nil
	}
	return &tfprotov5.ReadDataSourceResponse{State: dv}, nil
}
