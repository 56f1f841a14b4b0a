/**
 * The review's schema rules (SCH): what Terraform itself refuses before any plan, read from the
 * provider schema the bindings come from, and resources the provider no longer has. Ids are
 * stable: never renumber, only add. The review evaluates them in src/review/engine.ts
 * (src/review/schema.ts holds the schema check).
 */
import { defineRule } from './rule';

/** The legacy CloudAudit resource, removed from the provider (last in v1.81.136). */
export const LEGACY_AUDIT = 'tencentcloud_audit';

export const SCHEMA_SOURCE = 'terraform-provider-tencentcloud v1.83.25, the resource schemas (`terraform providers schema -json`) the bindings of this library are generated from';

export const SCH_001 = defineRule({
  code: 'SCH-001',
  name: 'SchemaArguments',
  level: 'error',
  source: SCHEMA_SOURCE,
  rule: 'every argument the provider schema requires is set, with a value of its type, and every block has the items the schema allows',
  fix: 'set the argument the finding names, with a value of its type (a missing one is never assumed)',
  rationale: `Terraform refuses the configuration before any plan ("Missing required argument", "Incorrect attribute value type"), so nothing it describes is created; the review never guesses a missing value (${SCHEMA_SOURCE})`,
});

export const SCH_002 = defineRule({
  code: 'SCH-002',
  name: 'LegacyAuditResource',
  level: 'error',
  source: 'terraform-provider-tencentcloud: tencentcloud_audit deprecated in v1.78.16 ("Please use tencentcloud_audit_track instead") and deleted in v1.81.137; CloudAudit API CreateAudit (ReadWriteAttribute 1 read-only, 2 write-only, 3 read/write), https://www.tencentcloud.com/document/api/1021/34208',
  rule: 'no legacy tencentcloud_audit resource: the provider no longer has it, and its CreateAudit API is retired',
  fix: 'replace it with a tencentcloud_audit_track (name, action_type, resource_type "*", event_names ["*"], status 1, a storage block for the same bucket)',
  rationale: 'tencentcloud_audit was deprecated in provider v1.78.16 and removed in v1.81.137: with a current provider the plan fails ("The provider does not support resource type"), and with an old one it calls CreateAudit, which the CloudAudit API no longer offers; it records nothing the review can count (COV-001)',
});

export const SCHEMA_RULES = [SCH_001, SCH_002] as const;
