/**
 * `cloudaudit-review --live FILE`: reads the live files (a DescribeAuditTracks response, and
 * DescribeAuditTrack responses, told apart by their shape), compares them with the documents the
 * review loaded (src/review/drift.ts), and writes the drift report in the review's format, to its
 * output. Bad input is a ReviewInputError: the file-level codes of the review (CA610-CA613), the
 * response codes of the reader cloudaudit-import shares (CA913-CA917), CA616 for usage.
 */
import { writeOutput } from './cli';
import { compareLive, DRIFT_FORMATS, DriftUsageError, hasDrift } from './drift';
import { readJsonText, ReviewInputError } from './load';
import { ReviewDocument } from './model';
import { ImportedTrack, ImportInputError, parseTrackDetail, parseTracks, TrackDetail } from '../import/parse';
import type { Io } from '../internal/cli';
import { InputFiles } from '../internal/files';
import { printable } from '../internal/printable';

export type LiveFormat = keyof typeof DRIFT_FORMATS;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The response object, with or without the `Response` envelope. */
function inner(json: unknown): unknown {
  return isObject(json) && isObject(json.Response) && Object.keys(json).length === 1 ? json.Response : json;
}

/** An ImportInputError as the review reports bad input (same code, same words). */
function asReviewError(e: unknown, file: string): unknown {
  if (!(e instanceof ImportInputError)) return e;
  const at = e.message.indexOf(`${file}: `);
  return new ReviewInputError(file, e.code, at >= 0 ? e.message.slice(at + file.length + 2) : e.message);
}

/** The tracking sets the live files describe: the list, with the details merged by name. */
export function readLive(files: readonly string[]): ImportedTrack[] {
  let list: { file: string; tracks: ImportedTrack[] } | undefined;
  const details: Array<{ file: string; detail: TrackDetail }> = [];
  for (const file of files) {
    const { json, text } = readJsonText(file);
    const doc = inner(json);
    try {
      if (isObject(doc) && 'Tracks' in doc) {
        if (list) throw new ReviewInputError(file, 'CA616', `is a second DescribeAuditTracks response (also ${list.file}): merge the pages' Tracks into one file`);
        // An account without any tracking set is a valid answer here: every track of the code is missing.
        const empty = Array.isArray(doc.Tracks) && doc.Tracks.length === 0;
        list = { file, tracks: empty ? [] : parseTracks(text, file) };
      } else {
        details.push({ file, detail: parseTrackDetail(text, file) });
      }
    } catch (e) {
      throw asReviewError(e, file);
    }
  }
  if (!list) throw new ReviewInputError(files.join(', '), 'CA616', '--live needs one DescribeAuditTracks response (tccli cloudaudit DescribeAuditTracks); the others may be DescribeAuditTrack responses');
  const byName = new Map<string, { file: string; detail: TrackDetail }>();
  for (const d of details) {
    if (!list.tracks.some((t) => t.name === d.detail.name)) {
      throw new ReviewInputError(d.file, 'CA917', `describes the tracking set ${JSON.stringify(d.detail.name)}, which ${list.file} does not list`);
    }
    if (byName.has(d.detail.name)) throw new ReviewInputError(d.file, 'CA917', `describes ${JSON.stringify(d.detail.name)} again (also ${byName.get(d.detail.name)!.file})`);
    byName.set(d.detail.name, d);
  }
  return list.tracks.map((t) => {
    const d = byName.get(t.name)?.detail;
    if (!d) return t;
    return {
      ...t,
      status: d.status,
      storage: { ...d.storage, accountId: d.storage.accountId ?? t.storage.accountId, appId: d.storage.appId ?? t.storage.appId },
      selectors: d.selectors.length > 0 ? d.selectors : t.selectors,
      trackForAllMembers: d.trackForAllMembers,
      hasDetail: true,
    };
  });
}

/**
 * Runs the drift report: writes it (to `output`, or stdout), returns the exit code (0 no error,
 * 1 an error-level difference).
 */
export function runLive(
  options: { live: readonly string[]; account?: string; paths: readonly string[]; format: string; output?: string; inputs?: InputFiles },
  docs: readonly ReviewDocument[], io: Io,
): number {
  const tracks = readLive(options.live);
  let report;
  try {
    report = compareLive(docs, tracks, { live: options.live, code: options.paths }, options.account);
  } catch (e) {
    if (e instanceof DriftUsageError) throw new ReviewInputError(options.paths.join(', '), 'CA616', e.message);
    throw e;
  }
  const text = DRIFT_FORMATS[options.format as LiveFormat](report);
  if (options.output) {
    // As the review's report: never through a link, never over an input, atomically (CA633, CA617).
    writeOutput(options.output, [text], options.inputs ?? new InputFiles());
    const errors = report.items.filter((i) => i.level === 'error').length;
    io.stdout(`cloudaudit-review: wrote ${printable(options.output)}: ${errors} drift error(s), ${report.items.length - errors} warning(s), ${report.matches.length} matched\n`);
  } else {
    io.stdout(text);
  }
  return hasDrift(report) ? 1 : 0;
}
