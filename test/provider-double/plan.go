package main

// Planning as the real provider (terraform-plugin-sdk v2) plans: defaults applied where the
// configuration leaves an argument null, computed attributes unknown on create (and on new
// nested elements), diff suppression where the behaviour file has it (JSON equality), and a
// replacement exactly when a `force_new` path changes. Sets are compared as sets.

import (
	"encoding/json"
	"fmt"
	"math/big"
	"reflect"

	"github.com/hashicorp/terraform-plugin-go/tftypes"
)

type planner struct {
	resource string
	beh      *behaviors
	create   bool
	replace  []*tftypes.AttributePath
}

// planResource returns the planned state and the paths that require a replacement.
func (p *provider) planResource(resource string, rs *resourceSchema, prior, proposed, config any) (any, []*tftypes.AttributePath, error) {
	if proposed == nil {
		return nil, nil, nil // destroy
	}
	pl := &planner{resource: resource, beh: p.behaviors, create: prior == nil}
	planned, ok := deepCopy(proposed).(map[string]any)
	if !ok {
		return nil, nil, fmt.Errorf("planned state is not an object")
	}
	cfg, _ := config.(map[string]any)
	pr, _ := prior.(map[string]any)
	if err := pl.block(rs.block, "", tftypes.NewAttributePath(), planned, cfg, pr, pl.create); err != nil {
		return nil, nil, err
	}
	return planned, pl.replace, nil
}

func (pl *planner) block(b *block, prefix string, at *tftypes.AttributePath, planned, config, prior map[string]any, fresh bool) error {
	for _, name := range sortedKeys(b.attrs) {
		a := b.attrs[name]
		beh := pl.beh.attr(pl.resource, prefix+name)
		var cv, pv any
		if config != nil {
			cv = config[name]
		}
		if prior != nil {
			pv = prior[name]
		}
		switch {
		case cv == nil && len(beh.Default) > 0 && (a.Optional || a.Required):
			d, err := fromJSONDefault(a.typ, beh.Default)
			if err != nil {
				return fmt.Errorf("%s: default of %s%s: %w", pl.resource, prefix, name, err)
			}
			planned[name] = d
		case cv == nil && a.Computed && planned[name] == nil && fresh:
			planned[name] = unknown
		case cv == nil && !a.Computed && pv != nil && isZero(pv):
			// The SDK cannot tell an unset argument from its zero value ("", 0, false, empty
			// collections): a prior zero value stays and plans no change.
			planned[name] = pv
		case cv != nil && beh.DiffSuppress && pv != nil && jsonTextEqual(pv, cv):
			planned[name] = pv
		}
		if !pl.create && prior != nil && beh.ForceNew && !equalAs(a.typ, pv, planned[name]) {
			pl.replace = append(pl.replace, at.WithAttributeName(name))
		}
	}
	for _, name := range sortedKeys(b.blocks) {
		nb := b.blocks[name]
		beh := pl.beh.attr(pl.resource, prefix+name)
		var cv, pv any
		if config != nil {
			cv = config[name]
		}
		if prior != nil {
			pv = prior[name]
		}
		here := at.WithAttributeName(name)
		inner := prefix + name + "."
		switch nb.mode {
		case "single", "group":
			pm, _ := planned[name].(map[string]any)
			if pm != nil {
				cm, _ := cv.(map[string]any)
				prm, _ := pv.(map[string]any)
				if err := pl.block(nb.block, inner, here, pm, cm, prm, fresh || prm == nil); err != nil {
					return err
				}
			}
		case "list":
			pls, _ := planned[name].([]any)
			cls, _ := cv.([]any)
			prs, _ := pv.([]any)
			for i, e := range pls {
				pm, _ := e.(map[string]any)
				if pm == nil {
					continue
				}
				var cm, prm map[string]any
				if i < len(cls) {
					cm, _ = cls[i].(map[string]any)
				}
				if i < len(prs) {
					prm, _ = prs[i].(map[string]any)
				}
				if err := pl.block(nb.block, inner, here.WithElementKeyInt(i), pm, cm, prm, fresh || prm == nil); err != nil {
					return err
				}
			}
		case "set":
			// Set elements have no identity: an element is new unless a prior element has the same
			// configurable values; the replacement path is the whole set.
			pls, _ := planned[name].([]any)
			prs, _ := pv.([]any)
			before := len(pl.replace)
			for _, e := range pls {
				pm, _ := e.(map[string]any)
				if pm == nil {
					continue
				}
				prm := matchSetElement(nb.block, pm, prs)
				if err := pl.block(nb.block, inner, here, pm, configurable(nb.block, pm), prm, fresh || prm == nil); err != nil {
					return err
				}
			}
			pl.replace = pl.replace[:before]
			if !pl.create && prior != nil && setHasForceNew(pl, nb.block, inner) && !equalAs(nb.typ, stripComputed(nb.block, pv), stripComputed(nb.block, planned[name])) {
				pl.replace = append(pl.replace, here)
			}
		case "map":
			pmm, _ := planned[name].(map[string]any)
			cmm, _ := cv.(map[string]any)
			prmm, _ := pv.(map[string]any)
			for _, k := range sortedKeys(pmm) {
				pm, _ := pmm[k].(map[string]any)
				if pm == nil {
					continue
				}
				cm, _ := cmm[k].(map[string]any)
				prm, _ := prmm[k].(map[string]any)
				if err := pl.block(nb.block, inner, here.WithElementKeyString(k), pm, cm, prm, fresh || prm == nil); err != nil {
					return err
				}
			}
		}
		if !pl.create && prior != nil && beh.ForceNew && !equalAs(nb.typ, pv, planned[name]) {
			pl.replace = append(pl.replace, here)
		}
	}
	return nil
}

func isZero(x any) bool {
	switch v := x.(type) {
	case string:
		return v == ""
	case bool:
		return !v
	case *big.Float:
		return v.Sign() == 0
	case []any:
		return len(v) == 0
	case map[string]any:
		return len(v) == 0
	}
	return false
}

// configurable is an element with its computed-only attributes cleared (what the configuration of
// a set element holds).
func configurable(b *block, m map[string]any) map[string]any {
	out := make(map[string]any, len(m))
	for k, v := range m {
		if a := b.attrs[k]; a != nil && a.Computed && !a.Optional && !a.Required {
			continue
		}
		out[k] = v
	}
	return out
}

func stripComputed(b *block, x any) any {
	xs, ok := x.([]any)
	if !ok {
		return x
	}
	out := make([]any, len(xs))
	for i, e := range xs {
		if m, ok := e.(map[string]any); ok {
			c := configurable(b, m)
			for k, a := range b.attrs {
				if a.Computed {
					delete(c, k)
				}
			}
			out[i] = c
		} else {
			out[i] = e
		}
	}
	return out
}

func matchSetElement(b *block, elem map[string]any, prior []any) map[string]any {
	want := canonicalAs(b.typ, stripComputedOne(b, elem))
	for _, p := range prior {
		if pm, ok := p.(map[string]any); ok && canonicalAs(b.typ, stripComputedOne(b, pm)) == want {
			return pm
		}
	}
	return nil
}

func stripComputedOne(b *block, m map[string]any) map[string]any {
	return stripComputed(b, []any{m}).([]any)[0].(map[string]any)
}

func setHasForceNew(pl *planner, b *block, prefix string) bool {
	for name := range b.attrs {
		if pl.beh.attr(pl.resource, prefix+name).ForceNew {
			return true
		}
	}
	for name, nb := range b.blocks {
		if pl.beh.attr(pl.resource, prefix+name).ForceNew || setHasForceNew(pl, nb.block, prefix+name+".") {
			return true
		}
	}
	return false
}

// jsonTextEqual is the real provider's diff suppression for JSON documents (policies, ACL
// bodies, role documents): two strings holding the same JSON value are equal.
func jsonTextEqual(a, b any) bool {
	as, ok1 := a.(string)
	bs, ok2 := b.(string)
	if !ok1 || !ok2 {
		return false
	}
	if as == bs {
		return true
	}
	var av, bv any
	if json.Unmarshal([]byte(as), &av) != nil || json.Unmarshal([]byte(bs), &bv) != nil {
		return false
	}
	return reflect.DeepEqual(av, bv)
}
