/**
 * A large plan parsed without its `planned_values`, when they add nothing to `resource_changes`.
 *
 * `terraform show -json` writes every resource of a plan twice: in `planned_values` and in
 * `resource_changes`, which the review reads first (normalize.ts fromPlan). For a plan of tens of
 * MB, not building the objects of the first copy saves a fifth of the review's time. The text is
 * cut at the top-level keys Terraform writes in this order (`{"format_version":…,
 * "planned_values":…,"resource_changes":…`); the cut is only kept when every managed resource of
 * `planned_values` has a change. Anything else (pretty-printed JSON, another key order, a cut
 * that is not at the top level, which JSON.parse refuses): undefined, and the caller parses the
 * whole text as before.
 */

/** Below this size, splitting does not pay. */
const MIN_BYTES = 1024 * 1024;
const PLANNED = ',"planned_values":';
const CHANGES = ',"resource_changes":[';
const RESOURCE = '{"address":"';

/** Addresses of the managed resources written in text[start, end) as `{"address":"…","mode":"managed"`. */
function plannedAddresses(text: string, start: number, end: number, each: (address: string) => boolean): boolean {
  for (let i = text.indexOf(RESOURCE, start); i >= 0 && i < end; i = text.indexOf(RESOURCE, i + 1)) {
    const from = i + RESOURCE.length;
    let to = text.indexOf('"', from);
    while (to > 0 && text.charCodeAt(to - 1) === 92) to = text.indexOf('"', to + 1);
    if (to < 0) return false;
    // Resources are written {"address","mode",…}; other objects with an "address" key are values.
    if (!text.startsWith(',"mode":"managed"', to + 1)) continue;
    const raw = text.slice(from, to);
    if (!each(raw.includes('\\') ? JSON.parse(`"${raw}"`) : raw)) return false;
  }
  return true;
}

/** The plan without `planned_values`, or undefined when that cannot be done safely. */
export function parsePlanWithoutPlannedValues(text: string): unknown {
  if (text.length < MIN_BYTES || !text.startsWith('{"format_version":')) return undefined;
  const planned = text.indexOf(PLANNED);
  const changes = text.indexOf(CHANGES);
  if (planned < 0 || changes < planned) return undefined;
  let doc: any;
  try {
    doc = JSON.parse(text.slice(0, planned) + text.slice(changes));
  } catch {
    return undefined;
  }
  if (!Array.isArray(doc?.resource_changes) || doc.planned_values !== undefined) return undefined;
  const changed = new Set<string>();
  for (const rc of doc.resource_changes) {
    if (rc && typeof rc.address === 'string' && rc.change && typeof rc.change.after === 'object' && rc.change.after !== null) changed.add(rc.address);
  }
  return plannedAddresses(text, planned, changes, (a) => changed.has(a)) ? doc : undefined;
}

/**
 * The head of one element of `resource_changes`, as Terraform writes it (its plan JSON struct
 * order: address, previous_address, module_address, mode, type, name, index, provider_name,
 * deposed, change.actions).
 */
const CHANGE_HEAD = /\{"address":("(?:[^"\\]|\\.)*")(?:,"previous_address":"(?:[^"\\]|\\.)*")?(?:,"module_address":"(?:[^"\\]|\\.)*")?,"mode":"(managed|data)","type":"([A-Za-z0-9_-]+)","name":("(?:[^"\\]|\\.)*")(?:,"index":(?:"(?:[^"\\]|\\.)*"|-?\d+))?,"provider_name":("(?:[^"\\]|\\.)*")(?:,"deposed":"[^"\\]*")?,"change":\{"actions":\[((?:"[a-z-]+",?)*)\]/y;
const NEXT_CHANGE = ',{"address":"';
const TRACK_TYPES = ['tencentcloud_audit_track', 'tencentcloud_events_audit_track'];

/** Where the JSON value starting at `from` (an object or array) ends (exclusive), strings skipped; -1 if it does not. */
function valueEnd(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) i++;
        else if (d === 0x22) break;
      }
    } else if (c === 0x7b || c === 0x5b) {
      depth++;
    } else if (c === 0x7d || c === 0x5d) {
      if (--depth === 0) return i + 1;
    }
  }
  return -1;
}

/**
 * The plan with the changes of resources no rule reads left unparsed: each element of
 * `resource_changes` is located by its head (CHANGE_HEAD) and, when `reads(type)` says the review
 * reads nothing of its type, kept as its head only (address, mode, type, name, provider, actions;
 * `after` empty, or null when the resource is deleted). `planned_values` is left out as in
 * parsePlanWithoutPlannedValues. In a plan of tens of MB where CloudAudit is a tenth, most of the
 * text is then never turned into objects. `check(json, at)` is the caller's nesting check of each
 * text parsed. Anything not written as Terraform writes it: undefined, and the caller parses it all.
 */
export function parsePlanSelectively(text: string, reads: (type: string) => boolean, check: (json: string) => void): unknown {
  if (text.length < MIN_BYTES || !text.startsWith('{"format_version":')) return undefined;
  const planned = text.indexOf(PLANNED);
  const changes = text.indexOf(CHANGES);
  if (planned < 0 || changes < planned) return undefined;
  const first = changes + CHANGES.length;
  const starts: number[] = [];
  let end: number;
  if (text.charCodeAt(first) === 0x5d) {
    end = first;
  } else {
    for (let at = first; at >= 0;) {
      CHANGE_HEAD.lastIndex = at;
      if (!CHANGE_HEAD.test(text)) return undefined;
      starts.push(at);
      let next = text.indexOf(NEXT_CHANGE, at + 1);
      // An object of a value that starts like a change is not one: the next head is.
      while (next >= 0) {
        CHANGE_HEAD.lastIndex = next + 1;
        if (CHANGE_HEAD.test(text)) break;
        next = text.indexOf(NEXT_CHANGE, next + 1);
      }
      if (next < 0) break;
      at = next + 1;
    }
    end = valueEnd(text, starts[starts.length - 1]);
    if (end < 0 || text.charCodeAt(end) !== 0x5d) return undefined;
  }
  const skeletonText = text.slice(0, planned) + ',"resource_changes":[]' + text.slice(end + 1);
  let doc: any;
  try {
    check(skeletonText);
    doc = JSON.parse(skeletonText);
  } catch {
    return undefined;
  }
  if (!Array.isArray(doc?.resource_changes) || doc.resource_changes.length !== 0 || doc.planned_values !== undefined) return undefined;
  const elements: unknown[] = [];
  const changed = new Set<string>();
  let trackHeads = 0;
  for (let k = 0; k < starts.length; k++) {
    const from = starts[k];
    const to = k + 1 < starts.length ? starts[k + 1] - 1 : end;
    CHANGE_HEAD.lastIndex = from;
    const m = CHANGE_HEAD.exec(text)!;
    const type = m[3];
    if (TRACK_TYPES.includes(type)) trackHeads++;
    let rc: any;
    try {
      if (reads(type)) {
        const json = text.slice(from, to);
        check(json);
        rc = JSON.parse(json);
      } else {
        const actions = JSON.parse(`[${m[6]}]`) as string[];
        const gone = actions.every((a) => a === 'delete' || a === 'forget');
        const change = { actions, after: gone ? null : {} };
        rc = { address: JSON.parse(m[1]), mode: m[2], type, name: JSON.parse(m[4]), provider_name: JSON.parse(m[5]), change };
      }
    } catch {
      return undefined;
    }
    if (typeof rc?.address !== 'string') return undefined;
    if (rc.change && typeof rc.change.after === 'object' && rc.change.after !== null) changed.add(rc.address);
    elements.push(rc);
  }
  // Every change planned_values shows is one located here; and every tracking set written in the
  // changes is at the head of one (a deleted track, which planned_values does not show, cannot
  // hide inside another resource's text).
  if (!plannedAddresses(text, planned, changes, (a) => changed.has(a))) return undefined;
  let tracks = 0;
  for (const t of TRACK_TYPES) for (let i = text.indexOf(`"type":"${t}"`, first); i >= 0 && i < end; i = text.indexOf(`"type":"${t}"`, i + 1)) tracks++;
  if (tracks !== trackHeads) return undefined;
  doc.resource_changes = elements;
  return doc;
}
