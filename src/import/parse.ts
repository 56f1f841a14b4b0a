/**
 * Reads what the CloudAudit API returns for existing tracking sets: DescribeAuditTracks (the list)
 * and, per track, DescribeAuditTrack (which adds TrackForAllMembers and the multi-product Filters).
 * Shapes: SDK cloudaudit v20190319 models.go, types DescribeAuditTracksResponseParams, Tracks,
 * Storage, DescribeAuditTrackResponseParams, Filter, ResourceField. Accepts the response with or
 * without the `Response` envelope (`tccli cloudaudit DescribeAuditTracks` prints the inner object).
 * Pure TypeScript; every bad input is an ImportInputError carrying one code.
 */
import { ERROR_CODES } from '../rules/errors';

/** What a tracking set records for one product. */
export interface ImportedSelector {
  readonly resourceType: string;
  readonly actionType: string;
  readonly eventNames: string[];
}

/** The storage of a tracking set, as the API returns it. */
export interface ImportedStorage {
  readonly type: 'cos' | 'cls';
  readonly region: string;
  readonly name: string;
  readonly prefix: string;
  readonly accountId?: string;
  readonly appId?: string;
}

/** One existing tracking set. */
export interface ImportedTrack {
  /** TrackId in decimal: the provider's import ID. */
  readonly trackId: string;
  readonly name: string;
  /** 1 delivering, 0 paused. */
  readonly status: number;
  readonly createTime?: string;
  readonly storage: ImportedStorage;
  /** One selector (DescribeAuditTracks), or the Filters of DescribeAuditTrack. */
  readonly selectors: ImportedSelector[];
  /** 0 or 1; undefined when no DescribeAuditTrack response was given for this track. */
  readonly trackForAllMembers?: number;
  /** Whether a DescribeAuditTrack response was merged in. */
  readonly hasDetail: boolean;
}

/** A bad input: one coded line, nothing written. */
export class ImportInputError extends Error {
  constructor(public readonly file: string, public readonly code: string, problem: string) {
    super(`[${code}${ERROR_CODES[code] ? ` ${ERROR_CODES[code].name}` : ''}] ${file}: ${problem}`);
    this.name = 'ImportInputError';
  }
}

type Json = unknown;

/**
 * The longest string read from a response. The API's own strings are short (names and IDs of at
 * most a few dozen characters, a CreateTime of 19); anything longer is not a response of this API,
 * and is refused (CA920) rather than written into a program.
 */
export const MAX_API_STRING = 1024;
/** The most API names one selector lists (a product has a few hundred APIs at most). */
export const MAX_EVENT_NAMES = 5000;
/** The most tracking sets one input lists (the account quota is a handful). */
export const MAX_TRACKS = 1000;
/**
 * CreateTime as the API writes it (`2024-03-18 10:21:07`, the console's local time), or in RFC
 * 3339 (`2024-03-18T02:21:07Z`, `+08:00`, optional fraction). Nothing else is written to the file.
 */
export const CREATE_TIME = /^[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,9})?(?:Z|[+-][0-9]{2}:[0-9]{2})?$/;

function isObject(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Parses JSON text; CA912 when it is not JSON. */
export function parseJson(text: string, file: string): Json {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new ImportInputError(file, 'CA912', 'is not JSON: give the JSON tccli prints (not its log or a table)');
  }
}

/** The inner object: `{ Response: {...} }` or the object itself. */
function unwrap(doc: Json): Json {
  if (isObject(doc) && isObject(doc.Response) && Object.keys(doc).length === 1) return doc.Response;
  return doc;
}

/** Reads typed fields of one object, naming the JSON path in errors (CA916). */
class Fields {
  constructor(private readonly file: string, readonly obj: Record<string, Json>, readonly at: string) {}

  private fail(key: string, want: string): never {
    const got = this.obj[key];
    const shown = got === undefined ? 'missing' : `${JSON.stringify(got)?.slice(0, 60)} (${got === null ? 'null' : Array.isArray(got) ? 'an array' : typeof got})`;
    throw new ImportInputError(this.file, 'CA916', `${this.at}.${key} must be ${want}, got ${shown}`);
  }

  has(key: string): boolean {
    return this.obj[key] !== undefined && this.obj[key] !== null;
  }

  /** CA920 when a string is longer than any the API returns (the value itself is never echoed). */
  private bounded(key: string, v: string, at = `${this.at}.${key}`): string {
    if (v.length > MAX_API_STRING) throw new ImportInputError(this.file, 'CA920', `${at} has ${v.length} characters, more than the ${MAX_API_STRING} any field of the API holds`);
    return v;
  }

  string(key: string): string {
    const v = this.obj[key];
    if (typeof v !== 'string') this.fail(key, 'a string');
    return this.bounded(key, v);
  }

  optionalString(key: string): string | undefined {
    const v = this.obj[key];
    if (v === undefined || v === null || v === '') return undefined;
    if (typeof v !== 'string') this.fail(key, 'a string');
    return this.bounded(key, v);
  }

  /** CreateTime: a date and time (CA916 otherwise), never free text. */
  optionalTime(key: string): string | undefined {
    const v = this.optionalString(key);
    if (v !== undefined && !CREATE_TIME.test(v)) this.fail(key, 'a date and time such as "2024-03-18 10:21:07"');
    return v;
  }

  /** A uint64 the API returns as a JSON number (a string of digits is accepted too). */
  uint(key: string): string {
    const v = this.obj[key];
    if (typeof v === 'number') {
      if (!Number.isInteger(v) || v < 0) this.fail(key, 'a whole number');
      if (!Number.isSafeInteger(v)) this.fail(key, 'a whole number below 2^53 (larger ones lose digits in JSON.parse)');
      return String(v);
    }
    if (typeof v === 'string' && /^[0-9]{1,20}$/.test(v)) return v.replace(/^0+(?=.)/, '');
    return this.fail(key, 'a whole number');
  }

  optionalUint(key: string): string | undefined {
    return this.has(key) ? this.uint(key) : undefined;
  }

  strings(key: string): string[] {
    const v = this.obj[key];
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) this.fail(key, 'an array of strings');
    if (v.length > MAX_EVENT_NAMES) throw new ImportInputError(this.file, 'CA920', `${this.at}.${key} lists ${v.length} names, more than ${MAX_EVENT_NAMES}`);
    (v as string[]).forEach((x, i) => this.bounded(key, x, `${this.at}.${key}[${i}]`));
    return v as string[];
  }

  object(key: string): Fields {
    const v = this.obj[key];
    if (!isObject(v)) this.fail(key, 'an object');
    return new Fields(this.file, v, `${this.at}.${key}`);
  }
}

const STORAGE_TYPES = ['cos', 'cls'] as const;

function readStorage(f: Fields, file: string): ImportedStorage {
  const s = f.object('Storage');
  const type = s.string('StorageType');
  if (!(STORAGE_TYPES as readonly string[]).includes(type)) {
    throw new ImportInputError(file, 'CA915', `${s.at}.StorageType is ${JSON.stringify(type)}: only cos and cls tracking sets can be imported (a ckafka one stays managed outside this app)`);
  }
  return {
    type: type as 'cos' | 'cls',
    region: s.string('StorageRegion'),
    name: s.string('StorageName'),
    prefix: s.string('StoragePrefix'),
    accountId: s.optionalString('StorageAccountId'),
    appId: s.optionalString('StorageAppId'),
  };
}

function readStatus(f: Fields, at: string, file: string): number {
  const status = Number(f.uint('Status'));
  if (status !== 0 && status !== 1) throw new ImportInputError(file, 'CA916', `${at}.Status must be 0 or 1, got ${status}`);
  return status;
}

/** The single selector of the top-level fields, or undefined when the list leaves them out (multi-product). */
function topLevelSelector(f: Fields): ImportedSelector | undefined {
  const fields = ['ResourceType', 'ActionType', 'EventNames'];
  const empty = (v: Json) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
  if (fields.every((k) => empty(f.obj[k]))) return undefined;
  return { resourceType: f.string('ResourceType'), actionType: f.string('ActionType'), eventNames: f.strings('EventNames') };
}

/** Reads a DescribeAuditTracks response: CA912-CA916. Tracks without their selectors are returned with none. */
export function parseTracks(text: string, file: string): ImportedTrack[] {
  const doc = unwrap(parseJson(text, file));
  if (!isObject(doc) || !('Tracks' in doc)) {
    const error = isObject(doc) && isObject(doc.Error) ? ` (it is an API error: ${JSON.stringify(doc.Error).slice(0, 120)})` : '';
    throw new ImportInputError(file, 'CA913', `is not a DescribeAuditTracks response: no Tracks list${error}`);
  }
  if (!Array.isArray(doc.Tracks)) throw new ImportInputError(file, 'CA913', `Tracks must be an array, got ${doc.Tracks === null ? 'null' : typeof doc.Tracks}`);
  if (doc.Tracks.length === 0) throw new ImportInputError(file, 'CA914', 'Tracks is empty: there is no tracking set to import');
  if (doc.Tracks.length > MAX_TRACKS) throw new ImportInputError(file, 'CA920', `Tracks lists ${doc.Tracks.length} tracking sets, more than ${MAX_TRACKS}`);
  if (typeof doc.TotalCount === 'number' && doc.TotalCount > doc.Tracks.length) {
    throw new ImportInputError(file, 'CA913', `TotalCount is ${doc.TotalCount} but Tracks lists ${doc.Tracks.length}: fetch every page (--PageNumber 1, 2, ...) and merge their Tracks into one file`);
  }
  const ids = new Set<string>();
  const names = new Set<string>();
  return doc.Tracks.map((t, i) => {
    const at = `Tracks[${i}]`;
    if (!isObject(t)) throw new ImportInputError(file, 'CA913', `${at} must be an object, got ${t === null ? 'null' : typeof t}`);
    const f = new Fields(file, t, at);
    const trackId = f.uint('TrackId');
    if (trackId === '0') throw new ImportInputError(file, 'CA916', `${at}.TrackId must be a whole number >= 1, got 0`);
    const name = f.string('Name');
    if (ids.has(trackId)) throw new ImportInputError(file, 'CA913', `${at}.TrackId ${trackId} is listed twice`);
    if (names.has(name)) throw new ImportInputError(file, 'CA913', `${at}.Name ${JSON.stringify(name)} is listed twice`);
    ids.add(trackId);
    names.add(name);
    const selector = topLevelSelector(f);
    return {
      trackId,
      name,
      status: readStatus(f, at, file),
      createTime: f.optionalTime('CreateTime'),
      storage: readStorage(f, file),
      selectors: selector ? [selector] : [],
      hasDetail: false,
    };
  });
}

/** One DescribeAuditTrack response (it carries no TrackId: it is matched by Name). */
export interface TrackDetail {
  readonly name: string;
  readonly status: number;
  readonly storage: ImportedStorage;
  readonly selectors: ImportedSelector[];
  readonly trackForAllMembers?: number;
}

/** Reads a DescribeAuditTrack response: CA912, CA913 (not that shape), CA915, CA916. */
export function parseTrackDetail(text: string, file: string): TrackDetail {
  const doc = unwrap(parseJson(text, file));
  if (!isObject(doc) || !('Name' in doc) || !('Storage' in doc)) {
    throw new ImportInputError(file, 'CA917', 'is not a DescribeAuditTrack response: no Name and Storage');
  }
  const f = new Fields(file, doc, 'Response');
  const name = f.string('Name');
  let selectors: ImportedSelector[] = [];
  if (f.has('Filters')) {
    const filters = f.object('Filters');
    if (filters.has('ResourceFields')) {
      const list = (doc.Filters as Record<string, Json>).ResourceFields;
      if (!Array.isArray(list)) throw new ImportInputError(file, 'CA916', 'Response.Filters.ResourceFields must be an array');
      selectors = list.map((r, i) => {
        if (!isObject(r)) throw new ImportInputError(file, 'CA916', `Response.Filters.ResourceFields[${i}] must be an object`);
        const rf = new Fields(file, r, `Response.Filters.ResourceFields[${i}]`);
        return { resourceType: rf.string('ResourceType'), actionType: rf.string('ActionType'), eventNames: rf.strings('EventNames') };
      });
    }
  }
  if (selectors.length === 0) {
    const top = topLevelSelector(f);
    if (top) selectors = [top];
  }
  const members = f.optionalUint('TrackForAllMembers');
  return {
    name,
    status: readStatus(f, 'Response', file),
    storage: readStorage(f, file),
    selectors,
    trackForAllMembers: members === undefined ? undefined : Number(members),
  };
}

/**
 * Merges DescribeAuditTrack responses into the list by Name (CA917 when a name is not listed or is
 * given twice), and requires the selectors of every track (CA917 when the list leaves them out and
 * no DescribeAuditTrack response gives them).
 */
export function mergeDetails(
  tracks: ImportedTrack[],
  details: ReadonlyArray<{ file: string; detail: TrackDetail }>,
  listFile: string,
): ImportedTrack[] {
  const byName = new Map<string, { file: string; detail: TrackDetail }>();
  for (const d of details) {
    if (!tracks.some((t) => t.name === d.detail.name)) {
      throw new ImportInputError(d.file, 'CA917', `describes the tracking set ${JSON.stringify(d.detail.name)}, which ${listFile} does not list`);
    }
    if (byName.has(d.detail.name)) throw new ImportInputError(d.file, 'CA917', `describes ${JSON.stringify(d.detail.name)} again (also ${byName.get(d.detail.name)!.file})`);
    byName.set(d.detail.name, d);
  }
  return tracks.map((t) => {
    const d = byName.get(t.name)?.detail;
    const merged: ImportedTrack = d
      ? {
        ...t,
        status: d.status,
        // DescribeAuditTrack is the richer read; keep the list's cross-account fields if it lacks them.
        storage: { ...d.storage, accountId: d.storage.accountId ?? t.storage.accountId, appId: d.storage.appId ?? t.storage.appId },
        selectors: d.selectors.length > 0 ? d.selectors : t.selectors,
        trackForAllMembers: d.trackForAllMembers,
        hasDetail: true,
      }
      : t;
    if (merged.selectors.length === 0) {
      throw new ImportInputError(listFile, 'CA917', `tracking set ${t.trackId} ${JSON.stringify(t.name)} has no ResourceType/ActionType/EventNames (a multi-product track): give its DescribeAuditTrack response with --track`);
    }
    return merged;
  });
}
