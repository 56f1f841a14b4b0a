/**
 * An independent re-check of a synthesized document against the CloudAudit, COS and CLS API rules,
 * written from the documentation, NOT from src/rules (which it must never import): if a rule
 * there is wrong, this disagrees. Sources, quoted:
 * - CreateAuditTrack (tencentcloud.com/document/product/1021/45906, 2025-10-30):
 *   Name "can only contain 3-48 letters, digits, hyphens, and underscores"; ActionType
 *   "Read: Read; Write: Write; *: All"; ResourceType "a single product such as cos, or *";
 *   Status "0: Not enabled; 1: Enabled"; EventNames "When ResourceType is *, the value of
 *   EventNames must be *. When ResourceType is a specified product, the value of EventNames can be
 *   *. When ResourceType is cos or cls, up to 10 APIs are supported"; TrackForAllMembers 0 or 1.
 * - SDK Storage (CloudAudit API data type Storage, SDK cloudaudit v20190319): StorageType cos|cls; for cos StorageName is the bucket name WITHOUT
 *   "-APPID", lowercase letters, digits and "-", at most 50, not starting or ending with "-"; for
 *   cls the topic ID, 1-50 characters; cos StoragePrefix letters and digits only, 3-40.
 * - Facts §11: full COS bucket `^[a-z0-9]([a-z0-9-]*[a-z0-9])?-[0-9]{10}$`, at most 60; CLS
 *   logset name at most 255 without "|"; topic name not empty, no "|", not one of the five
 *   reserved names; Period 1-3600 or 3640 (permanent); HotPeriod 0, or >= 7 and < Period.
 * - Cross-account delivery: StorageAccountId is the account UIN (digits), StorageAppId the APPID.
 */

const RESERVED_TOPICS = new Set(['cls_service_log', 'loglistener_status', 'loglistener_alarm', 'loglistener_business', 'cls_service_metric']);

/** A Terraform expression (`${…}`): unknown until apply, so not checkable here. */
function isRef(v: unknown): boolean {
  return typeof v === 'string' && v.includes('${');
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}
function isLower(c: string): boolean {
  return c >= 'a' && c <= 'z';
}
function isLetter(c: string): boolean {
  return isLower(c) || (c >= 'A' && c <= 'Z');
}
function allChars(s: string, ok: (c: string) => boolean): boolean {
  for (const c of s) if (!ok(c)) return false;
  return true;
}

function trackNameOk(name: unknown): boolean {
  return typeof name === 'string' && name.length >= 3 && name.length <= 48 && allChars(name, (c) => isLetter(c) || isDigit(c) || c === '-' || c === '_');
}

/** Lowercase letters, digits and "-", neither first nor last "-". */
function cosNameOk(name: string, max: number): boolean {
  return name.length >= 1 && name.length <= max && allChars(name, (c) => isLower(c) || isDigit(c) || c === '-') && !name.startsWith('-') && !name.endsWith('-');
}

function digitsOnly(s: unknown, length?: number): boolean {
  return typeof s === 'string' && s.length > 0 && allChars(s, isDigit) && (length === undefined || s.length === length);
}

function checkSelector(rt: unknown, at: unknown, names: unknown, where: string, out: string[]): void {
  if (!['Read', 'Write', '*'].includes(at as string)) out.push(`${where}: action_type ${JSON.stringify(at)} is not Read, Write or *`);
  if (typeof rt !== 'string' || rt.length === 0) { out.push(`${where}: resource_type missing`); return; }
  // One product code (e.g. "cos", "cvm"), or "*": no separators, no spaces, lowercase.
  if (rt !== '*' && !(isLower(rt[0]) && allChars(rt, (c) => isLower(c) || isDigit(c) || c === '-' || c === '_'))) {
    out.push(`${where}: resource_type ${JSON.stringify(rt)} is not "*" nor a single product code`);
  }
  if (!Array.isArray(names)) { out.push(`${where}: event_names is not a list`); return; }
  if (rt === '*') {
    if (names.length !== 1 || names[0] !== '*') out.push(`${where}: resource_type "*" needs event_names ["*"], got ${JSON.stringify(names)}`);
    return;
  }
  if (names.length === 0) out.push(`${where}: event_names is empty`);
  if (names.includes('*') && names.length !== 1) out.push(`${where}: "*" mixed with API names`);
  if (!names.includes('*') && names.length > 10) out.push(`${where}: ${names.length} API names, at most 10`);
  if (new Set(names).size !== names.length) out.push(`${where}: an API name is listed twice`);
  for (const n of names) {
    if (typeof n !== 'string' || n.length === 0 || /\s/.test(n)) out.push(`${where}: API name ${JSON.stringify(n)} is blank or has whitespace`);
  }
}

function checkStorage(storage: any, trackForAll: unknown, where: string, out: string[]): void {
  if (typeof storage !== 'object' || storage === null) { out.push(`${where}: storage missing`); return; }
  const { storage_type: type, storage_name: name, storage_prefix: prefix, storage_region: region } = storage;
  if (type !== 'cos' && type !== 'cls') out.push(`${where}: storage_type ${JSON.stringify(type)} is not cos or cls`);
  if (typeof region !== 'string' || !/^[a-z]+-[a-z-]+$/.test(region)) out.push(`${where}: storage_region ${JSON.stringify(region)} is not a region id`);
  if (type === 'cos' && !isRef(name)) {
    if (typeof name !== 'string' || !cosNameOk(name, 50)) out.push(`${where}: cos storage_name ${JSON.stringify(name)} is not a bucket name`);
    else if (/-[0-9]{10}$/.test(name)) out.push(`${where}: cos storage_name ${JSON.stringify(name)} carries an APPID suffix`);
  }
  if (type === 'cls' && !isRef(name) && (typeof name !== 'string' || name.length < 1 || name.length > 50)) out.push(`${where}: cls storage_name is not a 1-50 character topic ID`);
  if (type === 'cos' && !isRef(prefix) && !(typeof prefix === 'string' && prefix.length >= 3 && prefix.length <= 40 && allChars(prefix, (c) => isLetter(c) || isDigit(c)))) {
    out.push(`${where}: cos storage_prefix ${JSON.stringify(prefix)} is not 3-40 letters and digits`);
  }
  if (type === 'cls' && (typeof prefix !== 'string' || prefix.trim().length === 0)) out.push(`${where}: cls storage_prefix is empty`);
  const account = storage.storage_account_id;
  const app = storage.storage_app_id;
  if ((account === undefined) !== (app === undefined)) out.push(`${where}: storage_account_id and storage_app_id must come together`);
  if (account !== undefined && !isRef(account) && !digitsOnly(account)) out.push(`${where}: storage_account_id ${JSON.stringify(account)} is not a UIN`);
  if (app !== undefined && !isRef(app) && !digitsOnly(app, 10)) out.push(`${where}: storage_app_id ${JSON.stringify(app)} is not a 10-digit APPID`);
  if (trackForAll !== undefined && trackForAll !== 0 && trackForAll !== 1) out.push(`${where}: track_for_all_members is not 0 or 1`);
}

/** Every API rule broken by a synthesized document, one line each; empty when it is sound. */
export function oracleProblems(doc: any): string[] {
  const out: string[] = [];
  const r = doc.resource ?? {};
  const names = new Map<string, string>();
  const tracks: Array<[string, any]> = [
    ...Object.entries<any>(r.tencentcloud_audit_track ?? {}).map(([k, v]): [string, any] => [`tencentcloud_audit_track.${k}`, v]),
    ...Object.entries<any>(r.tencentcloud_events_audit_track ?? {}).map(([k, v]): [string, any] => [`tencentcloud_events_audit_track.${k}`, v]),
  ];
  for (const [where, t] of tracks) {
    if (!isRef(t.name)) {
      if (!trackNameOk(t.name)) out.push(`${where}: name ${JSON.stringify(t.name)} is not 3-48 letters, digits, "-" and "_"`);
      if (names.has(t.name)) out.push(`${where}: name "${t.name}" is also used by ${names.get(t.name)}`);
      names.set(t.name, where);
    }
    if (t.status !== 0 && t.status !== 1) out.push(`${where}: status ${JSON.stringify(t.status)} is not 0 or 1`);
    if (where.startsWith('tencentcloud_audit_track')) {
      checkSelector(t.resource_type, t.action_type, t.event_names, where, out);
    } else {
      const fields = t.filters?.resource_fields;
      if (!Array.isArray(fields) || fields.length === 0) out.push(`${where}: filters.resource_fields is empty`);
      else fields.forEach((f: any, i: number) => checkSelector(f.resource_type, f.action_type, f.event_names, `${where}.filters.resource_fields[${i}]`, out));
    }
    checkStorage(t.storage, t.track_for_all_members, where, out);
  }
  for (const [k, b] of Object.entries<any>(r.tencentcloud_cos_bucket ?? {})) {
    const where = `tencentcloud_cos_bucket.${k}`;
    const name = b.bucket;
    if (typeof name !== 'string') { out.push(`${where}: bucket missing`); continue; }
    // With a literal APPID the whole name is checkable; with "<name>-${data.…app_id}" the part before it.
    const m = /^(.*)-\$\{[^}]+\}$/.exec(name);
    if (m) {
      if (!cosNameOk(m[1], 49)) out.push(`${where}: bucket ${JSON.stringify(name)}: "${m[1]}" is not a bucket name of at most 49`);
    } else if (!isRef(name)) {
      const full = /^(.+)-([0-9]{10})$/.exec(name);
      if (!full || name.length > 60 || !cosNameOk(full[1], 49)) out.push(`${where}: bucket ${JSON.stringify(name)} is not "<name>-<10-digit APPID>" of at most 60`);
    }
  }
  for (const [k, l] of Object.entries<any>(r.tencentcloud_cls_logset ?? {})) {
    const n = l.logset_name;
    if (!isRef(n) && (typeof n !== 'string' || n.trim().length === 0 || n.length > 255 || n.includes('|'))) out.push(`tencentcloud_cls_logset.${k}: logset_name ${JSON.stringify(n)} breaks 1-255 without "|"`);
  }
  for (const [k, t] of Object.entries<any>(r.tencentcloud_cls_topic ?? {})) {
    const where = `tencentcloud_cls_topic.${k}`;
    const n = t.topic_name;
    if (!isRef(n) && (typeof n !== 'string' || n.trim().length === 0 || n.includes('|') || RESERVED_TOPICS.has(n))) out.push(`${where}: topic_name ${JSON.stringify(n)} is empty, has "|" or is reserved`);
    const period = t.period;
    if (period !== undefined && !(Number.isInteger(period) && ((period >= 1 && period <= 3600) || period === 3640))) out.push(`${where}: period ${period} is not 1-3600 or 3640`);
    const hot = t.hot_period;
    if (hot !== undefined && !(Number.isInteger(hot) && (hot === 0 || (hot >= 7 && (period === undefined || hot < period))))) out.push(`${where}: hot_period ${hot} is not 0 nor 7..period-1`);
  }
  return out;
}
