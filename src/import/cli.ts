/**
 * `cloudaudit-import`: writes TypeScript declaring the account's existing tracking sets, each with
 * its import ID, from the JSON of DescribeAuditTracks (and DescribeAuditTrack per track).
 * Exit 0 every tracking set declared as is, 1 some carry findings (a rule kept as the cloud has it,
 * a missing detail) or could not be declared, 2 bad input or usage (one coded line, nothing written).
 */
import { checkPlans } from './check';
import { findingLine, PACKAGE_NAME, planTracks, problemLine, renderFile } from './generate';
import { ImportInputError, mergeDetails, parseTrackDetail, parseTracks, TrackDetail } from './parse';
import { Io, packageVersion, PROCESS_IO, walkArgs } from '../internal/cli';
import { FileRefused, InputFiles, readRegularFile, writeFileAtomic } from '../internal/files';
import { printable } from '../internal/printable';
import { checkRegion } from '../rules/regions';

export const TOOL_NAME = 'cloudaudit-import';
export const EXIT_CLEAN = 0;
export const EXIT_RULES = 1;
export const EXIT_USAGE = 2;

/** Input files above this size are refused (a DescribeAuditTracks page is a few KB). */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

export const USAGE = `Usage: ${TOOL_NAME} [options] <DescribeAuditTracks.json>

Writes a TypeScript file declaring one AuditTrack or OrgWideTrack per existing tracking set, with
every field as the cloud has it and its import ID, so that \`cdktf plan\` imports them instead of
creating them (README: Adopting existing tracking sets; docs/import.md).

<DescribeAuditTracks.json>  the output of \`tccli cloudaudit DescribeAuditTracks --PageNumber 1
                            --PageSize 50\` (with or without the Response envelope)

Options:
  --track <file>, -t <file>  the output of \`tccli cloudaudit DescribeAuditTrack --TrackId <id>\`
                             for one track (repeat per track): adds TrackForAllMembers (org-wide)
                             and the products of a multi-product track
  --output-file <file>, -o <file>
                             write the TypeScript to <file> (default: stdout; also --output)
  --region <region>          region of the generated tencentcloud provider (default: ap-guangzhou)
  --module <specifier>       module the constructs are imported from (default: ${PACKAGE_NAME})
  --soft-fail                exit 0 even when some tracking sets carry a finding to decide
  --version, -v              print the version
  --help, -h                 print this help

Examples:
  tccli cloudaudit DescribeAuditTracks --PageNumber 1 --PageSize 50 > tracks.json
  ${TOOL_NAME} tracks.json -o audit-tracks.ts                      every tracking set
  ${TOOL_NAME} tracks.json --track track-24283.json -o audit.ts    with one track's detail
  ${TOOL_NAME} tracks.json --region ap-shanghai > audit.ts         the provider's region

Exit codes:
  0  every tracking set declared as is (or --soft-fail)
  1  every one declared, some with a finding to decide, named on stderr (CA919 rule kept, CA930 detail missing)
  2  bad input or usage: one coded line on stderr (docs/errors.md), nothing written
`;

export type { Io } from '../internal/cli';

interface Args {
  readonly list?: string;
  readonly tracks: string[];
  readonly output?: string;
  readonly region: string;
  readonly module: string;
  readonly softFail: boolean;
  readonly help: boolean;
  readonly version: boolean;
}

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): Args {
  const positional: string[] = [];
  const tracks: string[] = [];
  let output: string | undefined;
  let region = 'ap-guangzhou';
  let module = PACKAGE_NAME;
  let help = false;
  let version = false;
  let softFail = false;
  walkArgs(argv, (name, value) => {
    if (name === '--help' || name === '-h') {help = true;} else if (name === '--version' || name === '-v') {version = true;} else if (name === '--soft-fail') {softFail = true;} else if (name === '--track' || name === '-t') {tracks.push(value());} else if (name === '--output-file' || name === '--output' || name === '-o') {output = value();} else if (name === '--region') {
      region = value();
      const bad = checkRegion(region, '--region');
      if (bad.length > 0) throw new UsageError(`--region: ${bad[0].problem}`);
    } else if (name === '--module') {module = value();} else {return false;}
    return true;
  }, (arg) => positional.push(arg), (message) => new UsageError(message));
  if (!help && !version && positional.length !== 1) {
    throw new UsageError(positional.length === 0 ? 'give the DescribeAuditTracks JSON file' : `give one DescribeAuditTracks file, not ${positional.length} (DescribeAuditTrack files go with --track)`);
  }
  return { list: positional[0], tracks, output, region, module, softFail, help, version };
}

/** Reads one input (never blocking on a FIFO, never past the size limit), recording it in `inputs`. */
function readInput(file: string, inputs: InputFiles): string {
  let buf: Buffer;
  try {
    const read = readRegularFile(file, MAX_INPUT_BYTES);
    buf = read.bytes;
    inputs.add(file, read.stat);
  } catch (e) {
    if (e instanceof FileRefused) {
      const directory = e.reason === 'not-regular' && /directory/.test(e.message);
      throw new ImportInputError(file, 'CA911', directory ? 'is not a file: it is a directory' : e.message);
    }
    throw new ImportInputError(file, 'CA911', `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (buf.includes(0)) throw new ImportInputError(file, 'CA911', 'is binary, not UTF-8 JSON text');
  return buf.toString('utf8');
}

/** One line on stderr: untrusted text in it (paths, values, messages) escaped. */
function errorLine(io: Io, message: string): void {
  io.stderr(`${TOOL_NAME}: ${printable(message)}\n`);
}

/** Runs the command; returns (and sets) the exit code. */
export function main(argv: readonly string[], io: Io = PROCESS_IO): number {
  const code = run(argv, io);
  process.exitCode = code;
  return code;
}

function run(argv: readonly string[], io: Io): number {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    errorLine(io, `[CA910 ImportUsage] ${(e as Error).message} (see --help)`);
    return EXIT_USAGE;
  }
  if (args.help) {
    io.stdout(USAGE);
    return EXIT_CLEAN;
  }
  if (args.version) {
    io.stdout(`${TOOL_NAME} ${packageVersion()}\n`);
    return EXIT_CLEAN;
  }
  const list = args.list!;
  // Declared tracking sets' findings (kept rules, missing details): stderr, exit 1.
  let findings: string[] = [];
  let text: string;
  let problems: string[];
  const inputs = new InputFiles();
  try {
    const tracks = parseTracks(readInput(list, inputs), list);
    const details: Array<{ file: string; detail: TrackDetail }> = args.tracks.map((f) => ({
      file: f,
      detail: parseTrackDetail(readInput(f, inputs), f),
    }));
    const plans = planTracks(mergeDetails(tracks, details, list));
    checkPlans(plans, args.region);
    problems = plans.flatMap((p) => (p.problem ? [problemLine(p.problem.message)] : []));
    findings = plans.flatMap((p) => (p.problem ? [] : p.findings.map(findingLine)));
    text = renderFile(plans, { region: args.region, module: args.module, sources: [list, ...args.tracks].map((f) => f.split(/[\\/]/).pop()!) });
  } catch (e) {
    if (e instanceof ImportInputError) {
      errorLine(io, e.message);
    } else {
      const first = e instanceof Error ? e.message.split('\n')[0] : String(e);
      errorLine(io, `[CA913 ImportInputNotTracks] ${list}: cannot be imported (${first})`);
    }
    return EXIT_USAGE;
  }
  if (args.output) {
    try {
      writeFileAtomic(args.output, [text], inputs);
    } catch (e) {
      if (e instanceof FileRefused) errorLine(io, `[CA921 ImportOutputRefused] ${args.output}: ${e.message}`);
      else errorLine(io, `[CA918 ImportOutputUnwritable] ${args.output}: cannot be written (${(e as NodeJS.ErrnoException).code ?? 'error'}); nothing was changed`);
      return EXIT_USAGE;
    }
  } else {
    io.stdout(text);
  }
  for (const p of problems) errorLine(io, p);
  if (args.output) {
    const declared = text.match(/^ {4}new (AuditTrack|OrgWideTrack)\(/gm)?.length ?? 0;
    io.stdout(`${TOOL_NAME}: wrote ${printable(args.output)}: ${declared} tracking set(s) declared with import IDs, ${problems.length} left commented out\n`);
  }
  for (const f of findings) errorLine(io, f);
  return problems.length + findings.length > 0 && !args.softFail ? EXIT_RULES : EXIT_CLEAN;
}
