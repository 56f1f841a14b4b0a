/**
 * `cloudaudit-review`: reviews synthesized or planned Terraform JSON for CloudAudit compliance.
 * Exit 0 clean (warnings allowed), 1 when an error-level finding is not acknowledged, 2 on bad
 * input or usage (one line on stderr naming the file, never a stack trace).
 */
import { hasBlockingFinding, review } from './engine';
import { startInputRecord } from './files';
import { formatJson, formatMarkdown, formatTableLines, summarize, TOOL_NAME } from './format';
import type { VarSource } from './hcl/module';
import { loadPath, MAX_INPUT_BYTES, ReviewInputError } from './load';
import { ReviewDocument, ReviewResult } from './model';
import { redactResults, redactText } from './redact';
import { formatSarif } from './sarif';
import { Io, PROCESS_IO, walkArgs } from '../internal/cli';
import { FileRefused, writeFileAtomic } from '../internal/files';
import { printable } from '../internal/printable';
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
  table: (r: readonly ReviewResult[]) => pieces(formatTableLines(r)),
  json: (r: readonly ReviewResult[]) => [formatJson(r)],
  markdown: (r: readonly ReviewResult[]) => [formatMarkdown(r)],
  sarif: (r: readonly ReviewResult[]) => [formatSarif(r)],
} as const;
type Format = keyof typeof FORMATS;

export const USAGE = `Usage: ${TOOL_NAME} [options] <path>...

Reviews CloudAudit tracking sets and their storage in Terraform (HCL or JSON) and prints a
coverage matrix and the findings of every rule (docs/review.md, Rules).

<path>  a folder of *.tf (and *.tf.json) files: one Terraform root module, evaluated statically
        (variables, locals, functions, count/for_each, dynamic blocks, local modules);
        a cdktf.out directory (reads stacks/*/cdk.tf.json), a cdk.tf.json, a directory of
        *.tf.json (one Terraform module), or a \`terraform show -json\` plan or state file

Options:
  --format <table|json|markdown|sarif>  output format (default: table); sarif is SARIF 2.1.0
  --output <file>, -o <file>            write the report to <file> instead of stdout
  --quota <n>                           tracking sets allowed per account (default: ${DEFAULT_TRACK_QUOTA})
  --var-file <file>                     variable values for .tf folders (.tfvars or .tfvars.json;
                                        repeatable; terraform.tfvars and *.auto.tfvars are read too)
  --var <name>=<value>                  one variable value for .tf folders (repeatable; with
                                        --var-file, later ones win, as in Terraform)
  --help, -h                            print this help

Exit codes: 0 no unacknowledged error finding (warnings allowed), 1 an error-level finding is
not acknowledged, 2 bad input or usage. Input files over ${MAX_INPUT_BYTES / 1048576} MB are refused.
`;

export type { Io } from '../internal/cli';

interface Args {
  readonly paths: string[];
  readonly format: Format;
  readonly output?: string;
  readonly quota: number;
  readonly vars: VarSource[];
  readonly help: boolean;
}

/** A usage error: CA616, or the code of the option's own rule (CA603 for --quota). */
class UsageError extends Error {
  constructor(message: string, public readonly rule: Rule = ReviewUsage) {
    super(message);
  }
}

function parseArgs(argv: readonly string[]): Args {
  const paths: string[] = [];
  let format: Format = 'table';
  let output: string | undefined;
  let quota = DEFAULT_TRACK_QUOTA;
  let help = false;
  const vars: VarSource[] = [];
  walkArgs(argv, (name, value) => {
    if (name === '--help' || name === '-h') {
      help = true;
    } else if (name === '--format' || name === '-f') {
      const v = value();
      if (!(v in FORMATS)) throw new UsageError(`--format must be one of ${Object.keys(FORMATS).join(', ')}, not "${v}"`);
      format = v as Format;
    } else if (name === '--output' || name === '-o') {
      output = value();
    } else if (name === '--quota') {
      const v = value();
      if (!/^[0-9]+$/.test(v) || Number(v) < 1) throw new UsageError(`--quota must be a whole number >= 1, not "${v}"`, ReviewQuotaInvalid);
      quota = Number(v);
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
  if (!help && paths.length === 0) throw new UsageError('give at least one path (a cdktf.out directory, a cdk.tf.json or a plan JSON)');
  return { paths, format, output, quota, vars, help };
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
  // Every file read is recorded: the report never overwrites one of them (-o).
  const inputs = startInputRecord();
  try {
    const loaded = args.paths.map((p) => loadPath(p, { vars: args.vars }));
    const docs: ReviewDocument[] = loaded.flat();
    if (args.vars.length > 0 && !docs.some((d) => d.kind === 'terraform-hcl')) {
      throw new ReviewInputError(args.paths.join(', '), 'CA622', '--var and --var-file apply to folders of .tf files only; plans and JSON already hold their values');
    }
    // Notices (e.g. a module not followed) go to stderr too, so a pipeline log shows them.
    for (const d of docs) for (const n of d.notices ?? []) io.stderr(`${TOOL_NAME}: ${printable(redactText(n, d.sensitive ?? []))}\n`);
    // The stacks of one cdktf.out are one app: storage one stack creates counts for the others.
    const results = loaded.flatMap((group) => {
      const app = group.every((d) => d.kind === 'cdktf') ? group : undefined;
      return group.map((d) => review(d, { quota: args.quota, app }));
    });
    // Values of sensitive variables are never printed, in any format.
    const text = FORMATS[args.format](redactResults(results));
    if (args.output) {
      try {
        writeFileAtomic(args.output, text, inputs);
      } catch (e) {
        if (e instanceof FileRefused) throw new ReviewInputError(args.output, 'CA633', e.message);
        throw new ReviewInputError(args.output, 'CA610', `cannot be written (${(e as NodeJS.ErrnoException).code ?? 'error'}); nothing was changed`);
      }
      const s = summarize(results);
      io.stdout(`${TOOL_NAME}: wrote ${printable(args.output)}: ${s.errors} error(s), ${s.warnings} warning(s), ${s.infos} info, ${s.acknowledged} acknowledged\n`);
    } else {
      for (const piece of text) io.stdout(piece);
    }
    return hasBlockingFinding(results) ? EXIT_FINDINGS : EXIT_CLEAN;
  } catch (e) {
    io.stderr(`${TOOL_NAME}: ${printable(unexpected(e, args.paths).message)}\n`);
    return EXIT_USAGE;
  }
}
