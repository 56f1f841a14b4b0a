package main

// The cloud store: what "the cloud" holds, on disk, so that a test can seed it (resources that
// already exist), inspect it (what apply created, with which attributes) and change it (drift).
//
//   $CLOUDAUDIT_CLOUD_STORE/<account>/<resource type>/<id>.json   {"attributes": {...}}
//   $CLOUDAUDIT_CLOUD_STORE/<account>/account.json                (optional) {"uin", "app_id", "owner_uin", "name"}
//   $CLOUDAUDIT_CLOUD_STORE/<account>/<resource type>/<id>.objects (optional) objects in a bucket: one name a line
//   $CLOUDAUDIT_CLOUD_STORE/<account>/.sequence                   the last id handed out
//
// The account is the uin of the provider's assume_role ARN, else its profile name, else "default".
// Attributes are the resource's Terraform attributes (the state the real provider's Read builds).

import (
	"encoding/json"
	"fmt"
	"math/big"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

const storeEnv = "CLOUDAUDIT_CLOUD_STORE"

type store struct {
	root    string
	account string
	region  string
}

var roleArnUin = regexp.MustCompile(`uin/(\d+)`)

// accountOf names the account a provider configuration acts in.
func accountOf(config map[string]any) string {
	if config != nil {
		if ar, ok := config["assume_role"].([]any); ok && len(ar) > 0 {
			if m, ok := ar[0].(map[string]any); ok {
				if arn, ok := m["role_arn"].(string); ok {
					if mm := roleArnUin.FindStringSubmatch(arn); mm != nil {
						return mm[1]
					}
				}
			}
		}
		if p, ok := config["profile"].(string); ok && p != "" {
			return "profile-" + p
		}
	}
	return "default"
}

func (p *provider) store() (*store, error) {
	root := os.Getenv(storeEnv)
	if root == "" {
		return nil, fmt.Errorf("the provider double has no cloud store: set %s to a folder (the tests' lifecycle helpers do)", storeEnv)
	}
	region, _ := p.config["region"].(string)
	if region == "" {
		region = os.Getenv("TENCENTCLOUD_REGION")
	}
	return &store{root: root, account: accountOf(p.config), region: region}, nil
}

// fileName is an id as a file name: letters, digits, '-' and '_' as they are, every other byte
// as %XX.
func fileName(id string) string {
	var b strings.Builder
	for i := 0; i < len(id); i++ {
		c := id[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

func (s *store) dir(resource string) string { return filepath.Join(s.root, s.account, resource) }

func (s *store) path(resource, id string) string {
	return filepath.Join(s.dir(resource), fileName(id)+".json")
}

type storedResource struct {
	Attributes map[string]any `json:"attributes"`
}

// get returns the stored attributes (JSON data, numbers as json.Number) or nil when absent.
func (s *store) get(resource, id string) (map[string]any, error) {
	data, err := os.ReadFile(s.path(resource, id))
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	dec := json.NewDecoder(strings.NewReader(string(data)))
	dec.UseNumber()
	var r storedResource
	if err := dec.Decode(&r); err != nil {
		return nil, fmt.Errorf("cloud store: %s: %w", s.path(resource, id), err)
	}
	if r.Attributes == nil {
		r.Attributes = map[string]any{}
	}
	return r.Attributes, nil
}

func (s *store) put(resource, id string, attrs map[string]any) error {
	if err := os.MkdirAll(s.dir(resource), 0o755); err != nil {
		return err
	}
	data, err := json.MarshalIndent(storedResource{Attributes: jsonable(attrs, false).(map[string]any)}, "", " ")
	if err != nil {
		return err
	}
	tmp := s.path(resource, id) + ".tmp"
	if err := os.WriteFile(tmp, append(data, '\n'), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, s.path(resource, id))
}

func (s *store) remove(resource, id string) error {
	err := os.Remove(s.path(resource, id))
	if os.IsNotExist(err) {
		return nil
	}
	return err
}

// list returns the ids of the stored resources of a type.
func (s *store) list(resource string) ([]string, error) {
	entries, err := os.ReadDir(s.dir(resource))
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var ids []string
	for _, e := range entries {
		if name, ok := strings.CutSuffix(e.Name(), ".json"); ok {
			id, err := url.PathUnescape(name)
			if err == nil {
				ids = append(ids, id)
			}
		}
	}
	sort.Strings(ids)
	return ids, nil
}

// objects lists what a bucket holds (a test seeds `<id>.objects`).
func (s *store) objects(resource, id string) []string {
	data, err := os.ReadFile(filepath.Join(s.dir(resource), fileName(id)+".objects"))
	if err != nil {
		return nil
	}
	var out []string
	for _, l := range strings.Split(string(data), "\n") {
		if strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
	}
	return out
}

// next hands out the account's next sequence number: ids are deterministic in the order of
// creation.
func (s *store) next() (int, error) {
	file := filepath.Join(s.root, s.account, ".sequence")
	n := 0
	if data, err := os.ReadFile(file); err == nil {
		n, _ = strconv.Atoi(strings.TrimSpace(string(data)))
	}
	n++
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		return 0, err
	}
	return n, os.WriteFile(file, []byte(strconv.Itoa(n)+"\n"), 0o644)
}

type accountInfo struct {
	Uin      string `json:"uin"`
	AppID    string `json:"app_id"`
	OwnerUin string `json:"owner_uin"`
	Name     string `json:"name"`
}

// info is the account's identity: account.json when seeded, else derived from the account name.
func (s *store) info() accountInfo {
	var a accountInfo
	if data, err := os.ReadFile(filepath.Join(s.root, s.account, "account.json")); err == nil {
		_ = json.Unmarshal(data, &a)
	}
	if a.Uin == "" {
		if _, err := strconv.Atoi(s.account); err == nil {
			a.Uin = s.account
		} else {
			a.Uin = "100000000001"
		}
	}
	if a.AppID == "" {
		a.AppID = "1250000000"
	}
	if a.OwnerUin == "" {
		a.OwnerUin = a.Uin
	}
	if a.Name == "" {
		a.Name = "account-" + a.Uin
	}
	return a
}

// attrsToValue converts stored JSON attributes to plain Go data of the resource's type.
func attrsToValue(b *block, attrs map[string]any) (any, error) {
	return fromJSONData(b.typ, attrs)
}

func num(n int) *big.Float { return new(big.Float).SetInt64(int64(n)) }

// cosRegions is the seeded list of COS delivery regions, or the default.
func (s *store) cosRegions(def []string) []string {
	data, err := os.ReadFile(filepath.Join(s.root, s.account, "cos-regions.json"))
	if err != nil {
		return def
	}
	var list []string
	if json.Unmarshal(data, &list) != nil {
		return def
	}
	return list
}
