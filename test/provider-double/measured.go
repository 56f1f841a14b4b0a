package main

// The measured behaviours of the real provider (v1.82.102 build, code paths unchanged in
// v1.83.25) that a user meets at apply time, each named once here so that a test against the
// double shows what the real provider does. See README.md, "Measured behaviours".

import (
	"encoding/json"
	"fmt"
	"strings"
)

// sdkError is how the real provider reports a Tencent Cloud API error.
func sdkError(code, message string) error {
	return fmt.Errorf("[TencentCloudSDKError] Code=%s, Message=%s, RequestId=provider-double", code, message)
}

// Behaviour "perpetual-diff-cross-account": tencentcloud_events_audit_track's Read never sets
// storage.storage_account_id / storage.storage_app_id (DescribeAuditTrack returns them), so
// with cross-account storage every plan shows them added and every apply sends a Modify.
func readDropsCrossAccountStorage(resource string, state map[string]any) {
	if resource != "tencentcloud_events_audit_track" {
		return
	}
	if storage, ok := state["storage"].([]any); ok {
		for _, e := range storage {
			if m, ok := e.(map[string]any); ok {
				m["storage_account_id"] = nil
				m["storage_app_id"] = nil
			}
		}
	}
}

// Behaviour "event-pattern-reserialized": the EventBridge API stores a rule's event_pattern as
// parsed JSON and returns it re-serialized (compact, keys sorted); the provider has no diff
// suppression on event_pattern, so a pattern written in another form plans a change forever.
func storeEventPattern(resource string, m map[string]any) {
	if resource != "tencentcloud_eb_event_rule" {
		return
	}
	if p, ok := m["event_pattern"].(string); ok {
		var v any
		if json.Unmarshal([]byte(p), &v) == nil {
			var b strings.Builder
			enc := json.NewEncoder(&b) // sorts object keys
			enc.SetEscapeHTML(false)
			if enc.Encode(v) == nil {
				m["event_pattern"] = strings.TrimSuffix(b.String(), "\n")
			}
		}
	}
}

// Behaviour "read-error-when-gone": after a tracking set, a CLS logset or a CLS topic is deleted
// outside Terraform, the provider's Read returns the API error instead of removing the resource
// from the state, so every plan fails. (COS buckets and EventBridge rules drop out cleanly and
// are re-created.)
func readErrorWhenGone(resource, id string) error {
	switch resource {
	case "tencentcloud_audit_track", "tencentcloud_events_audit_track":
		return sdkError("ResourceNotFound.AuditNotExist", "tracking set does not exist")
	case "tencentcloud_cls_logset", "tencentcloud_cls_topic":
		// The wording is the double's; that the read fails (after clearing the id) is measured.
		return fmt.Errorf("%s %s does not exist (read failed after clearing the id)", strings.TrimPrefix(resource, "tencentcloud_"), id)
	}
	return nil
}

// Behaviour "rename-refused": tencentcloud_audit_track.name is not ForceNew, so a rename plans an
// in-place update, which the API refuses at apply.
func renameRefused(resource string, prior, planned map[string]any) error {
	if resource == "tencentcloud_audit_track" && str(prior, "name") != str(planned, "name") {
		return sdkError("InvalidParameterValue.AuditTrackNameNotSupportModify", "tracking set name cannot be modified")
	}
	return nil
}

// trackQuota is CloudAudit's tracking-set quota per account.
const trackQuota = 5

// Behaviour "track-quota": CreateAuditTrack / CreateEventsAuditTrack beyond the account's quota
// fail with LimitExceeded.OverAmount (not retried); a name already used fails with
// InvalidParameterValue.AliasAlreadyExists.
func trackCreateRefused(resource string, s *store, name string) error {
	if resource != "tencentcloud_audit_track" && resource != "tencentcloud_events_audit_track" {
		return nil
	}
	count := 0
	for _, t := range []string{"tencentcloud_audit_track", "tencentcloud_events_audit_track"} {
		ids, err := s.list(t)
		if err != nil {
			return err
		}
		for _, id := range ids {
			count++
			if attrs, _ := s.get(t, id); attrs != nil && str(attrs, "name") == name {
				return sdkError("InvalidParameterValue.AliasAlreadyExists", fmt.Sprintf("tracking set name %s already exists", name))
			}
		}
	}
	if count >= trackQuota {
		return sdkError("LimitExceeded.OverAmount", "exceeded the maximum number of tracking sets")
	}
	return nil
}

// Behaviour "bucket-not-empty": deleting a bucket that holds objects (any delivered log) fails
// with 409 BucketNotEmpty; nothing retries it.
func bucketDeleteRefused(resource string, s *store, id string) error {
	if resource != "tencentcloud_cos_bucket" {
		return nil
	}
	if objs := s.objects(resource, id); len(objs) > 0 {
		return fmt.Errorf("DELETE https://%s.cos.%s.myqcloud.com/: 409 BucketNotEmpty(Message: The bucket you tried to delete is not empty, %d object(s) such as %s)", id, s.region, len(objs), strings.TrimSpace(objs[0]))
	}
	return nil
}
