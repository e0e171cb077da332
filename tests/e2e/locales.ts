/** What a resident should see in each locale, for assertions that read like the page. */
export const LOCALES = [
  {
    locale: 'ru',
    city: 'Шымкент',
    heading: 'Города-побратимы — Шымкент',
    istanbul: 'Стамбул',
    turkey: 'Турция',
    notSpecified: 'не указано',
    partnersTitle: 'Города-партнёры',
    switchTo: 'ҚАЗ',
  },
  {
    locale: 'kk',
    city: 'Шымкент',
    heading: 'Бауырлас қалалар — Шымкент',
    istanbul: 'Ыстамбұл',
    turkey: 'Түркия',
    notSpecified: 'көрсетілмеген',
    partnersTitle: 'Серіктес қалалар',
    switchTo: 'ENG',
  },
  {
    locale: 'en',
    city: 'Shymkent',
    heading: 'Sister cities of Shymkent',
    istanbul: 'Istanbul',
    turkey: 'Türkiye',
    notSpecified: 'not specified',
    partnersTitle: 'Partner cities',
    switchTo: 'РУС',
  },
] as const;
