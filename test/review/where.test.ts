/**
 * Where and why (issue #27): every finding names the line of the attribute it is about (else its
 * resource's), in every format, and where the offending value was set when it came through a
 * variable: a tfvars file, the variable's default, `--var`, a module call, through locals. A
 * track whose selector the API refuses is in the coverage matrix, marked. Rule citations are
 * printed once per report, not in every finding. Plans have no lines, and none is invented.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { compliantDoc, runReview as run, sarifProblems } from './support';
import { review } from '../../src/review/engine';
import { formatHtml } from '../../src/review/html';
import { loadPath } from '../../src/review/load';
import { SourceText, writtenAt } from '../../src/review/locate';
import { Finding } from '../../src/review/model';
import { ERROR_CODES } from '../../src/rules/errors';

const FIXTURES = path.join('test', 'fixtures', 'review');
const ORIGINS = path.join(FIXTURES, 'hcl', 'examples', 'origins');
const MAIN = path.join(ORIGINS, 'main.tf');
const VARIABLES = path.join(ORIGINS, 'variables.tf');
const PROD = path.join(ORIGINS, 'prod.tfvars');
const ARGS = [ORIGINS, '--var-file', PROD, '--var', 'prefix=a-b'];

/** The 1-based line of the first line of `file` that `pattern` matches. */
function lineOf(file: string, pattern: RegExp): number {
  const i = fs.readFileSync(file, 'utf8').split('\n').findIndex((l) => pattern.test(l));
  if (i < 0) throw new Error(`${pattern} is not in ${file}`);
  return i + 1;
}

const json = (...args: string[]) => JSON.parse(run(...args, '--format', 'json').stdout);
const findingsOf = (...args: string[]): Finding[] => json(...args).documents.flatMap((d: any) => d.findings);
const byCode = (findings: Finding[], code: string) => findings.find((f) => f.code === code)!;

let tmp: string;
beforeAll(() => { tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'where-')); });
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('the attribute line and the value origin, in the JSON model', () => {
  const findings = findingsOf(...ARGS);
  const resource = lineOf(MAIN, /^resource "tencentcloud_audit_track" "main"/);

  test('a value from a --var-file tfvars file: the attribute line, and prod.tfvars:<line>', () => {
    expect(byCode(findings, 'CA101')).toMatchObject({
      file: MAIN,
      line: lineOf(MAIN, /^ {2}name +=/),
      attribute: 'name',
      resourceLine: resource,
      origin: [{ variable: 'var.track_name', kind: 'tfvars', file: PROD, line: lineOf(PROD, /^track_name/) }],
    });
  });

  test('a value from the default: variables.tf:<line of default>', () => {
    expect(byCode(findings, 'CA103')).toMatchObject({
      line: lineOf(MAIN, /^ {2}action_type +=/),
      attribute: 'action_type',
      origin: [{ variable: 'var.action_type', kind: 'default', file: VARIABLES, line: lineOf(VARIABLES, /default += "Wirte"/) }],
    });
  });

  test('a value from --var: named as such, with no file and never the value', () => {
    const f = byCode(findings, 'CA205');
    expect(f).toMatchObject({ line: lineOf(MAIN, /storage_prefix +=/), attribute: 'storage.storage_prefix', origin: [{ variable: 'var.prefix', kind: 'var' }] });
    expect(f.origin![0]).not.toHaveProperty('file');
    // var.prefix is sensitive: its value is never printed, its origin is.
    expect(JSON.stringify(f)).not.toContain('a-b');
    expect(f.message).toContain('(sensitive value)');
  });

  test('through a local: the variable, then the locals line', () => {
    for (const f of [byCode(findings, 'CA201'), findings.find((x) => x.ruleId === 'COV-003' && x.address === 'tencentcloud_audit_track.main')!]) {
      expect(f).toMatchObject({
        line: lineOf(MAIN, /storage_name += local\.bucket_name/),
        attribute: 'storage.storage_name',
        origin: [
          { variable: 'var.team', kind: 'tfvars', file: PROD, line: lineOf(PROD, /^team/) },
          { variable: 'local.bucket_name', kind: 'local', file: MAIN, line: lineOf(MAIN, /^ {2}bucket_name +=/) },
        ],
      });
    }
  });

  test('a finding about the whole resource points at its declaration, with no attribute and no origin', () => {
    const f = findings.find((x) => x.ruleId === 'COV-001')!;
    expect(f.line).toBe(resource);
    expect(f).not.toHaveProperty('attribute');
    expect(f).not.toHaveProperty('origin');
  });

  test('a literal value has a line and no origin', () => {
    const f = findings.find((x) => x.ruleId === 'SCH-001')!;
    expect(f).toMatchObject({ line: lineOf(MAIN, /event_names += "\*"/), attribute: 'event_names' });
    expect(f).not.toHaveProperty('origin');
  });

  test('terraform.tfvars, read by itself, and a module call: each hop is named', () => {
    const complete = path.join(FIXTURES, 'hcl', 'examples', 'complete');
    const sto007 = findingsOf(complete).find((f) => f.ruleId === 'STO-007')!;
    expect(sto007.origin).toEqual([
      { variable: 'module.cloudaudit.var.cls_topic_period', kind: 'module', file: path.join(complete, 'main.tf'), line: lineOf(path.join(complete, 'main.tf'), /cls_topic_period += var\.cls_period/) },
      { variable: 'var.cls_period', kind: 'tfvars', file: path.join(complete, 'terraform.tfvars'), line: lineOf(path.join(complete, 'terraform.tfvars'), /^cls_period/) },
    ]);
    // The attribute is in the module's file.
    const module = path.join(FIXTURES, 'hcl', 'modules', 'cloudaudit', 'main.tf');
    expect(sto007).toMatchObject({ file: module, line: lineOf(module, /period += var\.cls_topic_period/), attribute: 'period' });
  });

  test('terraform.tfvars.json: the line of the key', () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'tfvars-json-'));
    for (const f of ['main.tf', 'variables.tf']) fs.copyFileSync(path.join(ORIGINS, f), path.join(dir, f));
    fs.writeFileSync(path.join(dir, 'terraform.tfvars.json'), '{\n  "team": "Platform",\n  "track_name": "x y z"\n}\n');
    expect(byCode(findingsOf(dir), 'CA101').origin).toEqual([{ variable: 'var.track_name', kind: 'tfvars', file: path.join(dir, 'terraform.tfvars.json'), line: 3 }]);
  });

  test('for_each: each.value comes from the for_each expression', () => {
    const perTeam = path.join(FIXTURES, 'hcl', 'examples', 'per-team');
    const f = findingsOf(perTeam).find((x) => x.ruleId === 'STO-007' && x.address?.startsWith('module.team'))!;
    expect(f.origin).toEqual([
      { variable: 'module.team["data"].var.retention_days', kind: 'module', file: path.join(perTeam, 'main.tf'), line: lineOf(path.join(perTeam, 'main.tf'), /retention_days += each\.value/) },
      { variable: 'var.teams', kind: 'default', file: path.join(perTeam, 'main.tf'), line: lineOf(path.join(perTeam, 'main.tf'), /^ {2}default += \{/) },
    ]);
  });
});

describe('every format shows the line and the origin', () => {
  const line = lineOf(MAIN, /^ {2}name +=/);
  const prod = lineOf(PROD, /^track_name/);

  test('table: an AT column with file:line (short: relative to the folder reviewed), the origin in the finding', () => {
    const out = run(...ARGS, '--wide').stdout;
    const row = out.split('\n').find((l) => l.includes('[CA101 '))!;
    expect(row).toMatch(new RegExp(`^ {2}error +API-001 +tencentcloud_audit_track\\.main +main\\.tf:${line} +\\[CA101 `));
    expect(row).toContain(`; value from prod.tfvars:${prod} (var.track_name). Fix: `);
    expect(out).toContain(`value from variables.tf:${lineOf(VARIABLES, /default += "Wirte"/)} (default of var.action_type)`);
    expect(out).toContain('value from --var prefix=… (var.prefix)');
    expect(out).toContain(`value from prod.tfvars:${lineOf(PROD, /^team/)} (var.team) via main.tf:${lineOf(MAIN, /^ {2}bucket_name/)} (local.bucket_name)`);
    expect(out).not.toContain('a-b');
    // The fitted table too (120 columns).
    expect(run(...ARGS).stdout).toMatch(new RegExp(`\\n {2}error +API-001 +tencentcloud_audit_track\\.main +main\\.tf:${line} +\\[CA101 `));
  });

  test('table: a file outside the folder reviewed (a module\'s) keeps its whole path', () => {
    const complete = path.join(FIXTURES, 'hcl', 'examples', 'complete');
    const module = path.join(FIXTURES, 'hcl', 'modules', 'cloudaudit', 'main.tf');
    const row = run(complete, '--wide').stdout.split('\n').find((l) => / STO-001 /.test(l))!;
    expect(row).toContain(` ${module}:${lineOf(module, /^ {2}acl +=/)} `);
    expect(row).toContain(`value from main.tf:${lineOf(path.join(complete, 'main.tf'), /bucket_acl +=/)} (module.cloudaudit.var.bucket_acl)`);
  });

  test('markdown: an At column, the origin in the finding', () => {
    const md = run(...ARGS, '--format', 'markdown').stdout;
    expect(md).toContain('| Level | Rule | Resource | At | Finding |');
    expect(md).toContain(`| error | API-001 | tencentcloud_audit_track.main | main.tf:${line} |`);
    expect(md).toContain(`value from prod.tfvars:${prod} (var.track_name)`);
  });

  test('SARIF: the attribute line as region, the resource and the tfvars line as related locations', () => {
    const log = JSON.parse(run(...ARGS, '--format', 'sarif').stdout);
    expect(sarifProblems(log)).toEqual([]);
    const result = log.runs[0].results.find((x: any) => x.properties?.code === 'CA101');
    expect(result.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: MAIN.split(path.sep).join('/') }, region: { startLine: line } });
    expect(result.relatedLocations).toEqual([
      { id: 1, physicalLocation: { artifactLocation: { uri: MAIN.split(path.sep).join('/') }, region: { startLine: lineOf(MAIN, /^resource "tencentcloud_audit_track" "main"/) } }, message: { text: 'tencentcloud_audit_track.main is declared here' } },
      { id: 2, physicalLocation: { artifactLocation: { uri: PROD.split(path.sep).join('/') }, region: { startLine: prod } }, message: { text: 'var.track_name is set here' } },
    ]);
    expect(result.message.text).toContain(`value from ${PROD}:${prod} (var.track_name)`);
    // A --var has no file: named in the message, no related location for it.
    const fromVar = log.runs[0].results.find((x: any) => x.properties?.code === 'CA205');
    expect(fromVar.relatedLocations).toHaveLength(1);
    expect(fromVar.message.text).toContain('value from --var prefix=… (var.prefix)');
  });

  test('HTML: file:line, the attribute and the origin in the Source column', () => {
    const docs = loadPath(ORIGINS, { vars: [{ kind: 'file', file: PROD }] });
    const html = formatHtml(docs.map((d) => review(d)));
    expect(html).toContain(`${MAIN.replace(/([./_[-])/g, '$1<wbr>')}:${line}</span><br><span class="muted">name</span><br><span class="muted">value from`);
    expect(html).toContain('(var.track_name)');
  });
});

describe('.tf.json and cdk.tf.json: the line of the attribute\'s key', () => {
  test('a hand-written .tf.json: each attribute its key\'s line, a missing one the resource\'s', () => {
    const doc = compliantDoc();
    doc.resource.tencentcloud_audit_track.all.action_type = 'Wirte';
    doc.resource.tencentcloud_audit_track.all.storage = [{ ...doc.resource.tencentcloud_audit_track.all.storage, storage_prefix: 'x' }];
    const dir = fs.mkdtempSync(path.join(tmp, 'json-'));
    const file = path.join(dir, 'main.tf.json');
    fs.writeFileSync(file, JSON.stringify(doc, null, 2));
    const findings = findingsOf(dir);
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    const at = (f: Finding) => lines[f.line! - 1].trim();
    expect(at(byCode(findings, 'CA103'))).toBe('"action_type": "Wirte",');
    expect(byCode(findings, 'CA103')).toMatchObject({ attribute: 'action_type', resourceLine: lineOf(file, /"all": \{/) });
    expect(at(byCode(findings, 'CA205'))).toBe('"storage_prefix": "x"');
    expect(byCode(findings, 'CA205').attribute).toBe('storage.storage_prefix');
    // Values in JSON are as written: no variable to trace.
    expect(findings.some((f) => f.origin !== undefined)).toBe(false);
  });

  test('cdktf output: the attribute of cdk.tf.json', () => {
    const doc = compliantDoc();
    doc['//'] = { metadata: { stackName: 'where' } };
    doc.resource.tencentcloud_audit_track.all.name = 'a';
    const dir = fs.mkdtempSync(path.join(tmp, 'cdktf-'));
    const file = path.join(dir, 'cdk.tf.json');
    fs.writeFileSync(file, JSON.stringify(doc, null, 2));
    const f = byCode(findingsOf(file), 'CA101');
    expect(f).toMatchObject({ attribute: 'name', resourceLine: lineOf(file, /"all": \{/) });
    expect(fs.readFileSync(file, 'utf8').split('\n')[f.line! - 1].trim()).toBe('"name": "a",');
  });
});

describe('plans have no lines: the address is the location, none is invented', () => {
  test('no line, attribute or origin in JSON; no region in SARIF', () => {
    const plan = path.join(FIXTURES, 'plan.json');
    const findings = findingsOf(plan);
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(f).not.toHaveProperty('line');
      expect(f).not.toHaveProperty('attribute');
      expect(f).not.toHaveProperty('origin');
    }
    const results = JSON.parse(run(plan, '--format', 'sarif').stdout).runs[0].results;
    for (const x of results) expect(x.locations[0].physicalLocation).not.toHaveProperty('region');
    // The table's AT column names the plan file alone.
    expect(run(plan, '--wide').stdout).toMatch(/ {2}plan\.json +\S/);
  });
});

describe('the coverage matrix marks a selector the API refuses, never drops its track', () => {
  test('an invalid action_type, and a track Terraform refuses for its event_names', () => {
    const matrix = json(...ARGS).documents[0].matrix;
    expect(matrix).toEqual([
      { product: '*', read: [], write: [], invalid: ['prod audit (action_type: "Wirte" is not Read, Write or *)'] },
      { product: 'cam', read: [], write: [], invalid: ['refused-track (event_names: "*" is not a set (the argument is set(string)))'] },
    ]);
    const table = run(...ARGS, '--wide').stdout;
    expect(table).toMatch(/PRODUCT +READ +WRITE +INVALID SELECTOR \(RECORDS NOTHING\)\n {2}\* \(all products\) +- +- +prod audit \(action_type: "Wirte" is not Read, Write or \*\)\n {2}cam +- +- +refused-track/);
    expect(run(...ARGS, '--format', 'markdown').stdout).toContain('| Product | Read | Write | Invalid selector (records nothing) |');
    const docs = loadPath(ORIGINS, { vars: [{ kind: 'file', file: PROD }] });
    const html = formatHtml(docs.map((d) => review(d)));
    expect(html).toContain('<th scope="col">Invalid selector (records nothing)</th>');
    expect(html).toMatch(/invalid<\/span> refused-track <span class="muted">\(event_names: &quot;\*&quot; is not a set/);
  });

  test('an events track: the invalid selector marked, the valid one recorded', () => {
    const mistakes = path.join(FIXTURES, 'hcl', 'examples', 'mistakes');
    const doc = json(mistakes).documents[0];
    const cvm = doc.matrix.find((m: any) => m.product === 'cvm');
    expect(cvm.invalid).toEqual([expect.stringMatching(/^\S+ \(resource_type: /)]);
    expect(cvm.read.length).toBeGreaterThan(0);
    const track = doc.tracks.find((t: any) => t.address === 'tencentcloud_events_audit_track.cvm');
    expect(track.selectors.map((s: any) => s.invalid !== undefined)).toEqual([false, true]);
  });

  test('a valid configuration has no invalid mark', () => {
    const compliant = path.join(FIXTURES, 'hcl', 'examples', 'compliant');
    const doc = json(compliant).documents[0];
    expect(doc.matrix.some((m: any) => 'invalid' in m)).toBe(false);
    expect(run(compliant).stdout).not.toContain('INVALID SELECTOR');
  });
});

describe('citations: once per report, not in every finding', () => {
  test('no finding message repeats its rule\'s source', () => {
    for (const f of findingsOf(...ARGS)) {
      expect(f.message).not.toMatch(/Rule: |\(source: /);
    }
  });

  test('table: "Rules cited" lists each code once, with its rule and source', () => {
    const out = run(...ARGS, '--wide').stdout;
    const cited = out.split('\n').filter((l) => /^ {2}CA[0-9]{3} \w+: /.test(l));
    expect(cited.map((l) => l.trim().split(' ')[0])).toEqual(['CA101', 'CA103', 'CA205', 'CA201']);
    expect(cited[0]).toBe(`  CA101 TrackNameInvalid: ${ERROR_CODES.CA101.rule} (source: ${ERROR_CODES.CA101.source})`);
    // The sources are on those lines only.
    expect(out.split('\n').filter((l) => l.includes('(source: '))).toEqual(cited);
  });

  test('markdown: a footnote per code, referenced from its findings', () => {
    const md = run(...ARGS, '--format', 'markdown').stdout;
    expect(md).toMatch(/\\\[CA101 TrackNameInvalid\\\] name: .* \[\^CA101\] \|$/m);
    expect(md).toContain(`[^CA101]: CA101 TrackNameInvalid: trackName is 3-48 characters of letters, digits, "-" and "_" (source: ${ERROR_CODES.CA101.source})`);
    expect(md.split('[^CA101]:')).toHaveLength(2);
  });

  test('JSON: codes, with each one\'s rule and source', () => {
    expect(json(...ARGS).codes.CA103).toEqual({ name: 'ActionTypeInvalid', rule: ERROR_CODES.CA103.rule, source: ERROR_CODES.CA103.source });
  });

  test('HTML: one table of the sources', () => {
    const docs = loadPath(ORIGINS, { vars: [{ kind: 'file', file: PROD }] });
    const html = formatHtml(docs.map((d) => review(d)));
    expect(html).toContain('<h2 id="sources">Sources of the rules cited</h2>');
    expect(html.split('CreateAuditTrack API, https:').length).toBeGreaterThan(1);
    expect(html).not.toContain('Rule: trackName');
  });
});

describe('finding where an attribute is written (src/review/locate.ts)', () => {
  const hcl = (text: string, attribute: string) => {
    const src = new SourceText(text, false);
    return writtenAt(src.hclBlock(1), attribute);
  };

  test('heredocs, templates with braces, comments and one-line blocks are read past', () => {
    const text = [
      'resource "t" "n" {', // 1
      '  description = <<-EOT', // 2
      '    name = "not an attribute" }', // 3
      '  EOT', // 4
      '  tags = { a = "${jsonencode({ b = "}" })}", c = "$${x}" } # } comment', // 5
      '  /* storage_type = "x" } */', // 6
      '  lifecycle { prevent_destroy = true }', // 7
      '  name = "x"', // 8
      '  storage {', // 9
      '    storage_type = "cos"', // 10
      '  }', // 11
      '}', // 12
      'resource "t" "m" {', // 13
      '  name = "y"', // 14
      '}',
    ].join('\n');
    expect(hcl(text, 'name')).toEqual({ line: 8, attribute: 'name' });
    expect(hcl(text, 'lifecycle.prevent_destroy')).toEqual({ line: 7, attribute: 'lifecycle.prevent_destroy' });
    expect(hcl(text, 'storage.storage_type')).toEqual({ line: 10, attribute: 'storage.storage_type' });
    // Not written: the innermost block written, else nothing.
    expect(hcl(text, 'storage.storage_prefix')).toEqual({ line: 9, attribute: 'storage' });
    expect(hcl(text, 'acl')).toBeUndefined();
  });

  test('repeated blocks by index, and a dynamic block standing for the blocks it makes', () => {
    const text = [
      'resource "t" "n" {',
      '  filters {',
      '    resource_fields {',
      '      action_type = "Read"',
      '    }',
      '    resource_fields {',
      '      action_type = "Wirte"',
      '    }',
      '  }',
      '  dynamic "storage" {',
      '    for_each = var.x',
      '    content {',
      '      storage_name = storage.value',
      '    }',
      '  }',
      '}',
    ].join('\n');
    expect(hcl(text, 'filters.resource_fields[1].action_type')).toEqual({ line: 7, attribute: 'filters.resource_fields[1].action_type' });
    expect(hcl(text, 'filters[0].resource_fields[0].action_type')).toEqual({ line: 4, attribute: 'filters[0].resource_fields[0].action_type' });
    expect(hcl(text, 'storage[2].storage_name')).toEqual({ line: 13, attribute: 'storage[2].storage_name' });
  });

  test('JSON: the list forms Terraform JSON allows, and keys with escapes', () => {
    const text = JSON.stringify({ resource: [{ t: { n: [{ naïve: 1, storage: [{ a: 1 }, { b: [1, 2] }] }] } }] }, null, 2);
    const src = new SourceText(text, true);
    const tree = src.jsonObject(['resource', 't', 'n']);
    const lines = text.split('\n');
    expect(lines[writtenAt(tree, 'na\u00efve')!.line - 1].trim()).toBe('"na\u00efve": 1,');
    expect(lines[writtenAt(tree, 'storage[1].b')!.line - 1].trim()).toBe('"b": [');
    expect(writtenAt(tree, 'storage[1].b[1]')!.attribute).toBe('storage[1].b[1]');
  });

  test('a large file: linear, each block read once', () => {
    const n = 20_000;
    // Each block holds a heredoc: the scan reads it to its marker, not the rest of the file.
    const block = (i: number) => `resource "t" "r${i}" {\n  name = "x"\n  description = <<EOT\n  x }\nEOT\n  storage {\n    storage_prefix = "p"\n  }\n}\n`;
    const text = Array.from({ length: n }, (_, i) => block(i)).join('');
    const src = new SourceText(text, false);
    const started = Date.now();
    const wrong: number[] = [];
    for (let i = 0; i < n; i++) if (writtenAt(src.hclBlock(i * 9 + 1), 'storage.storage_prefix')?.line !== i * 9 + 7) wrong.push(i);
    const ms = Date.now() - started;
    expect(wrong).toEqual([]);
    // About 1 s on a slow CI machine; a scan of the text per block (quadratic) takes minutes.
    expect(ms).toBeLessThan(10_000);
  });
});
