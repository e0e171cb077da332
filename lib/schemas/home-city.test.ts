import { describe, expect, it } from 'vitest';
import { homeCityInputSchema } from './home-city';

const blank = { name: '', regionName: '', pressOfficeName: '', pressAddress: '' };
const valid = {
  kind: 'city',
  countryCode: 'KZ',
  latitude: '42.3417',
  longitude: '69.5901',
  pressEmail: '',
  pressPhone: '',
  websiteUrl: '',
  dataLicense: 'CC-BY-4.0',
  submissionRetentionDays: '365',
  translations: { ru: { ...blank, name: 'Шымкент' }, kk: blank, en: { ...blank, name: 'Shymkent' } },
};

describe('homeCityInputSchema', () => {
  it('reads the settings form; an unticked box is false', () => {
    expect(homeCityInputSchema.parse(valid)).toMatchObject({ latitude: 42.3417, pressEmail: null, showEditorNames: false });
    expect(homeCityInputSchema.parse({ ...valid, showEditorNames: 'on' }).showEditorNames).toBe(true);
  });
  it('carries the open call: the themes sought and the days a submission is kept', () => {
    expect(homeCityInputSchema.parse({ ...valid, soughtThemes: { ecology: 'on', youth: 'on' }, submissionRetentionDays: '90' })).toMatchObject({
      soughtThemes: ['ecology', 'youth'],
      submissionRetentionDays: 90,
    });
    expect(homeCityInputSchema.safeParse({ ...valid, submissionRetentionDays: '3651' }).error?.issues[0]).toMatchObject({
      path: ['submissionRetentionDays'],
      message: 'outOfRange',
    });
  });
  it('wants a place on the map, a real e-mail address and a licence id', () => {
    const parsed = homeCityInputSchema.safeParse({ ...valid, latitude: '', pressEmail: 'press at city', dataLicense: 'CC BY 4.0' });
    expect(parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message]))).toEqual({
      latitude: 'required',
      pressEmail: 'email',
      dataLicense: 'license',
    });
  });
});
