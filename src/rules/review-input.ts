/**
 * Codes about the input itself rather than a resource: construct props of the wrong shape (CA001),
 * acknowledgements (CA60x) and review inputs (CA61x). Raised by the tooling, so they have no check.
 */
import { defineRule } from './rule';
import { SOURCES } from './sources';

export const PropsInvalid = defineRule({ code: 'CA001', name: 'PropsInvalid', level: 'error', source: SOURCES.library, rule: 'props must have the documented shape and types' });
export const ConstructPathInvalid = defineRule({
  code: 'CA002',
  name: 'ConstructPathInvalid',
  level: 'error',
  source: 'Terraform docs, Strings and Templates (interpolation "${...}" and directives "%{...}" in every string), https://developer.hashicorp.com/terraform/language/expressions/strings',
  rule: 'construct ids (the construct path) hold no "${" or "%{": the path is written into Terraform strings (error messages of preconditions, acknowledgement reasons), where Terraform would read it as an expression',
  field: 'id',
  example: 'example/Track${var.x}',
  check: (path: string, field) => (!/[$%]\{/.test(path) ? undefined
    : { field, problem: `the construct path ${JSON.stringify(path)} holds ${path.includes('${') ? '"${"' : '"%{"'}, which Terraform reads as a template`, fix: 'use an id of letters, digits, "-" and "_"' }),
});
export const AcknowledgementReasonTooShort = defineRule({ code: 'CA601', name: 'AcknowledgementReasonTooShort', level: 'error', source: SOURCES.library, rule: 'an acknowledgement gives a reason of at least 10 characters' });
export const AcknowledgementRuleUnknown = defineRule({ code: 'CA602', name: 'AcknowledgementRuleUnknown', level: 'error', source: SOURCES.library, rule: 'an acknowledgement names a review rule id such as "COV-001", an API rule code the review reports, or a warning code such as "CA451"' });
export const ReviewQuotaInvalid = defineRule({ code: 'CA603', name: 'ReviewQuotaInvalid', level: 'error', source: SOURCES.library, rule: 'the tracking-set quota is a whole number >= 1' });
export const ReviewInputMissing = defineRule({ code: 'CA610', name: 'ReviewInputMissing', level: 'error', source: SOURCES.library, rule: 'a review input is an existing, readable file or directory' });
export const ReviewInputNotJson = defineRule({ code: 'CA611', name: 'ReviewInputNotJson', level: 'error', source: SOURCES.library, rule: 'a review input file is valid JSON' });
export const ReviewInputBinary = defineRule({ code: 'CA612', name: 'ReviewInputBinary', level: 'error', source: SOURCES.library, rule: 'a review input file is UTF-8 text without NUL bytes' });
export const ReviewInputTooLarge = defineRule({ code: 'CA613', name: 'ReviewInputTooLarge', level: 'error', source: SOURCES.library, rule: 'a review input file is at most 256 MB (JSON: a plan, a cdk.tf.json) or 64 MB (a .tf, .tf.json or .tfvars file of a folder)' });
export const ReviewInputNoStacks = defineRule({ code: 'CA614', name: 'ReviewInputNoStacks', level: 'error', source: SOURCES.library, rule: 'a review input directory holds stacks/*/cdk.tf.json, *.tf or *.tf.json files, or plan JSON' });
export const ReviewInputNotTerraform = defineRule({ code: 'CA615', name: 'ReviewInputNotTerraform', level: 'error', source: SOURCES.library, rule: 'a review input is a Terraform JSON configuration or a `terraform show -json` plan or state' });
export const ReviewUsage = defineRule({ code: 'CA616', name: 'ReviewUsage', level: 'error', source: SOURCES.library, rule: 'cloudaudit-review takes known options and at least one input path (see --help)' });
export const ReviewOutputUnwritable = defineRule({ code: 'CA617', name: 'ReviewOutputUnwritable', level: 'error', source: SOURCES.library, rule: 'the --output-file (-o) can be written: its folder exists and is writable, and it is not a folder (nothing is written otherwise, and the report is not printed instead)' });
export const BaselineInvalid = defineRule({ code: 'CA618', name: 'BaselineInvalid', level: 'error', source: SOURCES.library, rule: 'a --baseline file exists and is the JSON --write-baseline writes: { "findings": [{ "ruleId", "address", "reason", … }] }' });

// Reading HCL folders (src/review/hcl).
export const HclSyntax = defineRule({
  code: 'CA620',
  name: 'HclSyntax',
  level: 'error',
  source: 'Terraform docs, Files and Directories, https://developer.hashicorp.com/terraform/language/files',
  rule: 'every .tf and .tfvars file of a reviewed folder is HCL that Terraform parses (the message is the parser\'s)',
});
export const VarFileInvalid = defineRule({
  code: 'CA621',
  name: 'VarFileInvalid',
  level: 'error',
  source: 'Terraform docs, Input Variables: Variable Definitions (.tfvars) Files, https://developer.hashicorp.com/terraform/language/values/variables',
  rule: 'a --var-file is an existing .tfvars (HCL) or .tfvars.json (a JSON object) file',
});
export const VarInvalid = defineRule({
  code: 'CA622',
  name: 'VarInvalid',
  level: 'error',
  source: 'Terraform docs, Input Variables: Variables on the Command Line, https://developer.hashicorp.com/terraform/language/values/variables',
  rule: '--var is name=value for a variable the reviewed folder declares',
});
export const ModuleNotFollowed = defineRule({
  code: 'CA623',
  name: 'ModuleNotFollowed',
  level: 'warning',
  source: 'Terraform docs, Module Sources, https://developer.hashicorp.com/terraform/language/modules/sources',
  rule: 'the review follows module blocks with a local source ("./", "../"); the resources of other modules are unknown to it',
});
// Monorepos (src/review/roots.ts, config.ts).
export const VarFileUndeclared = defineRule({
  code: 'CA640',
  name: 'VarFileUndeclared',
  level: 'warning',
  source: 'Terraform docs, Input Variables: Variable Definitions (.tfvars) Files, https://developer.hashicorp.com/terraform/language/values/variables',
  rule: 'a --var-file (or a root\'s var-files in the config file) sets only variables the root declares; Terraform warns of the others and ignores them, the review says which',
});
export const ReviewConfigInvalid = defineRule({
  code: 'CA641',
  name: 'ReviewConfigInvalid',
  level: 'error',
  source: SOURCES.library,
  rule: 'the config file (.cloudaudit-review.yml or .json, or --config) is the documented subset: fail-on, require-tracks, tracks-per-root, skip-check, skip-roots, roots (var-files, require-tracks)',
});
export const RootsFound = defineRule({
  code: 'CA642',
  name: 'RootsFound',
  level: 'warning',
  source: SOURCES.library,
  rule: 'a folder holding several Terraform roots (not a root itself) is searched for them: the review names each root it found (.terraform, node_modules, hidden folders and local modules excluded)',
});

// Hostile input: bounded work, files that are not what they claim, outputs that would destroy inputs.
export const ReviewTooLarge = defineRule({
  code: 'CA630',
  name: 'ReviewTooLarge',
  level: 'error',
  source: SOURCES.library,
  rule: 'a reviewed configuration stays within the review\'s limits (SECURITY.md): at most 100,000 resource and module instances, modules nested at most 16 deep, values of at most 1,000,000 elements and strings of 4 MiB, 5,000,000 evaluation steps, nesting of 256; beyond, it is too large to review (the message names the file and line)',
});
export const ReviewInputTooComplex = defineRule({
  code: 'CA631',
  name: 'ReviewInputTooComplex',
  level: 'error',
  source: SOURCES.library,
  rule: 'a review input can be parsed and evaluated within the resources of the process (call stack, array and string sizes); one that cannot is too complex to review (any other unexpected error is reported under this code too: please report it)',
});
export const ReviewInputOutsideFolder = defineRule({
  code: 'CA632',
  name: 'ReviewInputOutsideFolder',
  level: 'error',
  source: SOURCES.library,
  rule: 'a file of a reviewed folder that is a symbolic link points inside that folder (or the module folder holding it); a link out of it is refused without reading its target',
});
export const ReviewOutputRefused = defineRule({
  code: 'CA633',
  name: 'ReviewOutputRefused',
  level: 'error',
  source: SOURCES.library,
  rule: 'the --output file (the report, or the --live drift report) and the --write-baseline file are not a symbolic link, not a FIFO or device (a folder is CA617), and not one of the files reviewed (each is replaced atomically: written next to it, then renamed)',
});
export const ReviewInputNotRegularFile = defineRule({
  code: 'CA634',
  name: 'ReviewInputNotRegularFile',
  level: 'error',
  source: SOURCES.library,
  rule: 'every file the review reads (inputs, .tf and .tfvars files, --var-file) is a regular file: a FIFO, device or socket is refused without waiting on it or reading it',
});
export const INPUT_RULES = [
  PropsInvalid, ConstructPathInvalid, AcknowledgementReasonTooShort, AcknowledgementRuleUnknown, ReviewQuotaInvalid, ReviewInputMissing,
  ReviewInputNotJson,
  ReviewInputBinary, ReviewInputTooLarge, ReviewInputNoStacks, ReviewInputNotTerraform, ReviewUsage, ReviewOutputUnwritable,
  HclSyntax, VarFileInvalid, VarInvalid, ModuleNotFollowed, VarFileUndeclared, ReviewConfigInvalid, RootsFound, BaselineInvalid,
  ReviewTooLarge, ReviewInputTooComplex, ReviewInputOutsideFolder, ReviewOutputRefused, ReviewInputNotRegularFile,
] as const;
