/**
 * Property-based tests (fast-check), part 2; property 1 is in property1-shard*.test.ts.
 * CI runs a few thousand cases; `npm run fuzz` sets FUZZ_RUNS=100000 (property 2 runs a tenth of
 * that, three syntheses each).
 *
 * Property 2: synth is byte-identical across two runs, whatever the order of event names and
 * selectors.
 */
import fc from 'fast-check';
import * as gen from './generators';
import { oracleProblems } from './oracle';
import { outcome, Tally } from './support';

const P2_RUNS = Math.max(200, Math.floor(gen.runs(3000) / 10));
const TIMEOUT_MS = Math.max(120_000, P2_RUNS * 120);

const tally2 = new Tally();

afterAll(() => {
  process.stdout.write(`\n${tally2.summary('property 2 (deterministic, order-independent)')}\n`);
});

describe('the oracle is independent and catches what it should', () => {
  const doc = (track: object) => ({ resource: { tencentcloud_audit_track: { t: { name: 'org-audit', status: 1, action_type: '*', resource_type: '*', event_names: ['*'], storage: { storage_type: 'cos', storage_region: 'ap-hongkong', storage_name: 'audit-logs', storage_prefix: 'cloudaudit' }, ...track } } } });
  test('accepts a sound track', () => expect(oracleProblems(doc({}))).toEqual([]));
  test.each([
    [{ name: 'ab' }, 'name'],
    [{ event_names: ['DeleteUser'] }, 'needs event_names ["*"]'],
    [{ resource_type: 'cam', event_names: Array.from({ length: 11 }, (_, i) => `Api${i}`) }, 'at most 10'],
    [{ resource_type: 'cam', event_names: ['*', 'DeleteUser'] }, 'mixed'],
    [{ storage: { storage_type: 'cos', storage_region: 'ap-hongkong', storage_name: 'logs-1250000000', storage_prefix: 'cloudaudit' } }, 'APPID'],
    [{ storage: { storage_type: 'cos', storage_region: 'ap-hongkong', storage_name: 'logs', storage_prefix: 'ab' } }, 'storage_prefix'],
  ])('refuses %p', (track, fragment) => {
    expect(oracleProblems(doc(track)).join('\n')).toContain(fragment);
  });
  test('does not import src/rules', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const source: string = require('fs').readFileSync(require.resolve('./oracle'), 'utf8');
    expect(source).not.toMatch(/from ['"][./]*src\//);
    expect(source).not.toMatch(/rules\//);
  });
});

/** A valid spec with its selection lists shuffled by `shuffle`. */
function reorder(spec: gen.TrackSpec, perm: <T>(xs: T[]) => T[]): gen.TrackSpec {
  const p = spec.props;
  return {
    ...spec,
    props: {
      ...p,
      eventNames: p.eventNames ? perm(p.eventNames) : undefined,
      selectors: p.selectors ? perm(p.selectors).map((s) => ({ ...s, eventNames: s.eventNames ? perm(s.eventNames) : undefined })) : undefined,
    },
  };
}

describe('property 2: synth is deterministic and independent of list order', () => {
  test(`holds for ${P2_RUNS} generated valid inputs`, () => {
    fc.assert(fc.property(gen.validTrack, fc.integer(), (spec, seed) => {
      const first = outcome(spec);
      fc.pre(first.kind === 'synthesized');
      // A deterministic shuffle from the seed, so a counterexample replays (32-bit LCG).
      /* eslint-disable no-bitwise */
      let s = seed >>> 0;
      const perm = <T>(xs: T[]): T[] => {
        const out = [...xs];
        for (let i = out.length - 1; i > 0; i--) {
          s = (Math.imul(s, 1103515245) + 12345) >>> 0;
          const j = s % (i + 1);
          [out[i], out[j]] = [out[j], out[i]];
        }
        /* eslint-enable no-bitwise */
        return out;
      };
      const again = outcome(spec);
      const shuffled = outcome(reorder(spec, perm));
      if (first.kind !== 'synthesized' || again.kind !== 'synthesized') throw new Error('second synth of the same input failed');
      if (again.json !== first.json) throw new Error('two syntheses of the same input differ');
      if (shuffled.kind !== 'synthesized') throw new Error(`reordering the lists made the input fail with ${shuffled.code}`);
      if (shuffled.json !== first.json) throw new Error('reordering event names or selectors changed the document');
      tally2.add('identical');
    }), { numRuns: P2_RUNS, maxSkipsPerRun: 1000 });
    expect(tally2.get('identical')).toBeGreaterThan(P2_RUNS * 0.05);
  }, TIMEOUT_MS);
});
