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
