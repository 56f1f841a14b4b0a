/**
 * `--format html` in a real browser (Debian's chromium, headless, test/support/chromium.ts): the
 * report of every review fixture renders without a console error and without a request beyond
 * itself, passes axe-core (WCAG 2.1 A/AA and best practices), fits a phone's width and prints; one
 * fixture's screenshot is compared with the committed one. Every piece of input text is escaped.
 *
 * Regenerate the reference screenshot (after a deliberate change): UPDATE_SCREENSHOTS=1 npx jest test/review/html.test.ts
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PNG } from 'pngjs';
import { reviewDoc, compliantDoc, acknowledge } from './support';
import { evaluateFrameworks } from '../../src/review/compliance';
import { review } from '../../src/review/engine';
import { esc, formatHtml } from '../../src/review/html';
import { loadPath, ReviewInputError } from '../../src/review/load';
import { ReviewResult } from '../../src/review/model';
import { FRAMEWORKS, FrameworkId } from '../../src/rules/compliance';
import { Chromium, Page } from '../support/chromium';

jest.setTimeout(60_000);

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'review');
const REFERENCE = path.join(FIXTURES, 'html', 'raw-noncompliant.png');
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const ALL = Object.keys(FRAMEWORKS) as FrameworkId[];
/** The fixtures that are bad input on purpose: they have no report. */
const BAD_INPUT = ['hcl/broken/syntax', 'truncated.json'];

/** Every review fixture: each entry of test/fixtures/review, each folder two levels under hcl/, each corpus folder. */
function fixtures(): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(FIXTURES).sort()) {
    if (e === 'html') continue;
    if (e === 'corpus') {
      for (const f of fs.readdirSync(path.join(FIXTURES, e)).sort()) if (fs.existsSync(path.join(FIXTURES, e, f, 'expect.json'))) out.push(`corpus/${f}`);
      continue;
    }
    if (e !== 'hcl') { out.push(e); continue; }
    for (const group of fs.readdirSync(path.join(FIXTURES, 'hcl')).sort()) {
      for (const f of fs.readdirSync(path.join(FIXTURES, 'hcl', group)).sort()) out.push(`hcl/${group}/${f}`);
    }
  }
  return out;
}

function reviewFixture(rel: string): ReviewResult[] {
  // Relative to the repository (jest's working directory): the page shows no machine's path.
  const docs = loadPath(path.relative(process.cwd(), path.join(FIXTURES, rel)));
  return docs.map((d) => review(d, { app: docs.every((x) => x.kind === 'cdktf') ? docs : undefined }));
}

let browser: Chromium;
let page: Page;
let tmp: string;
const pages = new Map<string, string>();

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'html-report-'));
  for (const rel of fixtures()) {
    let results: ReviewResult[];
    try {
      results = reviewFixture(rel);
    } catch (e) {
      if (e instanceof ReviewInputError && BAD_INPUT.includes(rel)) continue;
      throw e;
    }
    const file = path.join(tmp, `${rel.replace(/[/.]/g, '_')}.html`);
    fs.writeFileSync(file, formatHtml(results, { frameworks: evaluateFrameworks(results, ALL), version: '0.0.0' }));
    pages.set(rel, file);
  }
  browser = await Chromium.launch();
  page = await browser.page();
});

afterAll(async () => {
  await browser?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

test('every review fixture has a report, but the bad-input ones', () => {
  expect([...pages.keys()].length).toBeGreaterThanOrEqual(15);
  expect(fixtures().filter((f) => !pages.has(f))).toEqual(BAD_INPUT);
});

describe('each fixture\'s report in chromium', () => {
  test.each(fixtures().filter((f) => !BAD_INPUT.includes(f)))('%s: renders without console errors, requests nothing, passes axe-core', async (rel) => {
    const file = pages.get(rel)!;
    await page.viewport(1024, 768);
    const log = await page.open(file);
    expect(log.errors).toEqual([]);
    expect(log.requests).toEqual([`file://${file}`]);
    expect(await page.evaluate('document.querySelectorAll("h1").length')).toBe(1);
    await page.evaluate(AXE);
    const axe = await page.evaluate<{ violations: Array<{ id: string; help: string; nodes: string[] }>; passes: number }>(`axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    }).then((r) => ({ passes: r.passes.length, violations: r.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) })) }))`);
    expect(axe.violations).toEqual([]);
    expect(axe.passes).toBeGreaterThan(15);
  });
});

test('on a phone (390 px) the page never scrolls sideways: wide tables scroll in their own region', async () => {
  await page.viewport(390, 844, true);
  for (const rel of ['raw-noncompliant', 'hcl/examples/complete']) {
    await page.open(pages.get(rel)!);
    const { scroll, inner } = await page.evaluate('({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth })');
    expect({ rel, scroll }).toEqual({ rel, scroll: inner });
  }
});

test('printed: the navigation is hidden, table headers repeat, and it makes a PDF', async () => {
  await page.viewport(1024, 768);
  await page.open(pages.get('raw-noncompliant')!);
  await page.media('print');
  expect(await page.evaluate('getComputedStyle(document.querySelector("nav")).display')).toBe('none');
  expect(await page.evaluate('getComputedStyle(document.querySelector("thead")).display')).toBe('table-header-group');
  const pdf = await page.pdf();
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect((pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length).toBeGreaterThan(1);
  await page.media('screen');
});

test('the screenshot of a fixture report matches the committed one (800x1200, within 0.25% of pixels)', async () => {
  const results = reviewFixture('raw-noncompliant');
  const file = path.join(tmp, 'screenshot.html');
  fs.writeFileSync(file, formatHtml(results, { frameworks: evaluateFrameworks(results, ['csl']), version: '0.0.0' }));
  await page.viewport(800, 1200);
  expect((await page.open(file)).errors).toEqual([]);
  const shot = await page.screenshot();
  if (process.env.UPDATE_SCREENSHOTS === '1') {
    fs.mkdirSync(path.dirname(REFERENCE), { recursive: true });
    fs.writeFileSync(REFERENCE, shot);
  }
  if (!fs.existsSync(REFERENCE)) throw new Error(`no reference screenshot ${REFERENCE}: create it with UPDATE_SCREENSHOTS=1 npx jest test/review/html.test.ts`);
  const a = PNG.sync.read(shot);
  const b = PNG.sync.read(fs.readFileSync(REFERENCE));
  expect([a.width, a.height]).toEqual([b.width, b.height]);
  let differing = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    const d = Math.max(Math.abs(a.data[i] - b.data[i]), Math.abs(a.data[i + 1] - b.data[i + 1]), Math.abs(a.data[i + 2] - b.data[i + 2]));
    if (d > 40) differing++;
  }
  const fraction = differing / (a.width * a.height);
  if (fraction > 0.0025) fs.writeFileSync(path.join(os.tmpdir(), 'html-report-actual.png'), shot);
  expect(fraction).toBeLessThanOrEqual(0.0025);
});

describe('hostile input text is escaped', () => {
  const SCRIPT = '<script>alert(1)</script>';
  const IMG = '"\'><img src=x onerror=alert(2)>&amp;';
  const ESCAPE = 'red\u001b[31m\u0007bell\u202eevil\u0000';

  function hostileResults(): ReviewResult[] {
    const doc = compliantDoc();
    doc.resource.tencentcloud_audit_track.all.name = SCRIPT;
    doc.resource.tencentcloud_audit_track.cls.name = ESCAPE;
    doc.resource.tencentcloud_cos_bucket.logs.acl = IMG;
    acknowledge(doc, 'tencentcloud_cos_bucket.logs', 'STO-001', `</td></tr></table><h1>${SCRIPT}</h1> reason & more`);
    const r = reviewDoc(doc);
    return [{ ...r, document: { ...r.document, name: `${SCRIPT}${ESCAPE}`, file: IMG } }];
  }

  test('esc: entities for &<>"\', visible escapes for control and bidi characters', () => {
    expect(esc('<a href="x">&\'</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;');
    expect(esc('a\u001b[31mb\u202ec\u0000')).toBe('a\\u{1b}[31mb\\u{202e}c\\u{0}');
    expect(esc('tab\tand\nline')).toBe('tab\tand\nline');
  });

  test('the page holds no tag, attribute or control character from the input', () => {
    const html = formatHtml(hostileResults(), { frameworks: evaluateFrameworks(hostileResults(), ALL) });
    expect(html).not.toMatch(/<script|<img|<h1>\s*&lt;|onerror=alert\(2\)>/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;&#39;&gt;&lt;img src=x onerror=alert(2)&gt;&amp;amp;');
    // eslint-disable-next-line no-control-regex
    expect(html).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u202e]/);
    expect(html).toContain('red\\u{1b}[31m\\u{7}bell\\u{202e}evil\\u{0}');
  });

  test('in chromium: the text shows as written, no element comes from it', async () => {
    const file = path.join(tmp, 'hostile.html');
    const results = hostileResults();
    fs.writeFileSync(file, formatHtml(results, { frameworks: evaluateFrameworks(results, ALL) }));
    await page.viewport(1024, 768);
    const log = await page.open(file);
    expect(log.errors).toEqual([]);
    expect(log.requests).toEqual([`file://${file}`]);
    expect(await page.evaluate('document.querySelectorAll("script, img, iframe, object, embed, form, [onerror]").length')).toBe(0);
    expect(await page.evaluate('document.querySelectorAll("h1").length')).toBe(1);
    const text = await page.evaluate<string>('document.body.innerText');
    expect(text).toContain(SCRIPT);
    expect(text).toContain('"\'><img src=x onerror=alert(2)>&amp;');
    expect(text).toContain('</td></tr></table><h1><script>alert(1)</script></h1> reason & more');
  });
});
