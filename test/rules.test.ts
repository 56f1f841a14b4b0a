import { ERROR_CODES, formatViolation } from '../src/rules/errors';
import { checkRegion, regionWarnings, REGIONS, RETIRED_REGIONS, suggestRegion } from '../src/rules/regions';
import { checkEventNames } from '../src/rules/track';

describe('region catalogue', () => {
  test('has the CreateAuditTrack API regions and no duplicates', () => {
    for (const r of ['ap-guangzhou', 'ap-hongkong', 'ap-seoul', 'ap-singapore', 'ap-tokyo', 'eu-frankfurt']) expect(REGIONS).toContain(r);
    expect(new Set(REGIONS).size).toBe(REGIONS.length);
    expect(REGIONS.filter((r) => RETIRED_REGIONS.includes(r))).toEqual([]);
  });
  test.each([
    ['ap-guangzho', 'ap-guangzhou'], ['guangzhou', 'ap-guangzhou'], ['AP-SHANGHAI', 'ap-shanghai'],
    ['ap_beijing', 'ap-beijing'], ['eu-frankfort', 'eu-frankfurt'], ['na-siliconvaley', 'na-siliconvalley'],
  ])('suggests %p -> %p', (typo, expected) => expect(suggestRegion(typo)).toBe(expected));
  test('suggests nothing for nonsense', () => expect(suggestRegion('mars-central-9')).toBeUndefined());
  test('accepts every catalogue region', () => {
    for (const r of REGIONS) expect(checkRegion(r)).toEqual([]);
  });
  test('the API-region warning names the source', () => {
    expect(regionWarnings('na-ashburn', 'audit-api')[0].problem).toContain('1021/45906');
    expect(regionWarnings('ap-shanghai', 'audit-api')).toEqual([]);
    expect(regionWarnings('ap-guangzhou', 'audit-api')).toEqual([]);
  });
});

describe('error catalogue', () => {
  test('every code is CAnnn with a name, rule, source and level', () => {
    for (const [code, info] of Object.entries(ERROR_CODES)) {
      expect(code).toMatch(/^CA\d{3}$/);
      expect(info.name).toMatch(/^[A-Z][A-Za-z0-9]+$/);
      expect(info.rule.length).toBeGreaterThan(10);
      expect(info.source.length).toBeGreaterThan(5);
      expect(['error', 'warning']).toContain(info.level);
    }
  });
  test('a violation renders code, name, path, field, rule, source and fix', () => {
    const [v] = checkEventNames(['*', 'A'], 'cvm');
    expect(formatViolation(v, 'Stack/Track')).toBe(
      `[CA107 EventNamesStarMixed] Stack/Track: eventNames: ["*","A"] mixes "*" with API names. Rule: ${ERROR_CODES.CA107.rule} (source: ${ERROR_CODES.CA107.source}). Fix: use ["*"] alone for all APIs, or drop "*" and keep the names`,
    );
  });
});
