import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

// The cooperation register's rules that live in the database (docs/decisions/029): each one refuses
// a bad row whatever wrote it, and lets the good one through.
let database: TestDatabase;
let qingdao: string;
let xiamen: string;
let qingdaoAgreement: number;
let xiamenAgreement: number;

beforeAll(async () => {
  database = await createTestDatabase();
  const partner = (slug: string) => database.prisma.partner.create({ data: { slug, kind: 'city', countryCode: 'CN' } }).then((p) => p.id);
  [qingdao, xiamen] = [await partner('qingdao'), await partner('xiamen')];
  qingdaoAgreement = (await database.prisma.agreement.create({ data: { partnerId: qingdao, type: 'twinning' } })).id;
  xiamenAgreement = (await database.prisma.agreement.create({ data: { partnerId: xiamen, type: 'cooperation' } })).id;
});
afterAll(async () => {
  await database.drop();
});

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const slug = () => `p-${Math.random().toString(36).slice(2, 8)}`;
const refused = (promise: Promise<unknown>, constraint: string) => expect(promise).rejects.toThrow(constraint);

const project = (data: Record<string, unknown> = {}) => database.prisma.project.create({ data: { slug: slug(), themes: ['education'], ...data } });
const proposal = (data: Record<string, unknown> = {}) => database.prisma.proposal.create({ data: { countryCode: 'CN', stage: 'initiative', ...data } });

describe('the database refuses a contradictory cooperation register', () => {
  it('projects: one or more themes without repeats, dates at their precision, the end not before the start', async () => {
    await refused(project({ themes: [] }), 'Project_themes_one_or_more');
    await refused(project({ themes: ['culture', 'culture'] }), 'Project_themes_one_or_more');
    await refused(project({ slug: 'Not A Slug' }), 'Project_slug_format');
    await refused(project({ startDate: day('2021-01-01') }), 'Project_start_precision_pair');
    await refused(project({ startDate: day('2021-08-15'), startPrecision: 'month' }), 'Project_startDate_normalized');
    await refused(
      project({ startDate: day('2021-08-01'), startPrecision: 'month', endDate: day('2021-07-31'), endPrecision: 'day' }),
      'Project_end_not_before_start',
    );
    await refused(project({ publicationStatus: 'scheduled' }), 'Project_scheduled_has_time');
    // "August 2021 – 2021" is in order: the end's period (the whole year) does not end before August.
    await expect(
      project({ themes: ['education', 'youth'], startDate: day('2021-08-01'), startPrecision: 'month', endDate: day('2021-01-01'), endPrecision: 'year' }),
    ).resolves.toBeTruthy();
  });

  it('a project implements only agreements with one of its partners, and keeps that true when a partner leaves', async () => {
    const { id: projectId } = await project();
    await database.prisma.projectPartner.create({ data: { projectId, partnerId: qingdao } });
    await refused(database.prisma.projectAgreement.create({ data: { projectId, agreementId: xiamenAgreement } }), 'ProjectAgreement_with_project_partner');
    await database.prisma.projectAgreement.create({ data: { projectId, agreementId: qingdaoAgreement } });
    await refused(
      database.prisma.projectPartner.delete({ where: { projectId_partnerId: { projectId, partnerId: qingdao } } }),
      'ProjectAgreement_with_project_partner',
    );
    await refused(database.prisma.agreement.update({ where: { id: qingdaoAgreement }, data: { partnerId: xiamen } }), 'ProjectAgreement_with_project_partner');
    // One save may add the partner after the agreement: the rule holds at commit.
    const { id: other } = await project();
    await expect(
      database.prisma.$transaction([
        database.prisma.projectAgreement.create({ data: { projectId: other, agreementId: xiamenAgreement } }),
        database.prisma.projectPartner.create({ data: { projectId: other, partnerId: xiamen } }),
      ]),
    ).resolves.toHaveLength(2);
  });

  it('a proposal stage is never dated before an earlier stage of the same proposal', async () => {
    const { id: proposalId } = await proposal();
    const stage = (position: number, stage: string, date: string, precision: string) =>
      database.prisma.proposalStageChange.create({
        data: { proposalId, position, stage: stage as 'initiative', date: day(date), precision: precision as 'day' },
      });
    await stage(0, 'initiative', '2021-01-01', 'year');
    await stage(1, 'negotiations', '2021-08-01', 'month');
    await refused(stage(2, 'memorandum', '2021-07-01', 'day'), 'ProposalStageChange_not_before_previous');
    await refused(stage(2, 'memorandum', '2020-01-01', 'year'), 'ProposalStageChange_not_before_previous');
    await expect(stage(2, 'memorandum', '2021-01-01', 'year')).resolves.toBeTruthy(); // "2021" may follow "August 2021"
    await refused(
      database.prisma.proposalStageChange.updateMany({ where: { proposalId, position: 0 }, data: { date: day('2024-01-01') } }),
      'ProposalStageChange_not_before_previous',
    );
    // Another proposal's history is its own.
    const { id: otherId } = await proposal();
    await expect(
      database.prisma.proposalStageChange.create({
        data: { proposalId: otherId, position: 0, stage: 'initiative', date: day('2019-05-01'), precision: 'month' },
      }),
    ).resolves.toBeTruthy();
  });

  it('a proposal at "agreement signed" links its agreement, one with the partner it became', async () => {
    await refused(proposal({ stage: 'agreement_signed' }), 'Proposal_signed_links_agreement');
    await refused(proposal({ stage: 'agreement_signed', agreementId: qingdaoAgreement, partnerId: xiamen }), 'Proposal_agreement_with_partner');
    await expect(proposal({ stage: 'agreement_signed', agreementId: qingdaoAgreement, partnerId: qingdao })).resolves.toBeTruthy();
    await refused(proposal({ countryCode: 'cn' }), 'Proposal_countryCode_iso');
    await refused(proposal({ latitude: 36.07 }), 'Proposal_coordinates_pair');
  });

  it('text sizes are bounded, so neither an editor nor the open call can store a book', async () => {
    const { id: projectId } = await project();
    await refused(
      database.prisma.projectTranslation.create({ data: { projectId, locale: 'ru', title: 'Обмен', outcomes: 'я'.repeat(10_001) } }),
      'ProjectTranslation_text_size',
    );
    await refused(database.prisma.projectTranslation.create({ data: { projectId, locale: 'ru', title: '  ' } }), 'ProjectTranslation_title_not_blank');
    const { id: proposalId } = await proposal();
    await refused(
      database.prisma.proposalTranslation.create({ data: { proposalId, locale: 'ru', partnerName: 'Сямынь', rationale: 'x'.repeat(5_001) } }),
      'ProposalTranslation_text_size',
    );
    const submission = (data: Record<string, unknown>) =>
      database.prisma.cooperationSubmission.create({
        data: { name: 'Ли Вэй', email: 'li@example.cn', theme: 'education', message: 'Предлагаем обмен', ...data },
      });
    await refused(submission({ message: 'x'.repeat(5_001) }), 'CooperationSubmission_text_size');
    await refused(submission({ email: 'not an address' }), 'CooperationSubmission_email_shape');
    await refused(submission({ name: ' ' }), 'CooperationSubmission_name_not_blank');
    await expect(submission({ countryCode: 'CN', organization: 'Xiamen University' })).resolves.toBeTruthy();
  });

  it('the open call settings: sought themes without repeats, a retention of one day to ten years', async () => {
    await database.prisma.homeCity.create({
      data: { countryCode: 'KZ', latitude: 42.3, longitude: 69.6, translations: { create: { locale: 'ru', name: 'Шымкент' } } },
    });
    await refused(database.prisma.homeCity.update({ where: { id: 1 }, data: { submissionRetentionDays: 0 } }), 'HomeCity_submissionRetentionDays_range');
    await refused(database.prisma.homeCity.update({ where: { id: 1 }, data: { soughtThemes: ['sport', 'sport'] } }), 'HomeCity_soughtThemes_set');
    const settings = await database.prisma.homeCity.update({ where: { id: 1 }, data: { soughtThemes: ['ecology', 'tourism'] } });
    expect(settings.submissionRetentionDays).toBe(365);
  });
});
