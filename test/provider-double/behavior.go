package main

// The real provider's per-attribute behaviour (schema/tencentcloud-provider-behavior.json, read
// from its SDKv2 schema code): ForceNew, defaults, diff suppression and the cross-argument
// constraints, by attribute path (`block.attr` inside nested blocks).

import (
	"encoding/json"
	"fmt"
)

type attrBehavior struct {
	ForceNew      bool            `json:"force_new"`
	Default       json.RawMessage `json:"default"`
	DiffSuppress  bool            `json:"diff_suppress"`
	StateFunc     bool            `json:"state_func"`
	HasValidate   bool            `json:"has_validate"`
	ConflictsWith []string        `json:"conflicts_with"`
	ExactlyOneOf  []string        `json:"exactly_one_of"`
	AtLeastOneOf  []string        `json:"at_least_one_of"`
	RequiredWith  []string        `json:"required_with"`
	Deprecated    string          `json:"deprecated"`
}

type resourceBehavior struct {
	Attributes       map[string]*attrBehavior `json:"attributes"`
	Importable       bool                     `json:"importable"`
	HasUpdate        bool                     `json:"has_update"`
	HasCustomizeDiff bool                     `json:"has_customize_diff"`
}

type behaviors struct {
	Resources map[string]*resourceBehavior `json:"resources"`
}

func loadBehaviors(data []byte, s *schemas) (*behaviors, error) {
	var b behaviors
	if err := json.Unmarshal(data, &b); err != nil {
		return nil, fmt.Errorf("behaviour file: not JSON: %w", err)
	}
	if len(b.Resources) == 0 {
		return nil, fmt.Errorf("behaviour file: no resources")
	}
	for name := range s.resources {
		if b.Resources[name] == nil {
			return nil, fmt.Errorf("behaviour file: no entry for %s", name)
		}
	}
	return &b, nil
}

// attr is the behaviour of one attribute path of a resource; never nil.
func (b *behaviors) attr(resource, path string) *attrBehavior {
	if r := b.Resources[resource]; r != nil {
		if a := r.Attributes[path]; a != nil {
			return a
		}
	}
	return &attrBehavior{}
}
