package main

// What each resource type's create gives back: its id (in the real provider's format, so that
// import blocks written for the real provider resolve here) and the computed attributes the
// cloud fills in. Anything not named here that is computed and unset stays null.

import (
	"fmt"
	"time"
)

// created is the clock of the double: fixed, so that stored state is deterministic.
var created = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

func createdAt(seq int) string {
	return created.Add(time.Duration(seq) * time.Second).Format("2006-01-02 15:04:05")
}

func uuidFor(kind string, seq int) string {
	h := uint32(2166136261)
	for _, c := range kind {
		h = (h ^ uint32(c)) * 16777619
	}
	return fmt.Sprintf("%08x-%04x-4%03x-8%03x-%012x", h, seq&0xffff, seq>>16&0xfff, len(kind)&0xfff, seq)
}

func str(m map[string]any, k string) string {
	s, _ := m[k].(string)
	return s
}

// onCreate fills the id and the computed attributes of a new resource; seq is the account's
// next sequence number.
func onCreate(resource string, s *store, seq int, m map[string]any) (string, error) {
	info := s.info()
	setIfUnknown := func(k string, v any) {
		if isUnknown(m[k]) || m[k] == nil {
			m[k] = v
		}
	}
	var id string
	switch resource {
	case "tencentcloud_audit_track", "tencentcloud_events_audit_track":
		id = fmt.Sprint(30000 + seq)
		if resource == "tencentcloud_audit_track" {
			setIfUnknown("create_time", createdAt(seq))
		} else {
			setIfUnknown("track_id", num(30000+seq))
		}
	case "tencentcloud_cos_bucket":
		id = str(m, "bucket")
		region := s.region
		if region == "" {
			region = "ap-guangzhou"
		}
		setIfUnknown("cos_bucket_url", fmt.Sprintf("%s.cos.%s.myqcloud.com", id, region))
	case "tencentcloud_cos_bucket_policy":
		id = str(m, "bucket")
	case "tencentcloud_cls_logset":
		id = uuidFor("logset", seq)
		setIfUnknown("create_time", createdAt(seq))
		setIfUnknown("topic_count", num(0))
		setIfUnknown("role_name", "")
	case "tencentcloud_cls_topic":
		id = uuidFor("topic", seq)
	case "tencentcloud_cls_alarm":
		id = fmt.Sprintf("alarm-%08x", seq)
	case "tencentcloud_cls_alarm_notice":
		id = fmt.Sprintf("notice-%08x", seq)
	case "tencentcloud_cls_index":
		id = str(m, "topic_id")
	case "tencentcloud_cam_role":
		id = fmt.Sprint(4611686018427000000 + int64(seq))
		setIfUnknown("role_arn", fmt.Sprintf("qcs::cam::uin/%s:roleName/%s", info.Uin, str(m, "name")))
		setIfUnknown("create_time", createdAt(seq))
		setIfUnknown("update_time", createdAt(seq))
	case "tencentcloud_cam_role_policy_attachment":
		id = str(m, "role_id") + "#" + fmt.Sprint(jsonable(m["policy_id"], false))
		setIfUnknown("create_mode", num(1))
		setIfUnknown("create_time", createdAt(seq))
		setIfUnknown("policy_name", "")
		setIfUnknown("policy_type", "QCS")
	case "tencentcloud_eb_event_rule":
		rule := fmt.Sprintf("rule-%08x", seq)
		setIfUnknown("rule_id", rule)
		id = str(m, "event_bus_id") + "#" + rule
	case "tencentcloud_eb_event_target":
		id = str(m, "event_bus_id") + "#" + str(m, "rule_id") + "#" + fmt.Sprintf("target-%08x", seq)
	default:
		id = fmt.Sprintf("%s-%d", resource, seq)
	}
	if id == "" {
		return "", fmt.Errorf("%s: the create has no name to derive its id from", resource)
	}
	m["id"] = id
	return id, nil
}
