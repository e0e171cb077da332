import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslator } from 'next-intl';
import ru from '@/messages/ru.json';
import kk from '@/messages/kk.json';
import en from '@/messages/en.json';

type Tree = { [key: string]: string | Tree };
const leaves = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : leaves(v, `${prefix}${k}.`)));

const sourceFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : /\.tsx?$/.test(e.name) && !e.name.endsWith('.test.ts') ? [p] : [];
  });

describe('message catalogues', () => {
  const ruKeys = leaves(ru);

  it.each([
    ['kk', kk],
    ['en', en],
  ] as const)('%s has exactly the keys of ru (the source of truth)', (_locale, messages) => {
    const keys = leaves(messages);
    expect({ missing: ruKeys.filter((k) => !keys.includes(k)), extra: keys.filter((k) => !ruKeys.includes(k)) }).toEqual({ missing: [], extra: [] });
  });

  it.each([
    ['ru', ru],
    ['kk', kk],
    ['en', en],
  ] as const)('%s has no empty strings', (_locale, messages) => {
    const empty = leaves(messages).filter((k) => {
      const value = k.split('.').reduce<string | Tree>((node, part) => (node as Tree)[part] as string | Tree, messages as Tree);
      return typeof value !== 'string' || value.trim() === '';
    });
    expect(empty).toEqual([]);
  });

  it('every key is used by the code', () => {
    const code = ['app', 'components', 'lib', 'i18n']
      .flatMap(sourceFiles)
      .map((f) => fs.readFileSync(f, 'utf8'))
      .join('\n');
    // A key is used when its path under a namespace is written out ('nav.home' under 'Layout', or
    // 'home' under 'Layout.nav'), or when one of its ancestors is completed at run time
    // (`kind.${partner.kind}`, `missing.${'alt.ru'}`): the typed keys make sure such a completion
    // only ever names keys that exist.
    const usedUnder = (namespace: string, rest: string[]) => {
      const local = rest.join('.');
      const ancestors = rest.slice(0, -1).map((_, i) => rest.slice(0, i + 1).join('.'));
      const keyUsed = code.includes(`'${local}'`) || code.includes(`"${local}"`) || ancestors.some((a) => code.includes(`\`${a}.\${`));
      return code.includes(`'${namespace}'`) && keyUsed;
    };
    const unused = ruKeys.filter((key) => {
      const parts = key.split('.');
      return !parts.slice(1).some((_, i) => usedUnder(parts.slice(0, i + 1).join('.'), parts.slice(i + 1)));
    });
    expect(unused).toEqual([]);
  });
});

describe('the words for the home follow its kind (a city or a region)', () => {
  const catalogues = { ru, kk, en } as const;
  const say = (locale: keyof typeof catalogues, kind: 'city' | 'region', city: string) => {
    const home = createTranslator({ locale, messages: catalogues[locale], namespace: 'Home' });
    const map = createTranslator({ locale, messages: catalogues[locale], namespace: 'Map' });
    return [home('lead', { city, kind }), map('homeCity', { kind, place: city }), map('caption', { city, kind, count: 1 })].join(' ');
  };

  it('says "область", "облыс" and "region" for a region, in its case forms, and never calls it a city', () => {
    expect(say('ru', 'region', 'Алматинская область')).toContain('с которыми Алматинская область связана соглашениями');
    expect(say('ru', 'region', 'Алматинская область')).toContain('Область портала: Алматинская область.');
    expect(say('kk', 'region', 'Алматы облысы')).toContain('Портал облысы: Алматы облысы.');
    expect(say('kk', 'region', 'Алматы облысы')).toContain('Сызықтар облысты әр серіктеспен байланыстырады');
    expect(say('en', 'region', 'Almaty Region')).toContain('The portal’s region: Almaty Region.');
    expect(say('ru', 'region', 'Алматинская область')).not.toMatch(/Город портала|связан соглаш/);
    expect(say('kk', 'region', 'Алматы облысы')).not.toMatch(/облысы қаласы|Портал қаласы/);
    expect(say('en', 'region', 'Almaty Region')).not.toMatch(/portal’s city/);
  });

  it('still says "город", "қала" and "city" for a city', () => {
    expect(say('ru', 'city', 'Шымкент')).toContain('с которыми Шымкент связан соглашениями');
    expect(say('ru', 'city', 'Шымкент')).toContain('Город портала: Шымкент.');
    expect(say('kk', 'city', 'Шымкент')).toContain('Сызықтар Шымкент қаласын әр серіктеспен');
    expect(say('en', 'city', 'Shymkent')).toContain('The portal’s city: Shymkent.');
  });
});
