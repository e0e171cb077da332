import type { PrismaClient } from '@/lib/generated/prisma/client';

/** Valid admin forms, one per editor, to start bad input from: a test changes one field at a time. */

const LOCALES = ['ru', 'kk', 'en'] as const;

export type Fields = [name: string, value: string][];
/** The texts in every language: ru filled in, kk and en only in the first (required) field. */
const texts = (fields: Record<string, string>): Fields =>
  LOCALES.flatMap((l) =>
    Object.entries(fields).map(([f, v]): [string, string] => [`translations.${l}.${f}`, l === 'ru' || f === Object.keys(fields)[0] ? v : '']),
  );

/** The records the forms refer to, from the seeded Kazan dataset. */
export type FormIds = { chengdu: string; qingdao: string; source: number };

/** Those records, and the first agreement and event to save over. */
export const seededIds = async (prisma: PrismaClient) => ({
  chengdu: (await prisma.partner.findUniqueOrThrow({ where: { slug: 'chengdu' } })).id,
  qingdao: (await prisma.partner.findUniqueOrThrow({ where: { slug: 'qingdao' } })).id,
  source: (await prisma.source.findFirstOrThrow()).id,
  agreement: (await prisma.agreement.findFirstOrThrow({ orderBy: { id: 'asc' } })).id,
  event: (await prisma.event.findFirstOrThrow({ orderBy: { id: 'asc' } })).id,
  qingdaoAgreement: (await prisma.agreement.findFirstOrThrow({ where: { partner: { slug: 'qingdao' } }, orderBy: { id: 'asc' } })).id,
});

export const partnerForm = (slug: string): Fields => [
  ['slug', slug],
  ['kind', 'city'],
  ['status', 'active'],
  ['countryCode', 'CN'],
  ['latitude', '30.66'],
  ['longitude', '104.06'],
  ['foundedYear', '-316'],
  ['population', '20937757'],
  ['populationYear', '2020'],
  ['areaKm2', '14335'],
  ['areaYear', '2020'],
  ['timeZone', 'Asia/Shanghai'],
  ['websiteUrl', 'https://www.chengdu.gov.cn/'],
  ['publicationStatus', 'draft'],
  ['publishAt', ''],
  ...texts({ name: 'Чэнду', regionName: 'Сычуань', about: 'Город в Китае.' }),
];
export const agreementForm = (ids: FormIds): Fields => [
  ['partnerId', ids.chengdu],
  ['type', 'cooperation'],
  ['signedOn', '2019-10'],
  ['status', 'in_force'],
  ['sourceId', String(ids.source)],
  ['documentId', ''],
  ['textLanguages.ru', 'on'],
  ['publicationStatus', 'draft'],
  ['publishAt', ''],
  ['history.0.kind', 'signed'],
  ['history.0.date', '2019-10-15'],
  ['history.0.note', ''],
  ...texts({ title: 'Соглашение о сотрудничестве', place: 'Казань', signatories: 'Мэры городов', note: '' }),
];
export const eventForm = (ids: FormIds, slug: string): Fields => [
  ['slug', slug],
  [`partners.${ids.qingdao}`, 'on'],
  ['start', '2025-07-26'],
  ['end', '2025-07-30'],
  ['category', 'forum'],
  ['format', 'in_person'],
  [`sources.${ids.source}`, 'on'],
  ['publicationStatus', 'draft'],
  ['publishAt', ''],
  ...texts({ title: 'Форум городов-побратимов', body: 'Делегации обсудили обмены.', location: 'Казань' }),
];
export const projectForm = (ids: FormIds & { qingdaoAgreement: number }, slug: string): Fields => [
  ['slug', slug],
  ['themes.education', 'on'],
  ['status', 'active'],
  ['start', '2019'],
  ['end', ''],
  [`partners.${ids.qingdao}`, 'on'],
  [`agreements.${ids.qingdaoAgreement}`, 'on'],
  [`sources.${ids.source}`, 'on'],
  ['history.0.status', 'active'],
  ['history.0.date', '2019-09'],
  ['history.0.note', ''],
  ['organizations.0.kind', 'school'],
  ['organizations.0.countryCode', 'CN'],
  ['organizations.0.ru.name', 'Школа Циндао'],
  ['organizations.0.ru.city', 'Циндао'],
  ['organizations.0.kk.name', ''],
  ['organizations.0.kk.city', ''],
  ['organizations.0.en.name', 'Qingdao school'],
  ['organizations.0.en.city', ''],
  ['publicationStatus', 'draft'],
  ['publishAt', ''],
  ...texts({ title: 'Обмен школьников', summary: 'Школьники Казани и Циндао ездят друг к другу.', outcomes: '' }),
];
export const proposalForm = (): Fields => [
  ['countryCode', 'CN'],
  ['latitude', '24.48'],
  ['longitude', '118.09'],
  ['visibility', 'internal'],
  ['agreementId', ''],
  ['stages.0.stage', 'initiative'],
  ['stages.0.date', '2021'],
  ['stages.0.note', ''],
  ['stages.1.stage', 'memorandum'],
  ['stages.1.date', '2023-05-12'],
  ['stages.1.note', ''],
  ['publicationStatus', 'draft'],
  ['publishAt', ''],
  ...texts({ partnerName: 'Сямэнь', place: 'Фуцзянь', initiator: '', rationale: 'Общие интересы в торговле.' }),
];
export const settingsForm = (): Fields => [
  ['kind', 'city'],
  ['countryCode', 'RU'],
  ['latitude', '55.79'],
  ['longitude', '49.12'],
  ['pressEmail', 'press@example.org'],
  ['pressPhone', '+7 843 000-00-00'],
  ['websiteUrl', 'https://kzn.ru/'],
  ['dataLicense', 'CC-BY-4.0'],
  ['showEditorNames', 'on'],
  ['soughtThemes.education', 'on'],
  ['soughtThemes.ecology', 'on'],
  ['submissionRetentionDays', '365'],
  ...texts({ name: 'Казань', regionName: 'Татарстан', pressOfficeName: 'Пресс-служба', pressAddress: 'ул. Кремлёвская, 1' }),
];
export const mediaForm = (): Fields => [
  ['alt.ru', 'Участники форума'],
  ['alt.kk', 'Форум қатысушылары'],
  ['alt.en', 'Forum participants'],
  ['creditText', 'Пресс-служба'],
  ['creditUrl', 'https://kzn.ru/'],
];
