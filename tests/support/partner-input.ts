import { partnerInputSchema, type PartnerInput } from '@/lib/schemas/partner';

/** A partner's texts in one language, all empty: a language without a name has no row. */
export const blankTexts = { name: '', regionName: '', about: '' };

/** A valid partner form, parsed as the save action parses it: a draft city in Kazakhstan, named only in Russian. */
export const partnerInput = (overrides: Record<string, unknown> = {}): PartnerInput =>
  partnerInputSchema.parse({
    slug: 'test-town',
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
