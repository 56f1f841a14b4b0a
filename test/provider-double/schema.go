package main

// The provider schema the double serves: the project's committed extraction of the real
// provider's `terraform providers schema -json` (schema/tencentcloud-provider-schema.json),
// embedded at build time and served unchanged, so that `terraform validate` is Terraform's own
// check against the real types, required arguments, nesting and item limits.

import (
	"encoding/json"
	"fmt"
	"sort"

	"github.com/hashicorp/terraform-plugin-go/tfprotov5"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
)

const providerAddress = "registry.terraform.io/tencentcloudstack/tencentcloud"

type jsonAttribute struct {
	Type       json.RawMessage `json:"type"`
	Required   bool            `json:"required"`
	Optional   bool            `json:"optional"`
	Computed   bool            `json:"computed"`
	Sensitive  bool            `json:"sensitive"`
	Deprecated bool            `json:"deprecated"`
}

type jsonBlockType struct {
	NestingMode string     `json:"nesting_mode"`
	MinItems    int64      `json:"min_items"`
	MaxItems    int64      `json:"max_items"`
	Block       *jsonBlock `json:"block"`
}

type jsonBlock struct {
	Attributes map[string]*jsonAttribute `json:"attributes"`
	BlockTypes map[string]*jsonBlockType `json:"block_types"`
	Deprecated bool                      `json:"deprecated"`
}

type jsonSchema struct {
	Version int64      `json:"version"`
	Block   *jsonBlock `json:"block"`
}

type jsonProviderSchemas struct {
	FormatVersion   string `json:"format_version"`
	ProviderSchemas map[string]struct {
		Provider          *jsonSchema            `json:"provider"`
		ResourceSchemas   map[string]*jsonSchema `json:"resource_schemas"`
		DataSourceSchemas map[string]*jsonSchema `json:"data_source_schemas"`
	} `json:"provider_schemas"`
}

// block is a schema block with its attribute types parsed.
type block struct {
	attrs  map[string]*attribute
	blocks map[string]*nestedBlock
	typ    tftypes.Object
}

type attribute struct {
	jsonAttribute
	typ tftypes.Type
}

type nestedBlock struct {
	mode     string // single, group, list, set, map
	minItems int64
	maxItems int64
	block    *block
	typ      tftypes.Type
}

// resourceSchema is one resource's (or data source's) schema.
type resourceSchema struct {
	version int64
	block   *block
}

type schemas struct {
	provider    *resourceSchema
	resources   map[string]*resourceSchema
	dataSources map[string]*resourceSchema
	proto       *tfprotov5.GetProviderSchemaResponse
}

func parseBlock(b *jsonBlock, where string) (*block, error) {
	if b == nil {
		b = &jsonBlock{}
	}
	out := &block{attrs: map[string]*attribute{}, blocks: map[string]*nestedBlock{}}
	types := map[string]tftypes.Type{}
	for name, a := range b.Attributes {
		t, err := tftypes.ParseJSONType(a.Type)
		if err != nil {
			return nil, fmt.Errorf("%s.%s: type %s: %w", where, name, string(a.Type), err)
		}
		out.attrs[name] = &attribute{jsonAttribute: *a, typ: t}
		types[name] = t
	}
	for name, bt := range b.BlockTypes {
		inner, err := parseBlock(bt.Block, where+"."+name)
		if err != nil {
			return nil, err
		}
		nb := &nestedBlock{mode: bt.NestingMode, minItems: bt.MinItems, maxItems: bt.MaxItems, block: inner}
		switch bt.NestingMode {
		case "single", "group":
			nb.typ = inner.typ
		case "list":
			nb.typ = tftypes.List{ElementType: inner.typ}
		case "set":
			nb.typ = tftypes.Set{ElementType: inner.typ}
		case "map":
			nb.typ = tftypes.Map{ElementType: inner.typ}
		default:
			return nil, fmt.Errorf("%s.%s: unknown nesting mode %q", where, name, bt.NestingMode)
		}
		out.blocks[name] = nb
		types[name] = nb.typ
	}
	out.typ = tftypes.Object{AttributeTypes: types}
	return out, nil
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func (b *block) proto() *tfprotov5.SchemaBlock {
	out := &tfprotov5.SchemaBlock{}
	for _, name := range sortedKeys(b.attrs) {
		a := b.attrs[name]
		out.Attributes = append(out.Attributes, &tfprotov5.SchemaAttribute{
			Name: name, Type: a.typ, Required: a.Required, Optional: a.Optional,
			Computed: a.Computed, Sensitive: a.Sensitive, Deprecated: a.Deprecated,
		})
	}
	for _, name := range sortedKeys(b.blocks) {
		nb := b.blocks[name]
		modes := map[string]tfprotov5.SchemaNestedBlockNestingMode{
			"single": tfprotov5.SchemaNestedBlockNestingModeSingle,
			"group":  tfprotov5.SchemaNestedBlockNestingModeGroup,
			"list":   tfprotov5.SchemaNestedBlockNestingModeList,
			"set":    tfprotov5.SchemaNestedBlockNestingModeSet,
			"map":    tfprotov5.SchemaNestedBlockNestingModeMap,
		}
		out.BlockTypes = append(out.BlockTypes, &tfprotov5.SchemaNestedBlock{
			TypeName: name, Block: nb.block.proto(), Nesting: modes[nb.mode],
			MinItems: nb.minItems, MaxItems: nb.maxItems,
		})
	}
	return out
}

func parseSchema(s *jsonSchema, where string) (*resourceSchema, error) {
	if s == nil {
		return nil, fmt.Errorf("%s: no schema", where)
	}
	b, err := parseBlock(s.Block, where)
	if err != nil {
		return nil, err
	}
	return &resourceSchema{version: s.Version, block: b}, nil
}

// loadSchemas parses the committed schema file's content.
func loadSchemas(data []byte) (*schemas, error) {
	var doc jsonProviderSchemas
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("schema: not JSON: %w", err)
	}
	p, ok := doc.ProviderSchemas[providerAddress]
	if !ok {
		return nil, fmt.Errorf("schema: holds no schema for %s", providerAddress)
	}
	out := &schemas{resources: map[string]*resourceSchema{}, dataSources: map[string]*resourceSchema{}}
	var err error
	if out.provider, err = parseSchema(p.Provider, "provider"); err != nil {
		return nil, err
	}
	proto := &tfprotov5.GetProviderSchemaResponse{
		ServerCapabilities: &tfprotov5.ServerCapabilities{PlanDestroy: false},
		Provider:           &tfprotov5.Schema{Version: out.provider.version, Block: out.provider.block.proto()},
		ResourceSchemas:    map[string]*tfprotov5.Schema{},
		DataSourceSchemas:  map[string]*tfprotov5.Schema{},
	}
	for name, s := range p.ResourceSchemas {
		rs, err := parseSchema(s, name)
		if err != nil {
			return nil, err
		}
		out.resources[name] = rs
		proto.ResourceSchemas[name] = &tfprotov5.Schema{Version: rs.version, Block: rs.block.proto()}
	}
	for name, s := range p.DataSourceSchemas {
		rs, err := parseSchema(s, name)
		if err != nil {
			return nil, err
		}
		out.dataSources[name] = rs
		proto.DataSourceSchemas[name] = &tfprotov5.Schema{Version: rs.version, Block: rs.block.proto()}
	}
	if len(out.resources) == 0 {
		return nil, fmt.Errorf("schema: no resource schemas")
	}
	out.proto = proto
	return out, nil
}
