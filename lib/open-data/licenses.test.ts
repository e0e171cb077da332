import { describe, expect, it } from 'vitest';
import { dataLicense } from './licenses';

describe('dataLicense', () => {
  it('names the default licence and links its official text', () => {
    expect(dataLicense('CC-BY-4.0')).toEqual({
      id: 'CC-BY-4.0',
      shortName: 'CC BY 4.0',
      name: 'Creative Commons Attribution 4.0 International',
      url: 'https://creativecommons.org/licenses/by/4.0/',
    });
  });
  it('reads SPDX ids case-insensitively', () => {
    expect(dataLicense('odbl-1.0')).toMatchObject({ id: 'ODbL-1.0', url: 'https://opendatacommons.org/licenses/odbl/1-0/' });
    expect(dataLicense('cc0-1.0').shortName).toBe('CC0 1.0');
  });
  it('shows an unknown id as written, without inventing a name or link', () => {
    expect(dataLicense('OGL-KZ-1.0')).toEqual({ id: 'OGL-KZ-1.0', shortName: 'OGL-KZ-1.0', name: null, url: null });
  });
});
