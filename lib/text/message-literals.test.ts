import { describe, expect, it } from 'vitest';
import { mapMessageLiterals } from './message-literals';
import { toKazakhLatin } from './kazakh-latin';

const upper = (message: string) => mapMessageLiterals(message, (text) => text.toUpperCase());

describe('mapMessageLiterals', () => {
  it('changes plain text and the text around arguments', () => {
    expect(upper('hello')).toBe('HELLO');
    expect(upper('hello {name}, bye {name2}')).toBe('HELLO {name}, BYE {name2}');
  });

  it('keeps argument names, types, styles and plural or select keywords, changing the options’ text', () => {
    expect(upper('{count, plural, one {# day} other {# days}}')).toBe('{count, plural, one {# DAY} other {# DAYS}}');
    expect(upper('{n, plural, offset:1 =0 {none} one {one {who}} other {# more}}')).toBe('{n, plural, offset:1 =0 {NONE} one {ONE {who}} other {# MORE}}');
    expect(upper('{kind, select, region {the region} other {{city} city}} ok')).toBe('{kind, select, region {THE REGION} other {{city} CITY}} OK');
    expect(upper('{n, selectordinal, one {#st} other {#th}}')).toBe('{n, selectordinal, one {#ST} other {#TH}}');
    expect(upper('{total, number, ::currency/KZT} and {at, date, short}')).toBe('{total, number, ::currency/KZT} AND {at, date, short}');
  });

  it('keeps rich-text tags and changes the text inside them', () => {
    expect(upper('see <link>the list</link> or <code>locale</code><br/>')).toBe('SEE <link>THE LIST</link> OR <code>LOCALE</code><br/>');
    expect(upper('a < b and c>d')).toBe('A < B AND C>D');
  });

  it('reads ICU quoting: quoted braces are text, two apostrophes are one', () => {
    expect(upper("it''s '{literal}' {arg}")).toBe("IT''S '{LITERAL}' {arg}");
    expect(upper("don't {arg}")).toBe("DON'T {arg}");
    expect(upper("{n, plural, other {'#' is # here}}")).toBe("{n, plural, other {'#' IS # HERE}}");
  });

  it('transliterates a Kazakh message and nothing of its syntax, even a Cyrillic argument name', () => {
    expect(mapMessageLiterals('{аты} {count, plural, one {# серіктес қала} other {# серіктес қала}}', toKazakhLatin)).toBe(
      '{аты} {count, plural, one {# serıktes qala} other {# serıktes qala}}',
    );
    expect(mapMessageLiterals('Оны <link>серіктес қалалар тізімінен</link> ашыңыз.', toKazakhLatin)).toBe(
      'Ony <link>serıktes qalalar tızımınen</link> aşyñyz.',
    );
  });
});
