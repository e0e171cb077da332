import { describe, expect, it } from 'vitest';
import { apaCitation, citation, gostCitation, type CitationInput } from './citation';
import { parsePartialDate, type PartialDate } from '@/lib/dates/partial-date';

const date = (text: string): PartialDate => parsePartialDate(text)!;
const accessed = new Date(Date.UTC(2026, 10, 2, 23, 30));
const url = 'https://sister-cities.example/ru/agreements/4';

const ru: CitationInput = {
  title: 'Меморандум об установлении дружественного сотрудничества',
  typeLabel: 'Меморандум о дружественном сотрудничестве',
  author: 'Казань',
  siteName: 'Города-побратимы',
  signed: date('2015'),
  url,
  accessed,
};

describe('GOST references (ru, kk, kk-Latn)', () => {
  it('reads title : type / author. — year // site. — URL (дата обращения)', () => {
    expect(gostCitation(ru, 'ru')).toBe(
      `Меморандум об установлении дружественного сотрудничества : меморандум о дружественном сотрудничестве / Казань. — 2015 // Города-побратимы. — URL: ${url} (дата обращения: 02.11.2026).`,
    );
  });

  it('gives the signing date at its precision, and [б. г.] when it is unknown', () => {
    expect(gostCitation({ ...ru, signed: date('2019-10') }, 'ru')).toContain(' — 10.2019 // ');
    expect(gostCitation({ ...ru, signed: date('2019-10-05') }, 'ru')).toContain(' — 05.10.2019 // ');
    expect(gostCitation({ ...ru, signed: null }, 'ru')).toContain(' — [б. г.] // ');
  });

  it('uses Kazakh words in Kazakh', () => {
    const kk = {
      ...ru,
      title: 'Достық ынтымақтастық орнату туралы меморандум',
      typeLabel: 'Достық ынтымақтастық туралы меморандум',
      author: 'Қазан',
      siteName: 'Бауырлас қалалар',
    };
    expect(citation(kk, 'kk')).toBe(
      `Достық ынтымақтастық орнату туралы меморандум : достық ынтымақтастық туралы меморандум / Қазан. — 2015 // Бауырлас қалалар. — URL: ${url} (қаралған күні: 02.11.2026).`,
    );
    expect(citation({ ...kk, signed: null }, 'kk')).toContain(' — [жылы көрсетілмеген] // ');
    expect(citation(kk, 'kk')).not.toContain('дата обращения');
  });

  it('uses Latin Kazakh words in kk-Latn, lower-casing İ as i', () => {
    const latin = { ...ru, title: 'İnstitut', typeLabel: 'İntymaqtastyq turaly memorandum', author: 'Kazan', siteName: 'Bauyrlas qalalar', signed: null };
    expect(citation(latin, 'kk-Latn')).toBe(
      `İnstitut : intymaqtastyq turaly memorandum / Kazan. — [jyly körsetılmegen] // Bauyrlas qalalar. — URL: ${url} (qaralğan künı: 02.11.2026).`,
    );
  });

  it('does not repeat the type when the record has no title of its own, nor double a full stop', () => {
    expect(gostCitation({ ...ru, title: ru.typeLabel, author: 'г. Казань.' }, 'ru')).toMatch(
      /^Меморандум о дружественном сотрудничестве \/ г\. Казань\. — 2015/,
    );
  });
});

describe('APA 7 references (en)', () => {
  const en = {
    ...ru,
    title: 'Memorandum on the establishment of friendly cooperation',
    typeLabel: 'Memorandum of friendly cooperation',
    author: 'Kazan',
    siteName: 'Sister cities',
  };

  it('reads Author. (Year). Title [Type]. Site. Retrieved Month D, YYYY, from URL', () => {
    expect(citation(en, 'en')).toBe(
      `Kazan. (2015). Memorandum on the establishment of friendly cooperation [Memorandum of friendly cooperation]. Sister cities. Retrieved November 2, 2026, from ${url}`,
    );
  });

  it('dates at the precision known, and n.d. when unknown', () => {
    expect(apaCitation({ ...en, signed: date('2019-10') })).toMatch(/^Kazan\. \(2019, October\)\. /);
    expect(apaCitation({ ...en, signed: date('2019-10-05') })).toMatch(/^Kazan\. \(2019, October 5\)\. /);
    expect(apaCitation({ ...en, signed: null })).toMatch(/^Kazan\. \(n\.d\.\)\. /);
  });
});
