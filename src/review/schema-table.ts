/**
 * Generated from schema/tencentcloud-provider-schema.json (terraform-provider-tencentcloud v1.83.25, the
 * schema the bindings come from) by test/review/schema-table.test.ts: run it with UPDATE_REVIEW_SCHEMA=1
 * to regenerate. Do not edit. Each resource: its arguments ([type, required]) and blocks (item limits).
 */
import type { SchemaBlock } from './schema';

export const RESOURCE_SCHEMAS: Readonly<Record<string, SchemaBlock>> = {
  tencentcloud_audit_track: {
    attributes: {
      action_type: ['string', true],
      event_names: ['set(string)', true],
      id: ['string', false],
      name: ['string', true],
      resource_type: ['string', true],
      status: ['number', true],
      track_for_all_members: ['number', false],
    },
    blocks: {
      storage: {
        min: 1,
        max: 1,
        block: {
          attributes: {
            compress: ['number', false],
            storage_account_id: ['string', false],
            storage_app_id: ['string', false],
            storage_name: ['string', true],
            storage_prefix: ['string', true],
            storage_region: ['string', true],
            storage_type: ['string', true],
          },
          blocks: {},
        },
      },
    },
  },
  tencentcloud_cam_role: {
    attributes: {
      console_login: ['bool', false],
      description: ['string', false],
      document: ['string', true],
      id: ['string', false],
      name: ['string', true],
      session_duration: ['number', false],
      tags: ['map(string)', false],
    },
    blocks: {},
  },
  tencentcloud_cam_role_policy_attachment: {
    attributes: {
      id: ['string', false],
      policy_id: ['string', true],
      role_id: ['string', true],
    },
    blocks: {},
  },
  tencentcloud_cls_alarm: {
    attributes: {
      alarm_level: ['number', false],
      alarm_notice_ids: ['set(string)', false],
      alarm_period: ['number', true],
      classifications: ['map(string)', false],
      condition: ['string', false],
      id: ['string', false],
      message_template: ['string', false],
      name: ['string', true],
      status: ['bool', false],
      tags: ['map(string)', false],
      trigger_count: ['number', true],
    },
    blocks: {
      alarm_targets: {
        min: 1,
        block: {
          attributes: {
            end_time_offset: ['number', true],
            logset_id: ['string', true],
            number: ['number', true],
            query: ['string', true],
            start_time_offset: ['number', true],
            syntax_rule: ['number', false],
            topic_id: ['string', true],
          },
          blocks: {},
        },
      },
      analysis: {
        min: 0,
        block: {
          attributes: {
            content: ['string', true],
            name: ['string', true],
            type: ['string', true],
          },
          blocks: {
            config_info: {
              min: 0,
              block: {
                attributes: {
                  key: ['string', true],
                  value: ['string', true],
                },
                blocks: {},
              },
            },
          },
        },
      },
      call_back: {
        min: 0,
        max: 1,
        block: {
          attributes: {
            body: ['string', true],
            headers: ['set(string)', false],
          },
          blocks: {},
        },
      },
      monitor_notice: {
        min: 0,
        max: 1,
        block: {
          attributes: {},
          blocks: {
            notices: {
              min: 0,
              block: {
                attributes: {
                  alarm_levels: ['list(number)', false],
                  content_tmpl_id: ['string', false],
                  notice_id: ['string', true],
                },
                blocks: {},
              },
            },
          },
        },
      },
      monitor_time: {
        min: 1,
        max: 1,
        block: {
          attributes: {
            time: ['number', true],
            type: ['string', true],
          },
          blocks: {},
        },
      },
      multi_conditions: {
        min: 0,
        block: {
          attributes: {
            alarm_level: ['number', false],
            condition: ['string', false],
          },
          blocks: {},
        },
      },
    },
  },
  tencentcloud_cls_alarm_notice: {
    attributes: {
      alarm_shield_status: ['number', false],
      callback_prioritize: ['bool', false],
      deliver_status: ['number', false],
      id: ['string', false],
      jump_domain: ['string', false],
      name: ['string', true],
      tags: ['map(string)', false],
      type: ['string', false],
    },
    blocks: {
      deliver_config: {
        min: 0,
        max: 1,
        block: {
          attributes: {
            region: ['string', true],
            scope: ['number', false],
            topic_id: ['string', true],
          },
          blocks: {},
        },
      },
      notice_receivers: {
        min: 0,
        block: {
          attributes: {
            end_time: ['string', false],
            index: ['number', false],
            notice_content_id: ['string', false],
            receiver_channels: ['set(string)', true],
            receiver_ids: ['set(number)', true],
            receiver_type: ['string', true],
            start_time: ['string', false],
          },
          blocks: {},
        },
      },
      notice_rules: {
        min: 0,
        block: {
          attributes: {
            escalate: ['bool', false],
            interval: ['number', false],
            rule: ['string', false],
            type: ['number', false],
          },
          blocks: {
            escalate_notices: {
              min: 0,
              max: 5,
              block: {
                attributes: {
                  escalate: ['bool', false],
                  interval: ['number', false],
                  type: ['number', false],
                },
                blocks: {
                  notice_receivers: {
                    min: 0,
                    block: {
                      attributes: {
                        end_time: ['string', false],
                        index: ['number', false],
                        notice_content_id: ['string', false],
                        receiver_channels: ['set(string)', true],
                        receiver_ids: ['set(number)', true],
                        receiver_type: ['string', true],
                        start_time: ['string', false],
                      },
                      blocks: {},
                    },
                  },
                  web_callbacks: {
                    min: 0,
                    block: {
                      attributes: {
                        body: ['string', false],
                        callback_type: ['string', true],
                        headers: ['set(string)', false],
                        index: ['number', false],
                        method: ['string', false],
                        mobiles: ['set(string)', false],
                        notice_content_id: ['string', false],
                        remind_type: ['number', false],
                        url: ['string', true],
                        user_ids: ['set(string)', false],
                        web_callback_id: ['string', false],
                      },
                      blocks: {},
                    },
                  },
                },
              },
            },
            notice_receivers: {
              min: 0,
              block: {
                attributes: {
                  end_time: ['string', false],
                  index: ['number', false],
                  notice_content_id: ['string', false],
                  receiver_channels: ['set(string)', true],
                  receiver_ids: ['set(number)', true],
                  receiver_type: ['string', true],
                  start_time: ['string', false],
                },
                blocks: {},
              },
            },
            web_callbacks: {
              min: 0,
              block: {
                attributes: {
                  body: ['string', false],
                  callback_type: ['string', true],
                  headers: ['set(string)', false],
                  index: ['number', false],
                  method: ['string', false],
                  mobiles: ['set(string)', false],
                  notice_content_id: ['string', false],
                  remind_type: ['number', false],
                  url: ['string', true],
                  user_ids: ['set(string)', false],
                  web_callback_id: ['string', false],
                },
                blocks: {},
              },
            },
          },
        },
      },
      web_callbacks: {
        min: 0,
        block: {
          attributes: {
            body: ['string', false],
            callback_type: ['string', true],
            headers: ['set(string)', false],
            index: ['number', false],
            method: ['string', false],
            mobiles: ['set(string)', false],
            notice_content_id: ['string', false],
            remind_type: ['number', false],
            url: ['string', true],
            user_ids: ['set(string)', false],
            web_callback_id: ['string', false],
          },
          blocks: {},
        },
      },
    },
  },
  tencentcloud_cls_index: {
    attributes: {
      id: ['string', false],
      include_internal_fields: ['bool', false],
      metadata_flag: ['number', false],
      status: ['bool', false],
      topic_id: ['string', true],
    },
    blocks: {
      rule: {
        min: 0,
        max: 1,
        block: {
          attributes: {},
          blocks: {
            dynamic_index: {
              min: 0,
              max: 1,
              block: {
                attributes: {
                  status: ['bool', true],
                },
                blocks: {},
              },
            },
            full_text: {
              min: 0,
              max: 1,
              block: {
                attributes: {
                  case_sensitive: ['bool', true],
                  contain_z_h: ['bool', true],
                  tokenizer: ['string', true],
                },
                blocks: {},
              },
            },
            key_value: {
              min: 0,
              max: 1,
              block: {
                attributes: {
                  case_sensitive: ['bool', true],
                },
                blocks: {
                  key_values: {
                    min: 0,
                    block: {
                      attributes: {
                        key: ['string', true],
                      },
                      blocks: {
                        value: {
                          min: 0,
                          max: 1,
                          block: {
                            attributes: {
                              alias: ['string', false],
                              contain_z_h: ['bool', false],
                              open_index_for_child_only: ['bool', false],
                              sql_flag: ['bool', false],
                              tokenizer: ['string', false],
                              type: ['string', true],
                            },
                            blocks: {
                              child_node: {
                                min: 0,
                                block: {
                                  attributes: {
                                    key: ['string', false],
                                  },
                                  blocks: {
                                    value: {
                                      min: 0,
                                      max: 1,
                                      block: {
                                        attributes: {
                                          alias: ['string', false],
                                          contain_z_h: ['bool', false],
                                          open_index_for_child_only: ['bool', false],
                                          sql_flag: ['bool', false],
                                          tokenizer: ['string', false],
                                          type: ['string', true],
                                        },
                                        blocks: {
                                          child_node: {
                                            min: 0,
                                            block: {
                                              attributes: {
                                                key: ['string', false],
                                              },
                                              blocks: {
                                                value: {
                                                  min: 0,
                                                  max: 1,
                                                  block: {
                                                    attributes: {
                                                      alias: ['string', false],
                                                      contain_z_h: ['bool', false],
                                                      open_index_for_child_only: ['bool', false],
                                                      sql_flag: ['bool', false],
                                                      tokenizer: ['string', false],
                                                      type: ['string', true],
                                                    },
                                                    blocks: {
                                                      child_node: {
                                                        min: 0,
                                                        block: {
                                                          attributes: {
                                                            key: ['string', false],
                                                          },
                                                          blocks: {
                                                            value: {
                                                              min: 0,
                                                              max: 1,
                                                              block: {
                                                                attributes: {
                                                                  alias: ['string', false],
                                                                  contain_z_h: ['bool', false],
                                                                  open_index_for_child_only: ['bool', false],
                                                                  sql_flag: ['bool', false],
                                                                  tokenizer: ['string', false],
                                                                  type: ['string', true],
                                                                },
                                                                blocks: {
                                                                  child_node: {
                                                                    min: 0,
                                                                    block: {
                                                                      attributes: {
                                                                        key: ['string', false],
                                                                      },
                                                                      blocks: {
                                                                        value: {
                                                                          min: 0,
                                                                          max: 1,
                                                                          block: {
                                                                            attributes: {
                                                                              alias: ['string', false],
                                                                              contain_z_h: ['bool', false],
                                                                              open_index_for_child_only: ['bool', false],
                                                                              sql_flag: ['bool', false],
                                                                              tokenizer: ['string', false],
                                                                              type: ['string', true],
                                                                            },
                                                                            blocks: {
                                                                              child_node: {
                                                                                min: 0,
                                                                                block: {
                                                                                  attributes: {
                                                                                    key: ['string', false],
                                                                                  },
                                                                                  blocks: {
                                                                                    value: {
                                                                                      min: 0,
                                                                                      max: 1,
                                                                                      block: {
                                                                                        attributes: {
                                                                                          alias: ['string', false],
                                                                                          contain_z_h: ['bool', false],
                                                                                          open_index_for_child_only: ['bool', false],
                                                                                          sql_flag: ['bool', false],
                                                                                          tokenizer: ['string', false],
                                                                                          type: ['string', true],
                                                                                        },
                                                                                        blocks: {},
                                                                                      },
                                                                                    },
                                                                                  },
                                                                                },
                                                                              },
                                                                            },
                                                                          },
                                                                        },
                                                                      },
                                                                    },
                                                                  },
                                                                },
                                                              },
                                                            },
                                                          },
                                                        },
                                                      },
                                                    },
                                                  },
                                                },
                                              },
                                            },
                                          },
                                        },
                                      },
                                    },
                                  },
                                },
                              },
                            },
                          },
                        },
                      },
                    },
                  },
                },
              },
            },
            tag: {
              min: 0,
              max: 1,
              block: {
                attributes: {
                  case_sensitive: ['bool', true],
                },
                blocks: {
                  key_values: {
                    min: 0,
                    block: {
                      attributes: {
                        key: ['string', true],
                      },
                      blocks: {
                        value: {
                          min: 0,
                          max: 1,
                          block: {
                            attributes: {
                              alias: ['string', false],
                              contain_z_h: ['bool', false],
                              open_index_for_child_only: ['bool', false],
                              sql_flag: ['bool', false],
                              tokenizer: ['string', false],
                              type: ['string', true],
                            },
                            blocks: {
                              child_node: {
                                min: 0,
                                block: {
                                  attributes: {
                                    key: ['string', false],
                                  },
                                  blocks: {
                                    value: {
                                      min: 0,
                                      max: 1,
                                      block: {
                                        attributes: {
                                          alias: ['string', false],
                                          contain_z_h: ['bool', false],
                                          open_index_for_child_only: ['bool', false],
                                          sql_flag: ['bool', false],
                                          tokenizer: ['string', false],
                                          type: ['string', true],
                                        },
                                        blocks: {
                                          child_node: {
                                            min: 0,
                                            block: {
                                              attributes: {
                                                key: ['string', false],
                                              },
                                              blocks: {
                                                value: {
                                                  min: 0,
                                                  max: 1,
                                                  block: {
                                                    attributes: {
                                                      alias: ['string', false],
                                                      contain_z_h: ['bool', false],
                                                      open_index_for_child_only: ['bool', false],
                                                      sql_flag: ['bool', false],
                                                      tokenizer: ['string', false],
                                                      type: ['string', true],
                                                    },
                                                    blocks: {
                                                      child_node: {
                                                        min: 0,
                                                        block: {
                                                          attributes: {
                                                            key: ['string', false],
                                                          },
                                                          blocks: {
                                                            value: {
                                                              min: 0,
                                                              max: 1,
                                                              block: {
                                                                attributes: {
                                                                  alias: ['string', false],
                                                                  contain_z_h: ['bool', false],
                                                                  open_index_for_child_only: ['bool', false],
                                                                  sql_flag: ['bool', false],
                                                                  tokenizer: ['string', false],
                                                                  type: ['string', true],
                                                                },
                                                                blocks: {
                                                                  child_node: {
                                                                    min: 0,
                                                                    block: {
                                                                      attributes: {
                                                                        key: ['string', false],
                                                                      },
                                                                      blocks: {
                                                                        value: {
                                                                          min: 0,
                                                                          max: 1,
                                                                          block: {
                                                                            attributes: {
                                                                              alias: ['string', false],
                                                                              contain_z_h: ['bool', false],
                                                                              open_index_for_child_only: ['bool', false],
                                                                              sql_flag: ['bool', false],
                                                                              tokenizer: ['string', false],
                                                                              type: ['string', true],
                                                                            },
                                                                            blocks: {
                                                                              child_node: {
                                                                                min: 0,
                                                                                block: {
                                                                                  attributes: {
                                                                                    key: ['string', false],
                                                                                  },
                                                                                  blocks: {
                                                                                    value: {
                                                                                      min: 0,
                                                                                      max: 1,
                                                                                      block: {
                                                                                        attributes: {
                                                                                          alias: ['string', false],
                                                                                          contain_z_h: ['bool', false],
                                                                                          open_index_for_child_only: ['bool', false],
                                                                                          sql_flag: ['bool', false],
                                                                                          tokenizer: ['string', false],
                                                                                          type: ['string', true],
                                                                                        },
                                                                                        blocks: {},
                                                                                      },
                                                                                    },
                                                                                  },
                                                                                },
                                                                              },
                                                                            },
                                                                          },
                                                                        },
                                                                      },
                                                                    },
                                                                  },
                                                                },
                                                              },
                                                            },
                                                          },
                                                        },
                                                      },
                                                    },
                                                  },
                                                },
                                              },
                                            },
                                          },
                                        },
                                      },
                                    },
                                  },
                                },
                              },
                            },
                          },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
  tencentcloud_cls_logset: {
    attributes: {
      id: ['string', false],
      logset_name: ['string', true],
      tags: ['map(string)', false],
    },
    blocks: {},
  },
  tencentcloud_cls_topic: {
    attributes: {
      auto_split: ['bool', false],
      biz_type: ['number', false],
      describes: ['string', false],
      encryption: ['number', false],
      hot_period: ['number', false],
      id: ['string', false],
      is_web_tracking: ['bool', false],
      logset_id: ['string', true],
      max_split_partitions: ['number', false],
      partition_count: ['number', false],
      period: ['number', false],
      storage_type: ['string', false],
      tags: ['map(string)', false],
      topic_name: ['string', true],
    },
    blocks: {
      custom_kms_info: {
        min: 0,
        max: 1,
        block: {
          attributes: {
            kms_key_id: ['string', true],
            kms_region: ['string', true],
          },
          blocks: {},
        },
      },
      extends: {
        min: 0,
        max: 1,
        block: {
          attributes: {},
          blocks: {
            anonymous_access: {
              min: 0,
              max: 1,
              block: {
                attributes: {
                  operations: ['list(string)', false],
                },
                blocks: {
                  conditions: {
                    min: 0,
                    block: {
                      attributes: {
                        attributes: ['string', false],
                        condition_value: ['string', false],
                        rule: ['number', false],
                      },
                      blocks: {},
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
  tencentcloud_cos_bucket: {
    attributes: {
      acceleration_enable: ['bool', false],
      acl: ['string', false],
      acl_body: ['string', false],
      bucket: ['string', true],
      cdc_id: ['string', false],
      chdfs_ofs: ['bool', false],
      cors_response_vary: ['string', false],
      enable_intelligent_tiering: ['bool', false],
      encryption_algorithm: ['string', false],
      force_clean: ['bool', false],
      id: ['string', false],
      intelligent_tiering_days: ['number', false],
      intelligent_tiering_request_frequent: ['number', false],
      kms_id: ['string', false],
      log_enable: ['bool', false],
      log_prefix: ['string', false],
      log_target_bucket: ['string', false],
      multi_az: ['bool', false],
      replica_role: ['string', false],
      tags: ['map(string)', false],
      versioning_enable: ['bool', false],
    },
    blocks: {
      cors_rules: {
        min: 0,
        block: {
          attributes: {
            allowed_headers: ['list(string)', true],
            allowed_methods: ['list(string)', true],
            allowed_origins: ['list(string)', true],
            expose_headers: ['list(string)', false],
            max_age_seconds: ['number', false],
          },
          blocks: {},
        },
      },
      intelligent_tiering_archiving_rule_list: {
        min: 0,
        block: {
          attributes: {
            rule_id: ['string', true],
            status: ['string', true],
          },
          blocks: {
            filter: {
              min: 0,
              max: 1,
              block: {
                attributes: {
                  prefix: ['string', false],
                },
                blocks: {
                  and: {
                    min: 0,
                    max: 1,
                    block: {
                      attributes: {
                        prefix: ['string', false],
                      },
                      blocks: {
                        tag: {
                          min: 0,
                          block: {
                            attributes: {
                              key: ['string', true],
                              value: ['string', true],
                            },
                            blocks: {},
                          },
                        },
                      },
                    },
                  },
                  tag: {
                    min: 0,
                    block: {
                      attributes: {
                        key: ['string', true],
                        value: ['string', true],
                      },
                      blocks: {},
                    },
                  },
                },
              },
            },
            tiering: {
              min: 1,
              block: {
                attributes: {
                  access_tier: ['string', true],
                  days: ['number', true],
                },
                blocks: {},
              },
            },
          },
        },
      },
      lifecycle_rules: {
        min: 0,
        block: {
          attributes: {
            filter_prefix: ['string', false],
            id: ['string', false],
          },
          blocks: {
            abort_incomplete_multipart_upload: {
              min: 0,
              max: 1,
              block: {
                attributes: {
                  days_after_initiation: ['number', true],
                },
                blocks: {},
              },
            },
            expiration: {
              min: 0,
              max: 1,
              block: {
                attributes: {
                  date: ['string', false],
                  days: ['number', false],
                  delete_marker: ['bool', false],
                },
                blocks: {},
              },
            },
            non_current_expiration: {
              min: 0,
              max: 1,
              block: {
                attributes: {
                  non_current_days: ['number', false],
                },
                blocks: {},
              },
            },
            non_current_transition: {
              min: 0,
              block: {
                attributes: {
                  non_current_days: ['number', false],
                  storage_class: ['string', true],
                },
                blocks: {},
              },
            },
            transition: {
              min: 0,
              block: {
                attributes: {
                  date: ['string', false],
                  days: ['number', false],
                  storage_class: ['string', true],
                },
                blocks: {},
              },
            },
          },
        },
      },
      object_lock_configuration: {
        min: 0,
        max: 1,
        block: {
          attributes: {
            enabled: ['bool', true],
          },
          blocks: {
            rule: {
              min: 0,
              max: 1,
              block: {
                attributes: {
                  days: ['number', true],
                },
                blocks: {},
              },
            },
          },
        },
      },
      origin_domain_rules: {
        min: 0,
        block: {
          attributes: {
            domain: ['string', true],
            status: ['string', false],
            type: ['string', false],
          },
          blocks: {},
        },
      },
      origin_pull_rules: {
        min: 0,
        block: {
          attributes: {
            back_to_source_mode: ['string', false],
            custom_http_headers: ['map(string)', false],
            follow_http_headers: ['set(string)', false],
            follow_query_string: ['bool', false],
            follow_redirection: ['bool', false],
            host: ['string', true],
            http_redirect_code: ['string', false],
            prefix: ['string', false],
            priority: ['number', true],
            protocol: ['string', false],
            sync_back_to_source: ['bool', false],
          },
          blocks: {},
        },
      },
      replica_rules: {
        min: 0,
        block: {
          attributes: {
            destination_bucket: ['string', true],
            destination_encryption_kms_key_id: ['string', false],
            destination_storage_class: ['string', false],
            id: ['string', false],
            prefix: ['string', false],
            priority: ['number', false],
            status: ['string', false],
          },
          blocks: {
            delete_marker_replication: {
              min: 0,
              max: 1,
              block: {
                attributes: {
                  status: ['string', false],
                },
                blocks: {},
              },
            },
            filter: {
              min: 0,
              max: 1,
              block: {
                attributes: {
                  prefix: ['string', false],
                },
                blocks: {
                  and: {
                    min: 0,
                    max: 1,
                    block: {
                      attributes: {
                        prefix: ['string', false],
                      },
                      blocks: {
                        tag: {
                          min: 0,
                          block: {
                            attributes: {
                              key: ['string', true],
                              value: ['string', true],
                            },
                            blocks: {},
                          },
                        },
                      },
                    },
                  },
                },
              },
            },
            source_selection_criteria: {
              min: 0,
              max: 1,
              block: {
                attributes: {},
                blocks: {
                  sse_kms_encrypted_objects: {
                    min: 0,
                    max: 1,
                    block: {
                      attributes: {
                        status: ['string', false],
                      },
                      blocks: {},
                    },
                  },
                },
              },
            },
          },
        },
      },
      website: {
        min: 0,
        max: 1,
        block: {
          attributes: {
            error_document: ['string', false],
            index_document: ['string', false],
            redirect_all_requests_to: ['string', false],
          },
          blocks: {
            routing_rules: {
              min: 0,
              max: 1,
              block: {
                attributes: {},
                blocks: {
                  rules: {
                    min: 1,
                    block: {
                      attributes: {
                        condition_error_code: ['string', false],
                        condition_prefix: ['string', false],
                        redirect_protocol: ['string', false],
                        redirect_replace_key: ['string', false],
                        redirect_replace_key_prefix: ['string', false],
                      },
                      blocks: {},
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
  tencentcloud_cos_bucket_policy: {
    attributes: {
      bucket: ['string', true],
      id: ['string', false],
      policy: ['string', true],
    },
    blocks: {},
  },
  tencentcloud_eb_event_rule: {
    attributes: {
      description: ['string', false],
      enable: ['bool', false],
      event_bus_id: ['string', true],
      event_pattern: ['string', true],
      id: ['string', false],
      rule_name: ['string', true],
      tags: ['map(string)', false],
    },
    blocks: {},
  },
  tencentcloud_eb_event_target: {
    attributes: {
      batch_event_count: ['number', false],
      batch_timeout: ['number', false],
      enable_batch_delivery: ['bool', false],
      event_bus_id: ['string', true],
      id: ['string', false],
      rule_id: ['string', true],
      type: ['string', true],
    },
    blocks: {
      target_description: {
        min: 1,
        max: 1,
        block: {
          attributes: {
            resource_description: ['string', true],
          },
          blocks: {
            ckafka_target_params: {
              min: 0,
              max: 1,
              block: {
                attributes: {
                  topic_name: ['string', true],
                },
                blocks: {
                  retry_policy: {
                    min: 1,
                    max: 1,
                    block: {
                      attributes: {
                        max_retry_attempts: ['number', true],
                        retry_interval: ['number', true],
                      },
                      blocks: {},
                    },
                  },
                },
              },
            },
            es_target_params: {
              min: 0,
              max: 1,
              block: {
                attributes: {
                  index_prefix: ['string', true],
                  index_suffix_mode: ['string', true],
                  index_template_type: ['string', false],
                  net_mode: ['string', true],
                  output_mode: ['string', true],
                  rotation_interval: ['string', true],
                },
                blocks: {},
              },
            },
            scf_params: {
              min: 0,
              max: 1,
              block: {
                attributes: {
                  batch_event_count: ['number', false],
                  batch_timeout: ['number', false],
                  enable_batch_delivery: ['bool', false],
                },
                blocks: {},
              },
            },
          },
        },
      },
    },
  },
  tencentcloud_events_audit_track: {
    attributes: {
      id: ['string', false],
      name: ['string', true],
      status: ['number', true],
      track_for_all_members: ['number', false],
    },
    blocks: {
      filters: {
        min: 1,
        max: 1,
        block: {
          attributes: {},
          blocks: {
            resource_fields: {
              min: 0,
              block: {
                attributes: {
                  action_type: ['string', true],
                  event_names: ['set(string)', true],
                  resource_type: ['string', true],
                },
                blocks: {},
              },
            },
          },
        },
      },
      storage: {
        min: 1,
        max: 1,
        block: {
          attributes: {
            storage_account_id: ['string', false],
            storage_app_id: ['string', false],
            storage_name: ['string', true],
            storage_prefix: ['string', true],
            storage_region: ['string', true],
            storage_type: ['string', true],
          },
          blocks: {},
        },
      },
    },
  },
};
