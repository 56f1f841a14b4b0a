package main

// What the real provider refuses before planning, beyond Terraform's own schema check, with the
// summaries and details of terraform-plugin-sdk v2: ExactlyOneOf, AtLeastOneOf, RequiredWith,
// ConflictsWith (from the behaviour file), list/set block item limits, and the deprecation
// warnings of deprecated arguments.

import (
	"fmt"
	"sort"
	"strings"

	"github.com/hashicorp/terraform-plugin-go/tfprotov5"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
)

type configView struct{ root map[string]any }

// get resolves an SDK key (`a`, `a.b` where `a` is a block: its first element) in the config.
func (c configView) get(key string) (any, bool) {
	var cur any = c.root
	for _, part := range strings.Split(key, ".") {
		switch v := cur.(type) {
		case map[string]any:
			cur = v[part]
		case []any:
			if len(v) == 0 {
				return nil, false
			}
			m, _ := v[0].(map[string]any)
			cur = m[part]
		default:
			return nil, false
		}
	}
	if cur == nil {
		return nil, false
	}
	if l, ok := cur.([]any); ok && len(l) == 0 {
		return nil, false
	}
	return cur, true
}

func (c configView) computed(key string) bool {
	v, ok := c.get(key)
	return ok && isUnknown(v)
}

func sdkKeys(k string, others []string) []string {
	seen := map[string]bool{}
	var all []string
	for _, x := range append(append([]string{}, others...), k) {
		if !seen[x] {
			seen[x] = true
			all = append(all, x)
		}
	}
	sort.Strings(all)
	return all
}

func attrPath(key string) *tftypes.AttributePath {
	p := tftypes.NewAttributePath()
	for _, part := range strings.Split(key, ".") {
		p = p.WithAttributeName(part)
	}
	return p
}

func errorDiag(summary, detail string, path *tftypes.AttributePath) *tfprotov5.Diagnostic {
	return &tfprotov5.Diagnostic{Severity: tfprotov5.DiagnosticSeverityError, Summary: summary, Detail: detail, Attribute: path}
}

// validateResource checks a resource configuration as the SDK does.
func (p *provider) validateResource(resource string, rs *resourceSchema, config any) []*tfprotov5.Diagnostic {
	root, _ := config.(map[string]any)
	if root == nil {
		return nil
	}
	c := configView{root: root}
	var diags []*tfprotov5.Diagnostic
	rb := p.behaviors.Resources[resource]
	if rb == nil {
		return nil
	}
	for _, k := range sortedKeys(rb.Attributes) {
		b := rb.Attributes[k]
		path := attrPath(k)
		if len(b.ExactlyOneOf) > 0 {
			all := sdkKeys(k, b.ExactlyOneOf)
			var specified []string
			unknowns := 0
			for _, x := range all {
				if c.computed(x) {
					unknowns++
					continue
				}
				if _, ok := c.get(x); ok {
					specified = append(specified, x)
				}
			}
			if len(specified) == 0 && unknowns == 0 {
				diags = append(diags, errorDiag("Invalid combination of arguments", fmt.Sprintf("%q: one of `%s` must be specified", k, strings.Join(all, ",")), path))
				continue
			}
			if len(specified) > 1 {
				diags = append(diags, errorDiag("Invalid combination of arguments", fmt.Sprintf("%q: only one of `%s` can be specified, but `%s` were specified.", k, strings.Join(all, ","), strings.Join(specified, ",")), path))
				continue
			}
		}
		if len(b.AtLeastOneOf) > 0 {
			all := sdkKeys(k, b.AtLeastOneOf)
			found := false
			for _, x := range all {
				if _, ok := c.get(x); ok {
					found = true
				}
			}
			if !found {
				diags = append(diags, errorDiag("Missing required argument", fmt.Sprintf("%q: one of `%s` must be specified", k, strings.Join(all, ",")), path))
				continue
			}
		}
		raw, present := c.get(k)
		if !present {
			continue
		}
		if b.Deprecated != "" {
			diags = append(diags, &tfprotov5.Diagnostic{Severity: tfprotov5.DiagnosticSeverityWarning, Summary: "Argument is deprecated", Detail: b.Deprecated, Attribute: path})
		}
		if len(b.RequiredWith) > 0 {
			all := sdkKeys(k, b.RequiredWith)
			for _, x := range all {
				if _, ok := c.get(x); !ok {
					diags = append(diags, errorDiag("Missing required argument", fmt.Sprintf("%q: all of `%s` must be specified", k, strings.Join(all, ",")), path))
					break
				}
			}
		}
		if !whollyKnown(raw) {
			continue
		}
		for _, x := range b.ConflictsWith {
			if v, ok := c.get(x); ok && !isUnknown(v) {
				diags = append(diags, errorDiag("Conflicting configuration arguments", fmt.Sprintf("%q: conflicts with %s", k, x), path))
				break
			}
		}
	}
	diags = append(diags, itemLimits(rs.block, "", tftypes.NewAttributePath(), root)...)
	return diags
}

// itemLimits: "Too many list items" / "Not enough list items" for list and set blocks whose
// value is wholly known (the SDK skips blocks that a dynamic block may still fill).
func itemLimits(b *block, prefix string, at *tftypes.AttributePath, obj map[string]any) []*tfprotov5.Diagnostic {
	var diags []*tfprotov5.Diagnostic
	for _, name := range sortedKeys(b.blocks) {
		nb := b.blocks[name]
		if nb.mode != "list" && nb.mode != "set" {
			continue
		}
		elems, _ := obj[name].([]any)
		if obj[name] == nil || !whollyKnown(obj[name]) {
			continue
		}
		k := prefix + name
		if nb.maxItems > 0 && int64(len(elems)) > nb.maxItems {
			diags = append(diags, errorDiag("Too many list items", fmt.Sprintf("Attribute %s supports %d item maximum, but config has %d declared.", k, nb.maxItems, len(elems)), at.WithAttributeName(name)))
		}
		if nb.minItems > 0 && int64(len(elems)) < nb.minItems {
			diags = append(diags, errorDiag("Not enough list items", fmt.Sprintf("Attribute %s requires %d item minimum, but config has only %d declared.", k, nb.minItems, len(elems)), at.WithAttributeName(name)))
		}
		for i, e := range elems {
			if m, ok := e.(map[string]any); ok {
				diags = append(diags, itemLimits(nb.block, fmt.Sprintf("%s.%d.", k, i), at.WithAttributeName(name).WithElementKeyInt(i), m)...)
			}
		}
	}
	return diags
}
