import { describe, expect, it } from 'vitest';
import { loadMapApproval, MAP_APPROVAL_WARNING, parseMapApproval } from '../src/lib/site/loadMapApproval';

describe('the 审图号 setting (site.config.json mapApprovalNumber)', () => {
  it('is unset in the repository: the maps show an empty slot until the operator has a number', () => {
    expect(loadMapApproval()).toBeUndefined();
  });

  it('accepts numbers as issued, national and provincial, half- or full-width brackets', () => {
    expect(parseMapApproval('{"mapApprovalNumber": "GS(2024)0650号"}')).toBe('GS(2024)0650号');
    expect(parseMapApproval('{"mapApprovalNumber": "GS京（2023）1234号"}')).toBe('GS京（2023）1234号');
    expect(parseMapApproval('{"mapApprovalNumber": " 粤S(2024)012号 "}')).toBe('粤S(2024)012号');
    expect(parseMapApproval('{"mapApprovalNumber": null}')).toBeUndefined();
  });

  it('refuses anything else with a message naming the file, the setting and the fix', () => {
    expect(() => parseMapApproval('{"mapApprovalNumber": "pending"}')).toThrow(
      'site.config.json (mapApprovalNumber): must be null or a 审图号 written as issued, e.g. "GS(2024)0650号" or ' +
        '"GS京(2023)1234号" — got "pending"; no other keys are allowed',
    );
    expect(() => parseMapApproval('{"mapApprovalNumber": null, "x": 1}')).toThrow('no other keys are allowed');
    expect(() => parseMapApproval('{')).toThrow(/^site\.config\.json: not valid JSON/);
  });

  it('warns at build time naming the setting while it is unset', () => {
    expect(MAP_APPROVAL_WARNING).toMatch(/^site\.config\.json: "mapApprovalNumber" is not set/);
  });
});
