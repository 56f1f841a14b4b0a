package main

// Values as plain Go data, for the planning and the cloud store: nil (null), unknownValue,
// string, *big.Float, bool, []any (list, set, tuple), map[string]any (map, object).

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"sort"

	"github.com/hashicorp/terraform-plugin-go/tfprotov5"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
)

type unknownValue struct{}

var unknown = unknownValue{}

func isUnknown(v any) bool { _, ok := v.(unknownValue); return ok }

func toGo(v tftypes.Value) (any, error) {
	if !v.IsKnown() {
		return unknown, nil
	}
	if v.IsNull() {
		return nil, nil
	}
	t := v.Type()
	switch {
	case t.Is(tftypes.String):
		var s string
		err := v.As(&s)
		return s, err
	case t.Is(tftypes.Number):
		f := new(big.Float)
		err := v.As(&f)
		return f, err
	case t.Is(tftypes.Bool):
		var b bool
		err := v.As(&b)
		return b, err
	case t.Is(tftypes.List{}), t.Is(tftypes.Set{}), t.Is(tftypes.Tuple{}):
		var elems []tftypes.Value
		if err := v.As(&elems); err != nil {
			return nil, err
		}
		out := make([]any, 0, len(elems))
		for _, e := range elems {
			g, err := toGo(e)
			if err != nil {
				return nil, err
			}
			out = append(out, g)
		}
		return out, nil
	case t.Is(tftypes.Map{}), t.Is(tftypes.Object{}):
		var elems map[string]tftypes.Value
		if err := v.As(&elems); err != nil {
			return nil, err
		}
		out := make(map[string]any, len(elems))
		for k, e := range elems {
			g, err := toGo(e)
			if err != nil {
				return nil, err
			}
			out[k] = g
		}
		return out, nil
	}
	return nil, fmt.Errorf("unsupported type %s", t)
}

func fromGo(t tftypes.Type, x any) (tftypes.Value, error) {
	if isUnknown(x) {
		return tftypes.NewValue(t, tftypes.UnknownValue), nil
	}
	if x == nil {
		return tftypes.NewValue(t, nil), nil
	}
	switch tt := t.(type) {
	case tftypes.List, tftypes.Set:
		var et tftypes.Type
		if l, ok := tt.(tftypes.List); ok {
			et = l.ElementType
		} else {
			et = tt.(tftypes.Set).ElementType
		}
		xs, ok := x.([]any)
		if !ok {
			return tftypes.Value{}, fmt.Errorf("want a list for %s, have %T", t, x)
		}
		elems := make([]tftypes.Value, 0, len(xs))
		for _, e := range xs {
			v, err := fromGo(et, e)
			if err != nil {
				return tftypes.Value{}, err
			}
			elems = append(elems, v)
		}
		return tftypes.NewValue(t, elems), nil
	case tftypes.Tuple:
		xs, ok := x.([]any)
		if !ok || len(xs) != len(tt.ElementTypes) {
			return tftypes.Value{}, fmt.Errorf("want a tuple for %s", t)
		}
		elems := make([]tftypes.Value, len(xs))
		for i, e := range xs {
			v, err := fromGo(tt.ElementTypes[i], e)
			if err != nil {
				return tftypes.Value{}, err
			}
			elems[i] = v
		}
		return tftypes.NewValue(t, elems), nil
	case tftypes.Map:
		m, ok := x.(map[string]any)
		if !ok {
			return tftypes.Value{}, fmt.Errorf("want a map for %s, have %T", t, x)
		}
		elems := make(map[string]tftypes.Value, len(m))
		for k, e := range m {
			v, err := fromGo(tt.ElementType, e)
			if err != nil {
				return tftypes.Value{}, err
			}
			elems[k] = v
		}
		return tftypes.NewValue(t, elems), nil
	case tftypes.Object:
		m, ok := x.(map[string]any)
		if !ok {
			return tftypes.Value{}, fmt.Errorf("want an object for %s, have %T", t, x)
		}
		elems := make(map[string]tftypes.Value, len(tt.AttributeTypes))
		for k, at := range tt.AttributeTypes {
			v, err := fromGo(at, m[k])
			if err != nil {
				return tftypes.Value{}, fmt.Errorf("%s: %w", k, err)
			}
			elems[k] = v
		}
		return tftypes.NewValue(t, elems), nil
	}
	switch {
	case t.Is(tftypes.String):
		switch s := x.(type) {
		case string:
			return tftypes.NewValue(t, s), nil
		case *big.Float:
			return tftypes.NewValue(t, s.Text('f', -1)), nil
		case bool:
			return tftypes.NewValue(t, fmt.Sprint(s)), nil
		}
	case t.Is(tftypes.Number):
		switch n := x.(type) {
		case *big.Float:
			return tftypes.NewValue(t, n), nil
		case float64:
			return tftypes.NewValue(t, big.NewFloat(n)), nil
		case int:
			return tftypes.NewValue(t, new(big.Float).SetInt64(int64(n))), nil
		case json.Number:
			f, _, err := big.ParseFloat(string(n), 10, 512, big.ToNearestEven)
			if err != nil {
				return tftypes.Value{}, err
			}
			return tftypes.NewValue(t, f), nil
		}
	case t.Is(tftypes.Bool):
		if b, ok := x.(bool); ok {
			return tftypes.NewValue(t, b), nil
		}
	case t.Is(tftypes.DynamicPseudoType):
		return tftypes.Value{}, fmt.Errorf("dynamic values are not supported")
	}
	return tftypes.Value{}, fmt.Errorf("cannot store %T as %s", x, t)
}

// decode reads a DynamicValue of the given type into plain Go data.
func decode(dv *tfprotov5.DynamicValue, t tftypes.Type) (any, error) {
	if dv == nil {
		return nil, nil
	}
	v, err := dv.Unmarshal(t)
	if err != nil {
		return nil, err
	}
	return toGo(v)
}

func encode(t tftypes.Type, x any) (*tfprotov5.DynamicValue, error) {
	v, err := fromGo(t, x)
	if err != nil {
		return nil, err
	}
	dv, err := tfprotov5.NewDynamicValue(t, v)
	if err != nil {
		return nil, err
	}
	return &dv, nil
}

// canonical is a value's comparable text: sets are not ordered, so lists of a set attribute are
// compared after sorting (see equalAs).
func canonical(x any) string {
	b, _ := json.Marshal(jsonable(x, false))
	return string(b)
}

// jsonable turns plain Go data into what encoding/json writes (numbers as json.Number; the
// unknown as a marker string, never stored).
func jsonable(x any, sortLists bool) any {
	switch v := x.(type) {
	case unknownValue:
		return "\x00unknown"
	case *big.Float:
		return json.Number(v.Text('g', -1))
	case []any:
		out := make([]any, len(v))
		for i, e := range v {
			out[i] = jsonable(e, sortLists)
		}
		if sortLists {
			sort.Slice(out, func(i, j int) bool { return canonical(out[i]) < canonical(out[j]) })
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(v))
		for k, e := range v {
			out[k] = jsonable(e, sortLists)
		}
		return out
	}
	return x
}

// equalAs compares two values of type t, sets as sets (at every depth).
func equalAs(t tftypes.Type, a, b any) bool {
	return canonicalAs(t, a) == canonicalAs(t, b)
}

func canonicalAs(t tftypes.Type, x any) string {
	b, _ := json.Marshal(normalizeAs(t, x))
	return string(b)
}

func normalizeAs(t tftypes.Type, x any) any {
	switch v := x.(type) {
	case nil, unknownValue:
		return jsonable(x, false)
	case []any:
		var et func(i int) tftypes.Type
		set := false
		switch tt := t.(type) {
		case tftypes.List:
			et = func(int) tftypes.Type { return tt.ElementType }
		case tftypes.Set:
			et = func(int) tftypes.Type { return tt.ElementType }
			set = true
		case tftypes.Tuple:
			et = func(i int) tftypes.Type { return tt.ElementTypes[i] }
		default:
			return jsonable(x, false)
		}
		out := make([]any, len(v))
		for i, e := range v {
			out[i] = normalizeAs(et(i), e)
		}
		if set {
			sort.Slice(out, func(i, j int) bool { return canonical(out[i]) < canonical(out[j]) })
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(v))
		for k, e := range v {
			var et tftypes.Type = tftypes.DynamicPseudoType
			switch tt := t.(type) {
			case tftypes.Map:
				et = tt.ElementType
			case tftypes.Object:
				et = tt.AttributeTypes[k]
			}
			out[k] = normalizeAs(et, e)
		}
		return out
	}
	return jsonable(x, false)
}

// copyWith copies plain Go data, each leaf through leaf (numbers are shared: they are never
// changed in place).
func copyWith(x any, leaf func(any) any) any {
	switch v := x.(type) {
	case []any:
		out := make([]any, len(v))
		for i, e := range v {
			out[i] = copyWith(e, leaf)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(v))
		for k, e := range v {
			out[k] = copyWith(e, leaf)
		}
		return out
	}
	return leaf(x)
}

func deepCopy(x any) any { return copyWith(x, func(v any) any { return v }) }

// resolveUnknowns is a copy with every unknown left by the plan null (what apply stores).
func resolveUnknowns(x any) any {
	return copyWith(x, func(v any) any {
		if isUnknown(v) {
			return nil
		}
		return v
	})
}

// whollyKnown says whether a value holds no unknown at any depth.
func whollyKnown(x any) bool {
	switch v := x.(type) {
	case unknownValue:
		return false
	case []any:
		for _, e := range v {
			if !whollyKnown(e) {
				return false
			}
		}
	case map[string]any:
		for _, e := range v {
			if !whollyKnown(e) {
				return false
			}
		}
	}
	return true
}

// fromJSONDefault converts a behaviour-file default to the attribute's type.
func fromJSONDefault(t tftypes.Type, raw json.RawMessage) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var x any
	if err := dec.Decode(&x); err != nil {
		return nil, err
	}
	return fromJSONData(t, x)
}

// fromJSONData converts decoded JSON (numbers as json.Number) to plain Go data of type t.
func fromJSONData(t tftypes.Type, x any) (any, error) {
	v, err := fromGo(t, normalizeJSON(x))
	if err != nil {
		return nil, err
	}
	return toGo(v)
}

func normalizeJSON(x any) any {
	switch v := x.(type) {
	case json.Number:
		f, _, err := big.ParseFloat(string(v), 10, 512, big.ToNearestEven)
		if err != nil {
			return nil
		}
		return f
	case float64:
		return big.NewFloat(v)
	case []any:
		out := make([]any, len(v))
		for i, e := range v {
			out[i] = normalizeJSON(e)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(v))
		for k, e := range v {
			out[k] = normalizeJSON(e)
		}
		return out
	}
	return x
}
