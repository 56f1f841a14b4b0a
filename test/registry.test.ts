/**
 * The rule registry: one object per rule, unique codes, codes as a type, and a rule can only raise
 * its own code.
 */
import { findRule, ruleOf, RuleCode, RULES } from '../src/rules/index';
import { Rule } from '../src/rules/rule';

const all = RULES as readonly Rule[];

test('every code is unique', () => {
  const codes = all.map((r) => r.code);
  expect(codes.filter((c, i) => codes.indexOf(c) !== i)).toEqual([]);
});

test('a rule that reads Terraform has a review group and a reader; a review group exists for it', () => {
  for (const r of all.filter((x) => x.code.startsWith('CA') && x.reads !== undefined)) {
    expect({ code: r.code, group: r.review && findRule(r.review)?.code }).toEqual({ code: r.code, group: r.review });
  }
});

test('a code that is not in the registry does not compile', () => {
  // @ts-expect-error 'CA999' is not a RuleCode: `npx tsc -p test/tsconfig.json` fails if it ever becomes one.
  const typo: RuleCode = 'CA999';
  expect(findRule(typo)).toBeUndefined();
  expect(ruleOf('CA101').name).toBe('TrackNameInvalid');
});

test('a rule raises its own code only, whatever its input', () => {
  for (const r of all) {
    const problem = { field: 'x', problem: 'p', fix: 'f' };
    expect(r.violation(problem).code).toBe(r.code);
    if (r.example !== undefined) expect(r.check(r.example).map((v) => v.code)).toEqual([r.code]);
  }
});
