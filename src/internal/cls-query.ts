/**
 * CLS queries over CloudAudit log fields, correct by construction: a query is a small tree (search
 * terms, then one SQL analysis) rendered by this module only, never by concatenating caller input.
 * Values are quoted and escaped here; field names come from the registry below, never from input.
 * Pure TypeScript: no cdktf (the review reads queries with `queriedFields`).
 *
 * Syntax (CLS documentation):
 * - search statement (CQL): `key:"value"` (phrase in double quotes; `\` escapes `"` and `\`),
 *   `key:123` for numeric fields, `AND`, `OR`, `NOT`, parentheses, `*` for every log;
 * - analysis statement after `|`: `select … where … group by … having … order by … limit …`
 *   (keywords lower case, as the presets have always written them),
 *   field names in double quotes, string literals in single quotes (a `'` doubled);
 * - CIDR matching: `is_subnet_of('<range>', "<field>")` (CLS IP Geographic Function, IP range
 *   functions); the CLS page states IPv4 support for its IP address functions and is silent for
 *   the range functions, so IPv6 ranges are tested only against addresses containing ":", and
 *   IPv4 ranges only against the others (a family mismatch is never asked of CLS).
 */

/** How CLS indexes a field (key-value index `value.type`: long, text or double). */
export type IndexType = 'text' | 'long';

/** One CloudAudit log field as the queries use it. */
export interface AuditLogField {
  /** The CLS key: nested fields joined with ".", e.g. `userIdentity.type`. */
  readonly key: string;
  readonly type: IndexType;
  /** The path of the field in an EventBridge event (`data` holds the raw CloudAudit log). */
  readonly eventPath: readonly string[];
  /** Where the field and its values are documented. */
  readonly source: string;
}

const APPENDIX = 'CloudAudit, Viewing Event Details in Operation Record, appendix (https://www.tencentcloud.com/document/product/1021/40499)';
const SAMPLE = 'CloudAudit API LookUpEvents, output sample (https://www.tencentcloud.com/document/api/1021/34200)';

function field(key: string, type: IndexType, source: string): AuditLogField {
  return { key, type, eventPath: ['data', ...key.split('.')], source };
}

/**
 * The CloudAudit log fields the detections read, each with its source. Nested fields of
 * `userIdentity` are indexed as `userIdentity.<name>` (CLS flattens nested JSON keys with "."; that
 * CloudAudit's delivery to CLS keeps the nesting of the documented event is UNVERIFIED).
 */
export const AUDIT_FIELDS = {
  /** The product (`cam`, `cos`, …). */
  resourceType: field('resourceType', 'text', APPENDIX),
  /** The API name. */
  eventName: field('eventName', 'text', APPENDIX),
  /** `ConsoleCall`, `ApiCall` or `MiniProgramCall`. */
  eventType: field('eventType', 'text', APPENDIX),
  /** `Read` or `Write`. */
  actionType: field('actionType', 'text', APPENDIX),
  /** `Root` for the root account (the appendix does not list the field; the API sample shows it). */
  callerType: field('userIdentity.type', 'text', SAMPLE),
  /** The operator: root account ID, sub-user ID or role ID. */
  principalId: field('userIdentity.principalId', 'text', APPENDIX),
  /** The root account ID. */
  accountId: field('userIdentity.accountId', 'text', APPENDIX),
  /** The source IP address of the call. */
  sourceIPAddress: field('sourceIPAddress', 'text', APPENDIX),
  /** The client (e.g. `SDK_GO_1.0.374`). */
  userAgent: field('userAgent', 'text', APPENDIX),
  /** The signature / authentication (CAM) error code: 0 when the call was authorized. */
  errorCode: field('errorCode', 'long', APPENDIX),
  /** 1 for a platform event, 0 otherwise. */
  eventPlatform: field('eventPlatform', 'long', APPENDIX),
} as const;

/** Every registry field by key. */
export const FIELDS_BY_KEY: ReadonlyMap<string, AuditLogField> = new Map(Object.values(AUDIT_FIELDS).map((f) => [f.key, f]));

// ------------------------------------------------------------------ search statement

/** A search term: a field equal to a value, one of values, or a combination. */
export type SearchTerm =
  | { readonly op: 'eq'; readonly field: AuditLogField; readonly value: string | number }
  | { readonly op: 'in'; readonly field: AuditLogField; readonly values: readonly string[] }
  | { readonly op: 'and' | 'or'; readonly terms: readonly SearchTerm[] }
  | { readonly op: 'not'; readonly term: SearchTerm };

export const eq = (f: AuditLogField, value: string | number): SearchTerm => ({ op: 'eq', field: f, value });
export const oneOf = (f: AuditLogField, values: readonly string[]): SearchTerm => ({ op: 'in', field: f, values: [...values].sort() });
export const and = (...terms: SearchTerm[]): SearchTerm => ({ op: 'and', terms });
export const or = (...terms: SearchTerm[]): SearchTerm => ({ op: 'or', terms });
export const not = (term: SearchTerm): SearchTerm => ({ op: 'not', term });

/** A CQL phrase: the value in double quotes, `\` and `"` escaped. */
export function quotePhrase(value: string): string {
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

function renderValue(f: AuditLogField, value: string | number): string {
  if (f.type === 'long') {
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw new Error(`cls-query: ${f.key} takes a whole number, not ${JSON.stringify(value)}`);
    return String(value);
  }
  return quotePhrase(String(value));
}

function renderTerm(t: SearchTerm, parent?: SearchTerm['op']): string {
  switch (t.op) {
    case 'eq':
      return `${t.field.key}:${renderValue(t.field, t.value)}`;
    case 'in':
      if (t.values.length === 0) throw new Error(`cls-query: ${t.field.key} in an empty list`);
      return `(${t.values.map((v) => `${t.field.key}:${renderValue(t.field, v)}`).join(' OR ')})`;
    case 'not':
      return `NOT ${renderTerm(t.term, 'not')}`;
    case 'and':
    case 'or': {
      if (t.terms.length === 0) throw new Error(`cls-query: empty ${t.op}`);
      if (t.terms.length === 1) return renderTerm(t.terms[0], parent);
      const text = t.terms.map((x) => renderTerm(x, t.op)).join(t.op === 'and' ? ' AND ' : ' OR ');
      // AND binds tighter than OR: parentheses wherever a combination sits inside another kind, or
      // under NOT (an AND inside an AND needs none).
      return parent === undefined || parent === t.op ? text : `(${text})`;
    }
  }
}

// ------------------------------------------------------------------ CIDR ranges

/** A parsed, normalized CIDR range. */
export interface Cidr {
  readonly family: 4 | 6;
  /** The range as written back: network address / prefix length. */
  readonly text: string;
}

const V4_OCTET = '(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])';
const V4 = new RegExp(`^${V4_OCTET}(\\.${V4_OCTET}){3}$`);

function v4Bits(address: string): number[] | undefined {
  if (!V4.test(address)) return undefined;
  return address.split('.').flatMap((o) => Number(o).toString(2).padStart(8, '0').split('').map(Number));
}

function v6Bits(address: string): number[] | undefined {
  if (!/^[0-9A-Fa-f:.]+$/.test(address) || address.includes(':::')) return undefined;
  const halves = address.split('::');
  if (halves.length > 2) return undefined;
  const groups = (s: string): string[] | undefined => {
    if (s === '') return [];
    const parts = s.split(':');
    const last = parts[parts.length - 1];
    if (last.includes('.')) {
      const bits = v4Bits(last);
      if (!bits) return undefined;
      const hex = [0, 16].map((o) => parseInt(bits.slice(o, o + 16).join(''), 2).toString(16));
      parts.splice(parts.length - 1, 1, ...hex);
    }
    return parts.every((p) => /^[0-9A-Fa-f]{1,4}$/.test(p)) ? parts : undefined;
  };
  const head = groups(halves[0]);
  const tail = halves.length === 2 ? groups(halves[1]) : [];
  if (!head || !tail) return undefined;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return undefined;
  const all = [...head, ...Array(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  return all.flatMap((g) => parseInt(g, 16).toString(2).padStart(16, '0').split('').map(Number));
}

/**
 * Parses `a.b.c.d/n` (n 0-32) or an IPv6 range `x::/n` (n 0-128). The address must be the network
 * address (no bit set after the prefix), so that the range reads as what it matches. Undefined
 * with the reason when malformed.
 */
export function parseCidr(text: string): { cidr?: Cidr; problem?: string } {
  const m = /^([^/\s]+)\/([0-9]{1,3})$/.exec(text);
  if (!m) return { problem: `${JSON.stringify(text)} is not an address/prefix-length range` };
  const family = m[1].includes(':') ? 6 : 4;
  const bits = family === 4 ? v4Bits(m[1]) : v6Bits(m[1]);
  if (!bits) return { problem: `${JSON.stringify(m[1])} is not an IPv${family} address` };
  const prefix = Number(m[2]);
  if (prefix > bits.length || String(prefix) !== m[2]) return { problem: `/${m[2]} is not a prefix length of IPv${family} (0-${bits.length})` };
  if (bits.slice(prefix).some((b) => b === 1)) return { problem: `${JSON.stringify(text)} has host bits set after /${prefix}` };
  return { cidr: { family, text: `${m[1].toLowerCase()}/${prefix}` } };
}

// ------------------------------------------------------------------ analysis statement

/** A condition of the SQL `where` clause. */
export type SqlCondition =
  | { readonly op: 'ne'; readonly field: AuditLogField; readonly value: number }
  | { readonly op: 'outside'; readonly field: AuditLogField; readonly ranges: readonly Cidr[] }
  | { readonly op: 'all'; readonly conditions: readonly SqlCondition[] };

/** A SQL string literal: single quotes, a quote doubled. */
export function quoteLiteral(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** A SQL field reference: the registry key in double quotes (keys never hold a double quote). */
function column(f: AuditLogField): string {
  return `"${f.key}"`;
}

function renderCondition(c: SqlCondition): string {
  switch (c.op) {
    case 'ne':
      if (!Number.isSafeInteger(c.value)) throw new Error(`cls-query: ${c.field.key} != ${c.value}`);
      return `${column(c.field)} != ${c.value}`;
    case 'outside': {
      const f = column(c.field);
      const any = (family: 4 | 6): string => {
        const ranges = c.ranges.filter((r) => r.family === family).map((r) => `is_subnet_of(${quoteLiteral(r.text)}, ${f})`);
        return ranges.length === 0 ? 'false' : `(${ranges.join(' or ')})`;
      };
      // An address with ":" is IPv6: only IPv6 ranges are asked about it, and IPv4 ranges about the rest.
      return `${f} != '' and not (case when strpos(${f}, ':') > 0 then ${any(6)} else ${any(4)} end)`;
    }
    case 'all':
      return c.conditions.map(renderCondition).join(' and ');
  }
}

/** The analysis: `count(*)` per group of fields, optionally at least `minCount` per group. */
export interface Analysis {
  /** The fields to group by, each with its output name. */
  readonly groupBy: ReadonlyArray<{ readonly field: AuditLogField; readonly as: string }>;
  /** The output name of `count(*)`, e.g. `events` (the trigger condition reads `$1.<count>`). */
  readonly count: string;
  readonly where?: SqlCondition;
  /** `having count(*) >= minCount` (with groupBy only). */
  readonly minCount?: number;
}

/** Most rows a grouped analysis returns (CLS returns 100 by default without `limit`). */
export const GROUP_LIMIT = 100;
const ALIAS = /^[a-z][a-z0-9_]{0,31}$/;

function renderAnalysis(a: Analysis): string {
  for (const name of [a.count, ...a.groupBy.map((g) => g.as)]) {
    if (!ALIAS.test(name)) throw new Error(`cls-query: output name ${JSON.stringify(name)}`);
  }
  const cols = [...a.groupBy.map((g) => `${column(g.field)} as ${g.as}`), `count(*) as ${a.count}`];
  let sql = `select ${cols.join(', ')}`;
  if (a.where) sql += ` where ${renderCondition(a.where)}`;
  if (a.groupBy.length > 0) {
    sql += ` group by ${a.groupBy.map((g) => g.as).join(', ')}`;
    if (a.minCount !== undefined) {
      if (!Number.isSafeInteger(a.minCount) || a.minCount < 1) throw new Error(`cls-query: minCount ${a.minCount}`);
      sql += ` having count(*) >= ${a.minCount}`;
    }
    sql += ` order by ${a.count} desc limit ${GROUP_LIMIT}`;
  }
  return sql;
}

// ------------------------------------------------------------------ whole query

/** A CLS query: search terms (none: every log) and an analysis. */
export interface ClsQuerySpec {
  readonly search?: SearchTerm;
  readonly analysis: Analysis;
}

/** The query text: `<search> | <analysis>`. */
export function renderQuery(q: ClsQuerySpec): string {
  return `${q.search ? renderTerm(q.search) : '*'} | ${renderAnalysis(q.analysis)}`;
}

/** The registry fields a query spec reads (search, where, group by), sorted by key. */
export function specFields(q: ClsQuerySpec): AuditLogField[] {
  const out = new Map<string, AuditLogField>();
  const term = (t: SearchTerm): void => {
    if (t.op === 'eq' || t.op === 'in') out.set(t.field.key, t.field);
    else if (t.op === 'not') term(t.term);
    else t.terms.forEach(term);
  };
  const cond = (c: SqlCondition): void => {
    if (c.op === 'all') c.conditions.forEach(cond);
    else out.set(c.field.key, c.field);
  };
  if (q.search) term(q.search);
  if (q.analysis.where) cond(q.analysis.where);
  for (const g of q.analysis.groupBy) out.set(g.field.key, g.field);
  return [...out.values()].sort((a, b) => (a.key < b.key ? -1 : 1));
}

// ------------------------------------------------------------------ reading any query text

/** A field a query text reads, and whether its analysis statement (SQL) reads it. */
export interface QueriedField {
  readonly key: string;
  /** Read by the SQL analysis (the field needs analysis on: `sql_flag`). */
  readonly sql: boolean;
}

/**
 * The fields any CLS query text reads, for the review and for hand-written alarm queries: in the
 * search statement every `key:` outside quotes; in the analysis statement every double-quoted
 * name and every bare word that is a CloudAudit field of the registry (other bare words are
 * functions, keywords or output names). CLS's own `__…__` fields are left out. Sorted by key.
 */
export function queriedFields(query: string): QueriedField[] {
  const bar = pipeIndex(query);
  const search = bar < 0 ? query : query.slice(0, bar);
  const analysis = bar < 0 ? '' : query.slice(bar + 1);
  const out = new Map<string, boolean>();
  // CLS's own fields (__TIMESTAMP__, __SOURCE__, __TAG__.…) are not in the key-value index.
  const own = (key: string) => key.startsWith('__');
  for (const key of searchKeys(search)) if (!own(key)) out.set(key, out.get(key) ?? false);
  for (const key of analysisKeys(analysis)) if (!own(key)) out.set(key, true);
  return [...out.entries()].map(([key, sql]) => ({ key, sql })).sort((a, b) => (a.key < b.key ? -1 : 1));
}

/** Index of the `|` that starts the analysis statement (outside quotes), or -1. */
function pipeIndex(q: string): number {
  let quote: string | undefined;
  for (let i = 0; i < q.length; i++) {
    const c = q[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") {quote = c;} else if (c === '|') {return i;}
  }
  return -1;
}

function searchKeys(search: string): string[] {
  const keys: string[] = [];
  // Drop quoted phrases, then read `key:` (a key may hold letters, digits, "_", "." and "-").
  const bare = search.replace(/"(?:[^"\\]|\\.)*"/g, '""');
  for (const m of bare.matchAll(/(?:^|[\s(])([A-Za-z_][A-Za-z0-9_.-]*)\s*:/g)) keys.push(m[1]);
  return keys;
}

function analysisKeys(sql: string): string[] {
  const keys: string[] = [];
  const noStrings = sql.replace(/'(?:[^']|'')*'/g, "''");
  for (const m of noStrings.matchAll(/"([^"]+)"/g)) keys.push(m[1]);
  const bare = noStrings.replace(/"[^"]*"/g, ' ');
  for (const m of bare.matchAll(/[A-Za-z_][A-Za-z0-9_.]*/g)) if (FIELDS_BY_KEY.has(m[0])) keys.push(m[0]);
  return keys;
}
