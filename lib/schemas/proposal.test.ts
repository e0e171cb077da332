import { describe, expect, it } from 'vitest';
import { proposalInputSchema } from './proposal';

const blank = { partnerName: '', place: '', initiator: '', rationale: '' };
const valid = {
  countryCode: 'cn',
  latitude: '24,48',
  longitude: '118.09',
  visibility: 'internal',
  agreementId: '',
  stages: { 0: { stage: 'initiative', date: '2021', note: '' } },
  publicationStatus: 'draft',
  publishAt: '',
  translations: { ru: { ...blank, partnerName: 'Сямэнь', initiator: 'Сторона Сямэня' }, kk: blank, en: { ...blank, partnerName: 'Xiamen' } },
};

const errorsOf = (input: unknown) => {
  const parsed = proposalInputSchema.safeParse(input);
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('proposalInputSchema', () => {
  it('reads a filled-in form: the country in capitals, coordinates with a comma or a point, the current stage is the last row', () => {
    const p = proposalInputSchema.parse({
      ...valid,
      stages: { 4: { stage: 'negotiations', date: '2021-08', note: 'Онлайн-встреча' }, 1: { stage: 'initiative', date: '2021', note: '' } },
    });
    expect(p).toMatchObject({ countryCode: 'CN', latitude: 24.48, longitude: 118.09, visibility: 'internal', agreementId: null, stage: 'negotiations' });
    expect(p.stages.map((s) => s.stage)).toEqual(['initiative', 'negotiations']);
    expect(p.translations.ru).toMatchObject({ partnerName: 'Сямэнь', place: null, initiator: 'Сторона Сямэня' });
  });

  it('refuses a stage dated before an earlier one, beside that row, and accepts a less precise date in the same period', () => {
    const stages = (second: string) => ({ 0: { stage: 'initiative', date: '2021-08-20', note: '' }, 1: { stage: 'letter_of_intent', date: second, note: '' } });
    expect(errorsOf({ ...valid, stages: stages('2021-08-19') })).toEqual({ 'stages.1.date': 'stageBeforePrevious' });
    expect(errorsOf({ ...valid, stages: stages('2020') })).toEqual({ 'stages.1.date': 'stageBeforePrevious' });
    expect(errorsOf({ ...valid, stages: stages('2021') })).toEqual({});
    expect(errorsOf({ ...valid, stages: stages('2021-08-20') })).toEqual({});
  });

  it('needs a stage, both coordinates or neither, and the agreement once the agreement is signed', () => {
    expect(errorsOf({ ...valid, stages: { 0: { stage: '', date: '', note: '' } } })).toEqual({ stages: 'stagesRequired' });
    expect(errorsOf({ ...valid, longitude: '' })).toEqual({ longitude: 'coordinatesPair' });
    expect(errorsOf({ ...valid, latitude: '91' })).toEqual({ latitude: 'outOfRange' });
    const signed = { ...valid.stages, 1: { stage: 'agreement_signed', date: '2024', note: '' } };
    expect(errorsOf({ ...valid, stages: signed })).toEqual({ agreementId: 'agreementRequired' });
    expect(proposalInputSchema.parse({ ...valid, stages: signed, agreementId: '7' })).toMatchObject({ stage: 'agreement_signed', agreementId: 7 });
  });

  it('needs the partner name in Russian and a visibility from the list', () => {
    expect(errorsOf({ ...valid, translations: { ...valid.translations, ru: blank } })).toEqual({ 'translations.ru.partnerName': 'required' });
    expect(errorsOf({ ...valid, visibility: 'secret' })).toEqual({ visibility: 'required' });
    expect(errorsOf({ ...valid, translations: { ...valid.translations, kk: { ...blank, place: 'Фуцзянь' } } })).toEqual({
      'translations.kk.partnerName': 'titleForTranslation',
    });
  });
});
