import { describe, expect, it } from 'vitest';
import { BENCH_SEARCH_WORD, FULL_SIZES, generateBenchDataset } from './dataset';

const small = { partners: 20, agreements: 50, events: 400, eventsOfBusiestPartner: 37 };

describe('the synthetic benchmark dataset', () => {
  it('is the same for the same seed, and differs for another', () => {
    expect(generateBenchDataset(7, small)).toEqual(generateBenchDataset(7, small));
    expect(generateBenchDataset(8, small).partners).not.toEqual(generateBenchDataset(7, small).partners);
  });

  it('has the sizes asked for, every text in three locales, and one partner with exactly its share of events', () => {
    const data = generateBenchDataset(7, FULL_SIZES);
    expect([data.partners.length, data.agreements.length, data.events.length]).toEqual([1_000, 5_000, 50_000]);
    expect([data.partnerTexts.length, data.agreementTexts.length, data.eventTexts.length]).toEqual([3_000, 15_000, 150_000]);
    const busiest = data.partners.find((p) => p.slug === data.busiestPartnerSlug);
    expect(data.eventPartners.filter((e) => e.partnerId === busiest?.id)).toHaveLength(500);
    expect(new Set(data.partners.map((p) => p.id)).size).toBe(1_000);
    expect([data.projects.length, data.projectTexts.length, data.projectPartners.length]).toEqual([10_000, 30_000, 10_000]);
    expect(data.events.filter((e) => e.projectId !== null)).toHaveLength(7_142);
    expect([data.organizations.length, data.organizationTexts.length, data.proposals.length, data.proposalTexts.length]).toEqual([10_000, 30_000, 500, 1_500]);
    expect(data.proposals.filter((p) => p.visibility === 'internal')).toHaveLength(250);
  });

  it('says it is synthetic in every language, in real Kazakh, and keeps dates normalised', () => {
    const data = generateBenchDataset(7, small);
    for (const t of data.partnerTexts) expect(t.name).toMatch(/^(Синтетический партнёр|Синтетикалық серіктес|Synthetic partner) \d{4}$/);
    expect(data.eventTexts.filter((t) => t.locale === 'kk').every((t) => /[әғқңөұүһі]/.test(t.body))).toBe(true);
    expect(data.eventTexts.filter((t) => t.locale === 'ru').every((t) => t.title.includes(BENCH_SEARCH_WORD))).toBe(true);
    for (const e of data.events) {
      if (e.startPrecision !== 'day') expect(e.startDate.endsWith('-01')).toBe(true);
      if (e.startPrecision === 'year') expect(e.startDate.slice(5)).toBe('01-01');
      if (e.endDate) expect(e.endDate >= e.startDate).toBe(true);
    }
  });
});
