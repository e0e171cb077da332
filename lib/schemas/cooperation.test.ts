import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { cooperationSubmissionInputSchema, openCallSettingsShape } from './cooperation';

const valid = {
  name: ' Ли Вэй ',
  organization: 'Xiamen University',
  countryCode: 'CN',
  email: 'li.wei@example.cn',
  theme: 'education',
  message: 'Предлагаем обмен студентами.',
};
const issues = (input: Record<string, unknown>) => {
  const parsed = cooperationSubmissionInputSchema.safeParse(input);
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('cooperationSubmissionInputSchema', () => {
  it('reads the open call form: trimmed, blanks as not given, the honeypot empty', () => {
    expect(cooperationSubmissionInputSchema.parse({ ...valid, organization: '', countryCode: '', website: '' })).toEqual({
      name: 'Ли Вэй',
      organization: null,
      countryCode: null,
      email: 'li.wei@example.cn',
      theme: 'education',
      message: 'Предлагаем обмен студентами.',
      website: false,
    });
  });

  it('names each field a person got wrong, with a message key the page translates', () => {
    expect(issues({ name: '  ', organization: '', email: 'li.wei at example', theme: 'trade', message: '', countryCode: 'XX' })).toEqual({
      name: 'required',
      email: 'email',
      theme: 'theme',
      message: 'required',
      countryCode: 'country',
    });
  });

  it('holds the sizes the database holds, and refuses control characters', () => {
    expect(issues({ ...valid, message: 'я'.repeat(5001), name: 'x'.repeat(201), organization: 'o'.repeat(301) })).toEqual({
      message: 'tooLong',
      name: 'tooLong',
      organization: 'tooLong',
    });
    expect(issues({ ...valid, message: 'a\u0000b' })).toEqual({ message: 'controlCharacters' });
    expect(issues({ ...valid, message: 'я'.repeat(5000) })).toEqual({});
  });

  it('marks a post whose hidden field is filled as a robot, whatever it holds', () => {
    expect(cooperationSubmissionInputSchema.parse({ ...valid, website: 'http://spam.example' }).website).toBe(true);
    expect(cooperationSubmissionInputSchema.parse({ ...valid, website: ['a', 'b'] }).website).toBe(true);
  });
});

describe('the open call settings', () => {
  const schema = z.object(openCallSettingsShape);
  it('reads ticked themes (none, one or several) and a retention of 1 to 3650 days', () => {
    expect(schema.parse({ submissionRetentionDays: '365' })).toEqual({ soughtThemes: [], submissionRetentionDays: 365 });
    expect(schema.parse({ soughtThemes: { ecology: 'on' }, submissionRetentionDays: '1' }).soughtThemes).toEqual(['ecology']);
    expect(schema.parse({ soughtThemes: { tourism: 'on', education: 'on' }, submissionRetentionDays: '3650' }).soughtThemes).toEqual(['education', 'tourism']);
    const refused = schema.safeParse({ soughtThemes: { trade: 'on' }, submissionRetentionDays: '0' });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((i) => i.path[0])).toEqual(['soughtThemes', 'submissionRetentionDays']);
    expect(refused.error?.issues[1]?.message).toBe('outOfRange');
    expect(schema.safeParse({ soughtThemes: { ecology: ['on', 'on'] }, submissionRetentionDays: '5' }).success).toBe(false);
    expect(schema.safeParse({ submissionRetentionDays: '1.5' }).error?.issues[0]?.message).toBe('integer');
    expect(schema.safeParse({ submissionRetentionDays: '' }).error?.issues[0]?.message).toBe('required');
  });
});
