import { partnerInputSchema } from '@/lib/schemas/partner';

/** A language's partner texts left blank (kk and en fall back to ru). */
export const blankTexts = { name: '', regionName: '', about: '' };

/** A valid partner form as the admin posts it (field by field, unparsed): a draft city with a Russian name. */
export const partnerFormFields = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  slug: 'turkistan-test',
  kind: 'city',
  status: 'active',
  countryCode: 'KZ',
  latitude: '',
  longitude: '',
  foundedYear: '',
  population: '',
  populationYear: '',
  areaKm2: '',
  areaYear: '',
  timeZone: '',
  websiteUrl: '',
  publicationStatus: 'draft',
  publishAt: '',
  translations: { ru: { ...blankTexts, name: 'Тестовый город' }, kk: blankTexts, en: blankTexts },
  ...overrides,
});

/** That form parsed, changed field by field. */
export const partnerForm = (overrides: Record<string, unknown> = {}) => partnerInputSchema.parse(partnerFormFields(overrides));
