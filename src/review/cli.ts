/**
 * `cloudaudit-review`: reviews synthesized or planned Terraform JSON for CloudAudit compliance.
 * Exit 0 clean (warnings allowed), 1 when an error-level finding is not acknowledged, 2 on bad
 * input or usage (one line on stderr naming the file, never a stack trace).
 */
import * as fs from 'fs';
import * as path from 'path';
import { applyBaseline, formatBaseline, readBaseline } from './baseline';
import { isRuleId, RULES as REVIEW_RULES } from './catalogue';
import { formatGitlab, formatJunit } from './ci-formats';
import { evaluateFrameworks, FrameworkResult } from './compliance';
import { readConfig } from './config';
import { hasBlockingFinding, review, TRACK_TYPES } from './engine';
import { onFileRead, startInputRecord } from './files';
import { FormatOptions, formatJson, formatMarkdown, formatTableLines, summarize, summaryLine, TABLE_WIDTH, TOOL_NAME } from './format';
import type { VarSource } from './hcl/module';
import { formatHtml } from './html';
import { MAX_INPUT_BYTES, ReviewInputError } from './load';
import { Finding, Level, ReviewDocument, ReviewResult } from './model';
import { Progress } from './progress';
import { redactResults, redactText } from './redact';
import { CONFIG_FILES, loadRoots, ReviewConfig, Root, touches } from './roots';
import { formatSarif } from './sarif';
import { Io, packageVersion, PROCESS_IO, walkArgs } from '../internal/cli';
import { FileRefused, InputFiles, writeFileAtomic } from '../internal/files';
import { printable } from '../internal/printable';
import { FRAMEWORKS, FrameworkId, isFramework } from '../rules/compliance';
import { RULES as REGISTRY } from '../rules/index';
import { DEFAULT_TRACK_QUOTA } from '../rules/quota';
import { ReviewQuotaInvalid, ReviewUsage } from '../rules/review-input';
import { Rule } from '../rules/rule';

export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** Lines per piece written: a report of tens of MB is written in pieces, never as one string. */
const LINES_PER_PIECE = 4096;

/** `lines.join('\n') + '\n'`, in pieces. */
function pieces(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i += LINES_PER_PIECE) {
    // The final "\n" joined in (an empty last line), not appended: one flat string per piece, not
    // a concatenation that writing would copy again.
    const chunk = lines.slice(i, i + LINES_PER_PIECE);
    chunk.push('');
    out.push(chunk.join('\n'));
  }
  return out;
}

/** Each format as the pieces of its text. */
const FORMATS = {
  table: (r: readonly ReviewResult[], o: FormatOptions) => pieces(formatTableLines(r, o)),
  json: (r: readonly ReviewResult[], o: FormatOptions) => [formatJson(r, o)],
  markdown: (r: readonly ReviewResult[], o: FormatOptions) => [formatMarkdown(r, o)],
  sarif: (r: readonly ReviewResult[]) => [formatSarif(r, { version: packageVersion() })],
  html: (r: readonly ReviewResult[], o: FormatOptions) => [formatHtml(r, { ...o, version: packageVersion() })],
  gitlab: (r: readonly ReviewResult[]) => [formatGitlab(r)],
  junit: (r: readonly ReviewResult[], o: FormatOptions) => [formatJunit(r, { failOn: o.failOn })],
} as const;
type Format = keyof typeof FORMATS;
/** The formats of the live drift report (src/review/drift.ts DRIFT_FORMATS). */
export const LIVE_FORMATS: readonly Format[] = ['table', 'json', 'markdown', 'sarif'];

const FRAMEWORK_IDS = Object.keys(FRAMEWORKS) as FrameworkId[];

export const USAGE = `Usage: ${TOOL_NAME} [options] <path>...

Reviews CloudAudit tracking sets and their storage in Terraform (HCL or JSON) and prints a
coverage matrix and the findings of every rule (docs/review.md, Rules), and with --framework the
obligations of a compliance framework they meet (docs/compliance.md).

<path>  a folder of *.tf (and *.tf.json) files: one Terraform root module, evaluated statically
        (variables, locals, functions, count/for_each, dynamic blocks, local modules);
        a folder holding several roots: each root found below is reviewed on its own;
        a cdktf.out directory (reads stacks/*/cdk.tf.json), a cdk.tf.json, a directory of
        *.tf.json (one Terraform module), or a \`terraform show -json\` plan or state file

Options:
  --format <table|json|markdown|sarif|html|gitlab|junit>, -f
                            output format (default: table); sarif is SARIF 2.1.0; html is one
                            self-contained page to hand on (print it, or read it on a phone);
                            gitlab is a GitLab Code Quality report; junit is JUnit XML (a failure
                            per finding at the --fail-on level or worse)
  --output-file <file>, -o  write the report to <file> instead of stdout (also --output)
  --framework <id>          add the obligations of ${FRAMEWORK_IDS.join(', ')} (repeatable, or
                            comma-separated): per clause met / not met / not checkable from
                            Terraform, with the evidence; html shows every framework by default
  --check <ids>             report only these rules (review ids or CAxxx codes, comma-separated,
                            repeatable; a trailing * matches a prefix, e.g. STO-*)
  --skip-check <ids>        report every rule but these (same syntax); obligations still count them
  --fail-on <level>         exit 1 on an unacknowledged finding at <level> or worse: error
                            (default), warning, or info (any finding)
  --soft-fail               exit 0 whatever the findings (bad input is still 2)
  --require-tracks <level>  level of COV-004 (a root with no tracking set) and COV-005 (a plan
                            deleting tracking sets): error (default), warning, info, or off
  --tracks-per-root         every root reviewed must hold a tracking set (default: at least one
                            root of the review must)
  --wide                    table: every row on one line, however wide (default: fit ${TABLE_WIDTH} columns)
  --jobs <n>, -j            worker threads reading a folder of many roots (default: the cores, from
                            4 cores and 2 MB of Terraform in the roots; 1: no workers)
  --quiet, -q               no progress line on stderr (shown only when stderr is a terminal)
  --quota <n>               tracking sets allowed per account (default: ${DEFAULT_TRACK_QUOTA})
  --config <file>           settings file (default: .cloudaudit-review.yml, .yaml or .json in the
                            current folder): fail-on, require-tracks, tracks-per-root, skip-check,
                            skip-roots, and per root var-files and require-tracks (docs/review.md)
  --changed-files <file>    review only the roots a change touches: one path per line (\`-\`:
                            stdin), e.g. git diff --name-only origin/main...
  --var-file <file>         variable values for .tf folders (.tfvars or .tfvars.json; repeatable;
                            terraform.tfvars and *.auto.tfvars are read too)
  --var <name>=<value>      one variable value for .tf folders (repeatable; with --var-file,
                            later ones win, as in Terraform)
  --live <file>             report live drift instead: the tracking sets of this DescribeAuditTracks
                            response (and of DescribeAuditTrack responses, repeatable) against the
                            tracks of <path> (best a state: terraform show -json); docs/review.md
  --live-account <name>     the account the response is of, when <path> has several: an account
                            name, role ARN, profile, provider configuration (tencentcloud.archive)
                            or default
  --baseline <file>         findings accepted as they are (JSON, with a reason each): reported as
                            acknowledged; any other finding still counts (repeatable)
  --write-baseline <file>   write every finding not acknowledged in the configuration to <file> as
                            a baseline (then exit 0 unless input is bad)
  --version, -v             print the version
  --help, -h                print this help

Examples:
  ${TOOL_NAME} infra/                                      table on the terminal
  ${TOOL_NAME} infra/ --format json -o review.json         for other tools
  ${TOOL_NAME} cdktf.out --format markdown -o review.md    for a pull-request comment
  ${TOOL_NAME} plan.json --format sarif -o review.sarif    for code scanning
  ${TOOL_NAME} infra/ --format html -o review.html         the page for an auditor
  ${TOOL_NAME} infra/ --format gitlab -o gl-code-quality-report.json   GitLab Code Quality
  ${TOOL_NAME} infra/ --format junit -o review.junit.xml   test report for CI servers
  ${TOOL_NAME} infra/ --framework mlps2-l3,csl             with the obligations they meet
  ${TOOL_NAME} infra/ --skip-check STO-008 --soft-fail     report, never fail the job

Exit codes:
  0  no unacknowledged finding at the --fail-on level or worse, or --soft-fail
  1  a finding at the --fail-on level (default: error) or worse is not acknowledged
  2  bad input or usage: one coded line on stderr (docs/errors.md), nothing written
Input files over ${MAX_INPUT_BYTES / 1048576} MB are refused.
`;

export type { Io } from '../internal/cli';

interface Args {
  readonly paths: string[];
  readonly format: Format;
  readonly output?: string;
  readonly quota: number;
  readonly vars: VarSource[];
  readonly frameworks: FrameworkId[];
  readonly check: string[];
  readonly skip: string[];
  readonly softFail: boolean;
  /** Unset: the config file's, else error. */
  readonly failOn?: Level;
  readonly requireTracks?: Level | 'off';
  readonly tracksPerRoot?: boolean;
  readonly config?: string;
  readonly changedFiles?: string;
  readonly wide: boolean;
  readonly baselines: string[];
  readonly writeBaseline?: string;
  readonly help: boolean;
  readonly version: boolean;
  /** `--live` files (src/review/live.ts) and `--live-account`. */
  readonly live: string[];
  readonly liveAccount?: string;
  /** Worker threads for a folder of many roots (unset: the cores, when it pays). */
  readonly jobs?: number;
  readonly quiet: boolean;
}

/** A usage error: CA616, or the code of the option's own rule (CA603 for --quota). */
class UsageError extends Error {
  constructor(message: string, public readonly rule: Rule = ReviewUsage) {
    super(message);
  }
}

/** Every id --check and --skip-check may name: review rule ids and the API codes the review reports. */
const CHECK_IDS: readonly string[] = [
  ...REVIEW_RULES.map((r) => r.id),
  ...(REGISTRY as readonly Rule[]).filter((r) => r.review !== undefined).map((r) => r.code),
];

/** The ids of a --check / --skip-check value; each must name a rule (or, with `*`, at least one). */
function checkIds(option: string, value: string): string[] {
  const ids = value.split(',').map((x) => x.trim()).filter((x) => x !== '');
  if (ids.length === 0) throw new UsageError(`${option} needs rule ids, e.g. STO-008 or CA105`);
  for (const id of ids) {
    const known = id.endsWith('*') ? CHECK_IDS.some((c) => c.startsWith(id.slice(0, -1))) : isRuleId(id);
    if (!known) throw new UsageError(`${option}: "${id}" names no rule the review reports (see docs/review.md, Rules)`);
  }
  return ids;
}

function parseArgs(argv: readonly string[]): Args {
  const paths: string[] = [];
  let format: Format = 'table';
  let output: string | undefined;
  let quota = DEFAULT_TRACK_QUOTA;
  let help = false;
  let version = false;
  let softFail = false;
  let failOn: Level | undefined;
  let requireTracks: Level | 'off' | undefined;
  let tracksPerRoot: boolean | undefined;
  let config: string | undefined;
  let changedFiles: string | undefined;
  let wide = false;
  let jobs: number | undefined;
  let quiet = false;
  const vars: VarSource[] = [];
  const frameworks: FrameworkId[] = [];
  const check: string[] = [];
  const skip: string[] = [];
  const live: string[] = [];
  let liveAccount: string | undefined;
  const baselines: string[] = [];
  let writeBaseline: string | undefined;
  walkArgs(argv, (name, value) => {
    if (name === '--live') return live.push(value()) > 0;
    if (name === '--live-account') return (liveAccount = value()) !== undefined;
    if (name === '--help' || name === '-h') {
      help = true;
    } else if (name === '--version' || name === '-v') {
      version = true;
    } else if (name === '--format' || name === '-f') {
      const v = value();
      if (!(v in FORMATS)) throw new UsageError(`--format must be one of ${Object.keys(FORMATS).join(', ')}, not "${v}"`);
      format = v as Format;
    } else if (name === '--output-file' || name === '--output' || name === '-o') {
      output = value();
    } else if (name === '--framework') {
      for (const id of value().split(',').map((x) => x.trim())) {
        if (!isFramework(id)) throw new UsageError(`--framework must be one of ${FRAMEWORK_IDS.join(', ')}, not "${id}"`);
        if (!frameworks.includes(id)) frameworks.push(id);
      }
    } else if (name === '--check') {
      check.push(...checkIds(name, value()));
    } else if (name === '--skip-check') {
      skip.push(...checkIds(name, value()));
    } else if (name === '--soft-fail') {
      softFail = true;
    } else if (name === '--fail-on') {
      failOn = levelOf(name, value(), false) as Level;
    } else if (name === '--require-tracks') {
      requireTracks = levelOf(name, value(), true);
    } else if (name === '--tracks-per-root') {
      tracksPerRoot = true;
    } else if (name === '--config') {
      config = value();
    } else if (name === '--changed-files') {
      changedFiles = value();
    } else if (name === '--wide') {
      wide = true;
    } else if (name === '--quiet' || name === '-q') {
      quiet = true;
    } else if (name === '--jobs' || name === '-j') {
      const v = value();
      if (!/^[1-9][0-9]?$/.test(v) || Number(v) > 64) throw new UsageError(`--jobs must be a whole number from 1 to 64, not "${v}"`);
      jobs = Number(v);
    } else if (name === '--quota') {
      const v = value();
      if (!/^[0-9]+$/.test(v) || Number(v) < 1) throw new UsageError(`--quota must be a whole number >= 1, not "${v}"`, ReviewQuotaInvalid);
      quota = Number(v);
    } else if (name === '--baseline') {
      baselines.push(value());
    } else if (name === '--write-baseline') {
      writeBaseline = value();
    } else if (name === '--var-file') {
      vars.push({ kind: 'file', file: value() });
    } else if (name === '--var') {
      const v = value();
      const m = /^([A-Za-z_][A-Za-z0-9_-]*)=(.*)$/s.exec(v);
      if (!m) throw new UsageError(`[CA622] --var must be name=value, not "${v}"`);
      vars.push({ kind: 'var', name: m[1], value: m[2] });
    } else {
      return false;
    }
    return true;
  }, (arg) => paths.push(arg), (message) => new UsageError(message));
  if (!help && !version && paths.length === 0) throw new UsageError('give at least one path (a cdktf.out directory, a cdk.tf.json or a plan JSON)');
  if (liveAccount !== undefined && live.length === 0) throw new UsageError('--live-account goes with --live');
  // The drift report's formats (DRIFT_FORMATS of drift.ts, loaded only with --live).
  if (live.length > 0 && !LIVE_FORMATS.includes(format)) throw new UsageError(`--live reports in ${LIVE_FORMATS.join(', ')}, not ${format}`);
  const gate = { softFail, failOn, requireTracks, tracksPerRoot, config, changedFiles };
  const rest = { baselines, writeBaseline, jobs, quiet };
  return { paths, format, output, quota, vars, frameworks, check, skip, ...gate, wide, help, version, live, liveAccount, ...rest };
}

const LEVELS: readonly Level[] = ['error', 'warning', 'info'];

/** A level option's value: error, warning or info (and `off` when allowed). */
export function levelOf(option: string, v: string, off: boolean): Level | 'off' {
  if ((LEVELS as readonly string[]).includes(v) || (off && v === 'off')) return v as Level | 'off';
  throw new UsageError(`${option} must be one of ${[...LEVELS, ...off ? ['off'] : []].join(', ')}, not "${v}"`);
}

/** Whether a finding is one of `ids` (its rule id or code; `X*` a prefix). */
function matches(f: Finding, ids: readonly string[]): boolean {
  return ids.some((id) => (id.endsWith('*')
    ? f.ruleId.startsWith(id.slice(0, -1)) || (f.code?.startsWith(id.slice(0, -1)) ?? false)
    : f.ruleId === id || f.code === id));
}

/** The results with only the findings --check keeps and --skip-check does not drop. */
function selectFindings(results: readonly ReviewResult[], check: readonly string[], skip: readonly string[]): ReviewResult[] {
  if (check.length === 0 && skip.length === 0) return [...results];
  return results.map((r) => ({
    ...r,
    findings: r.findings.filter((f) => (check.length === 0 || matches(f, check)) && !matches(f, skip)),
  }));
}

/** Why a file cannot be written, in words (the errno code in brackets). */
function unwritable(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code ?? 'error';
  const why: Record<string, string> = {
    ENOENT: 'its folder does not exist',
    ENOTDIR: 'a part of its path is not a folder',
    EISDIR: 'it is a folder',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the file system is read-only',
    ENOSPC: 'no space left on the device',
  };
  return `cannot be written: ${why[code] ?? 'the system refused it'} (${code}); nothing was written`;
}

/**
 * Writes a report or a baseline: never through a symbolic link, never over a file the review
 * read, atomically (a temporary file next to it, renamed): CA633 refused, CA617 not writable.
 */
export function writeOutput(file: string, chunks: readonly string[], inputs: InputFiles): void {
  try {
    writeFileAtomic(file, chunks, inputs);
  } catch (e) {
    // A folder is a file that cannot be written (CA617, as a missing folder is); a link, a FIFO,
    // a device or an input is refused (CA633).
    if (e instanceof FileRefused && !isFolder(file)) throw new ReviewInputError(file, 'CA633', e.message);
    throw new ReviewInputError(file, 'CA617', unwritable(e instanceof FileRefused ? { code: 'EISDIR' } : e));
  }
}

function isFolder(file: string): boolean {
  try {
    return fs.lstatSync(file).isDirectory();
  } catch {
    return false;
  }
}

/** The config file of the current folder, when there is one. */
function defaultConfig(): ReviewConfig | undefined {
  const file = CONFIG_FILES.find((f) => fs.existsSync(f));
  return file === undefined ? undefined : readConfig(file);
}

/** The paths of --changed-files: one per line, from a file or stdin (`-`), as `git diff --name-only` prints them. */
function readChangedFiles(from: string): string[] {
  let text: string;
  try {
    text = fs.readFileSync(from === '-' ? 0 : from, 'utf8');
  } catch (e) {
    throw new ReviewInputError(from, 'CA610', `cannot be read (--changed-files: ${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
}

/**
 * Every error as one coded line: a ReviewInputError as it is; what the process itself could not
 * do on an input (a RangeError: call stack, array or string size) CA631, and so is any other
 * unexpected error (an error of the review itself: reported, never a stack trace, never uncoded).
 */
function unexpected(e: unknown, paths: readonly string[]): ReviewInputError {
  if (e instanceof ReviewInputError) return e;
  const first = e instanceof Error ? e.message.split('\n')[0] : String(e);
  if (e instanceof RangeError) return new ReviewInputError(paths.join(', '), 'CA631', `too complex to review (${first})`);
  return new ReviewInputError(paths.join(', '), 'CA631', `cannot be reviewed: an error of the review itself (${first}); please report it with the input`);
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
    const rule = e instanceof UsageError ? e.rule : ReviewUsage;
    io.stderr(`${TOOL_NAME}: ${printable(`[${rule.code} ${rule.name}] ${(e as Error).message} (see --help)`)}\n`);
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
  // Every file read is recorded: the report never overwrites one of them (-o).
  const inputs = startInputRecord();
  try {
    // The baselines are read first: a bad one is refused before anything is reviewed or written.
    const accepted = args.baselines.flatMap(readBaseline);
    const config = args.config !== undefined ? readConfig(args.config) : defaultConfig();
    const failOn = args.failOn ?? config?.failOn ?? 'error';
    const requireTracks = args.requireTracks ?? config?.requireTracks ?? 'error';
    const tracksPerRoot = args.tracksPerRoot ?? config?.tracksPerRoot ?? false;
    const skip = [...args.skip, ...config?.skipCheck ?? []];
    const settings = (dir: string) => config?.roots.get(path.resolve(dir));
    const progress = io.progress && !args.quiet ? new Progress(io.progress, TOOL_NAME) : undefined;
    onFileRead(progress && (() => progress.file()));
    const notice = (line: string) => {
      progress?.clear();
      io.stderr(`${TOOL_NAME}: ${printable(line)}\n`);
    };
    const hasTracks = (group: readonly ReviewDocument[]) => group.some((d) => d.resources.some((r) => TRACK_TYPES.has(r.type)));
    const count = (d: readonly ReviewDocument[]) => d.reduce((n, x) => n + x.resources.length, 0);
    const onRoot = progress && ((done: number, of: number, d: readonly ReviewDocument[]) => progress.root(done, of, count(d)));
    const parallel = { jobs: args.jobs, onRoot };
    let roots: Root[] = args.paths.flatMap((p) => loadRoots(p, { vars: args.vars }, settings, notice, parallel));
    const skipped = new Set(config?.skipRoots ?? []);
    roots = roots.filter((r) => !skipped.has(path.resolve(r.dir)));
    // Whether some root holds a tracking set is judged on every root found, changed or not.
    const noneAnywhere = !roots.some((r) => hasTracks(r.docs));
    if (args.changedFiles !== undefined) {
      const changed = readChangedFiles(args.changedFiles);
      const all = roots.length;
      roots = roots.filter((r) => touches(r.dir, changed));
      notice(`--changed-files: ${roots.length} of ${all} root(s) touched by ${changed.length} changed file(s)${roots.length > 0 ? `: ${roots.map((r) => r.dir).join(', ')}` : ''}`);
    }
    const loaded = roots.map((r) => r.docs);
    const docs: ReviewDocument[] = loaded.flat();
    if (args.vars.length > 0 && docs.length > 0 && !docs.some((d) => d.kind === 'terraform-hcl')) {
      throw new ReviewInputError(args.paths.join(', '), 'CA622', '--var and --var-file apply to folders of .tf files only; plans and JSON already hold their values');
    }
    progress?.reviewing(docs.reduce((n, d) => n + d.resources.length, 0));
    progress?.clear();
    // Notices (e.g. a module not followed) go to stderr too, so a pipeline log shows them.
    for (const d of docs) for (const n of d.notices ?? []) io.stderr(`${TOOL_NAME}: ${printable(redactText(n, d.sensitive ?? []))}\n`);
    if (args.live.length > 0) {
      // The live drift report instead of the review: same formats, output and exit codes.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { runLive } = require('./live') as typeof import('./live');
      return runLive({ live: args.live, account: args.liveAccount, paths: args.paths, format: args.format, output: args.output, inputs }, docs, io);
    }
    // The stacks of one cdktf.out are one app: storage one stack creates counts for the others.
    // A root (one path's documents) holding no tracking set is a COV-004 when every root must
    // hold one, or when no root of the review does.
    const reviewed = roots.flatMap(({ dir, docs: group }) => {
      const app = group.every((d) => d.kind === 'cdktf') ? group : undefined;
      const expect = (tracksPerRoot || noneAnywhere) && !hasTracks(group);
      const level = settings(dir)?.requireTracks ?? requireTracks;
      // The root's first document says it (a cdktf.out's stacks are one root).
      return group.map((d, i) => review(d, { quota: args.quota, app, requireTracks: level, expectTracks: expect && i === 0 }));
    });
    // Obligations are judged on every finding (the baseline's accepted ones as acknowledged).
    const frameworks: FrameworkResult[] = evaluateFrameworks(applyBaseline(reviewed, accepted),
      args.frameworks.length > 0 ? args.frameworks : args.format === 'html' ? FRAMEWORK_IDS : []);
    let baselined = applyBaseline(reviewed, accepted);
    if (args.writeBaseline) {
      const written = formatBaseline(redactResults(baselined));
      writeOutput(args.writeBaseline, [written], inputs);
      // What was just written is the baseline of this run.
      const entries = JSON.parse(written).findings;
      baselined = applyBaseline(baselined, entries);
      io.stderr(`${TOOL_NAME}: wrote the baseline ${printable(args.writeBaseline)}: ${entries.length} finding(s); give each a reason\n`);
    }
    // Obligations are judged on every finding: --check / --skip-check choose what is reported.
    const results = selectFindings(baselined, args.check, skip);
    // Values of sensitive variables are never printed, in any format.
    const text = FORMATS[args.format](redactResults(results), { width: args.wide ? undefined : TABLE_WIDTH, frameworks, failOn });
    if (args.output) {
      writeOutput(args.output, text, inputs);
      // The summary the report ends with, in the same words.
      io.stdout(`${TOOL_NAME}: wrote ${printable(args.output)}: ${summaryLine(summarize(results))}\n`);
    } else {
      for (const piece of text) io.stdout(piece);
    }
    return hasBlockingFinding(results, failOn) && !args.softFail ? EXIT_FINDINGS : EXIT_CLEAN;
  } catch (e) {
    io.stderr(`${TOOL_NAME}: ${printable(unexpected(e, args.paths).message)}\n`);
    return EXIT_USAGE;
  } finally {
    onFileRead(undefined);
  }
}
