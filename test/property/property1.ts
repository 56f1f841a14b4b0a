/**
 * Property 1: every input either throws our coded validation error, or synthesizes a document
 * that conforms to the provider schema AND passes the independent oracle (./oracle.ts, written
 * from the API docs, not from src/rules).
 *
 * Run in SHARDS test files (property1-shard<k>.test.ts), each FUZZ_RUNS / SHARDS cases: cdktf keeps
 * every token it ever created in a process-wide map, so one file of 100,000 syntheses runs out of
 * heap; jest gives each file a fresh module registry, and with it a fresh map.
 */
import fc from 'fast-check';
import { checkConformance } from '../support';
import * as gen from './generators';
import { oracleProblems } from './oracle';
import { outcome, Tally } from './support';

export const SHARDS = 4;

export function property1(shard: number): void {
  const runs = Math.ceil(gen.runs(2500) / SHARDS);
  const tally = new Tally();
  afterAll(() => {
    process.stdout.write(`\n${tally.summary(`property 1, shard ${shard}/${SHARDS} (coded error or sound document)`)}\n`);
  });
  describe(`property 1 (shard ${shard}/${SHARDS}): a coded error, or a document that conforms and passes the oracle`, () => {
    test(`holds for ${runs} generated inputs`, () => {
      fc.assert(fc.property(gen.track, (spec) => {
        const o = outcome(spec);
        if (o.kind === 'refused') {
          tally.add(o.code);
          return;
        }
        const problems = [...checkConformance(o.doc), ...oracleProblems(o.doc)];
        if (problems.length > 0) throw new Error(`synthesized, but:\n${problems.join('\n')}`);
        tally.add('synthesized');
      }), { numRuns: runs });
      // The generators must reach both sides, or the property proves little.
      expect(tally.get('synthesized')).toBeGreaterThan(runs * 0.05);
      expect(tally.total - tally.get('synthesized')).toBeGreaterThan(runs * 0.2);
    }, Math.max(120_000, runs * 40));
  });
}
