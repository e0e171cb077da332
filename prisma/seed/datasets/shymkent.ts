import type { DatasetInput } from '@/lib/schemas/dataset';

/**
 * Default demo dataset: Shymkent and its eleven sister cities, transcribed from seed 000
 * ("Города-побратимы Шымкента", 05.06.2022). The seed names the cities and their countries and
 * says twinning agreements were concluded with them; it gives no dates, figures or websites, so
 * none are filled in. Coordinates, time zones and place names are geographic identity facts.
 */
const SOURCE = 'shymkent-sister-cities-2022';

const shymkent: DatasetInput = {
  homeCity: {
    countryCode: 'KZ',
    latitude: 42.3417,
    longitude: 69.5901,
    name: { ru: 'Шымкент', kk: 'Шымкент', en: 'Shymkent' },
  },

  sources: [
    {
      key: SOURCE,
      title: 'Города-побратимы Шымкента',
      language: 'ru',
      publishedOn: '2022-06-05',
    },
  ],

  partners: [
    {
      slug: 'mogilev',
      kind: 'city',
      countryCode: 'BY',
      latitude: 53.9168,
      longitude: 30.3449,
      timeZone: 'Europe/Minsk',
      name: { ru: 'Могилев', kk: 'Могилёв', en: 'Mogilev' },
    },
    {
      slug: 'stevenage',
      kind: 'city',
      countryCode: 'GB',
      latitude: 51.9017,
      longitude: -0.2019,
      timeZone: 'Europe/London',
      name: { ru: 'Стивенэйдж', kk: 'Стивенидж', en: 'Stevenage' },
      about: {
        ru: 'В Стивенэйдже стоит указатель на Шымкент.',
        kk: 'Стивениджде Шымкентке бағыт көрсететін белгі тұр.',
        en: 'A signpost to Shymkent stands in Stevenage.',
      },
    },
    {
      slug: 'acharnes',
      kind: 'city',
      countryCode: 'GR',
      latitude: 38.0833,
      longitude: 23.7333,
      timeZone: 'Europe/Athens',
      name: { ru: 'Ахарнон', kk: 'Ахарнес', en: 'Acharnes' },
    },
    {
      slug: 'izmir',
      kind: 'city',
      countryCode: 'TR',
      latitude: 38.4127,
      longitude: 27.1384,
      timeZone: 'Europe/Istanbul',
      name: { ru: 'Измир', kk: 'Измир', en: 'Izmir' },
      about: {
        ru: 'В Шымкенте несколько улиц в микрорайоне «Нурсат» носят имена городов-побратимов Измира и Гроссето.',
        kk: 'Шымкенттегі «Нұрсат» шағынауданының бірнеше көшесі бауырлас қалалар Измир мен Гроссетоның атымен аталған.',
        en: 'Several streets in Shymkent’s Nursat microdistrict bear the names of the sister cities Izmir and Grosseto.',
      },
    },
    {
      slug: 'istanbul',
      kind: 'city',
      countryCode: 'TR',
      latitude: 41.0082,
      longitude: 28.9784,
      timeZone: 'Europe/Istanbul',
      name: { ru: 'Стамбул', kk: 'Ыстамбұл', en: 'Istanbul' },
    },
    {
      slug: 'adana',
      kind: 'city',
      countryCode: 'TR',
      latitude: 36.9862,
      longitude: 35.3253,
      timeZone: 'Europe/Istanbul',
      name: { ru: 'Адана', kk: 'Адана', en: 'Adana' },
    },
    {
      slug: 'pattaya',
      kind: 'city',
      countryCode: 'TH',
      latitude: 12.9236,
      longitude: 100.8825,
      timeZone: 'Asia/Bangkok',
      name: { ru: 'Паттайя', kk: 'Паттайя', en: 'Pattaya' },
    },
    {
      slug: 'grosseto',
      kind: 'city',
      countryCode: 'IT',
      latitude: 42.7635,
      longitude: 11.1124,
      timeZone: 'Europe/Rome',
      name: { ru: 'Гроссето', kk: 'Гроссето', en: 'Grosseto' },
      about: {
        ru: 'В Шымкенте несколько улиц в микрорайоне «Нурсат» носят имена городов-побратимов Измира и Гроссето.',
        kk: 'Шымкенттегі «Нұрсат» шағынауданының бірнеше көшесі бауырлас қалалар Измир мен Гроссетоның атымен аталған.',
        en: 'Several streets in Shymkent’s Nursat microdistrict bear the names of the sister cities Izmir and Grosseto.',
      },
    },
    {
      slug: 'baiyin',
      kind: 'city',
      countryCode: 'CN',
      latitude: 36.547,
      longitude: 104.1702,
      timeZone: 'Asia/Shanghai',
      name: { ru: 'Байинь', kk: 'Байин', en: 'Baiyin' },
    },
    {
      slug: 'khujand',
      kind: 'city',
      countryCode: 'TJ',
      latitude: 40.2826,
      longitude: 69.6222,
      timeZone: 'Asia/Dushanbe',
      name: { ru: 'Худжанд', kk: 'Хұжанд', en: 'Khujand' },
      about: {
        ru: 'В Худжанде в честь Шымкента назван целый квартал.',
        kk: 'Хұжандта тұтас бір орам Шымкенттің құрметіне аталған.',
        en: 'A whole quarter in Khujand is named after Shymkent.',
      },
    },
    {
      slug: 'eskisehir',
      kind: 'city',
      countryCode: 'TR',
      latitude: 39.7767,
      longitude: 30.5206,
      timeZone: 'Europe/Istanbul',
      name: { ru: 'Эскишехир', kk: 'Ескішехир', en: 'Eskişehir' },
    },
  ],

  // Seed 000: sister cities are "cities with which twinning agreements have been concluded".
  // It gives no dates, places or signatories for them.
  agreements: [
    {
      partner: 'mogilev',
      type: 'twinning',
      source: SOURCE,
      title: {
        ru: 'Соглашение о побратимских отношениях между Шымкентом и Могилевом',
        kk: 'Шымкент пен Могилёв арасындағы бауырластық қатынастар туралы келісім',
        en: 'Twinning agreement between Shymkent and Mogilev',
      },
    },
    {
      partner: 'stevenage',
      type: 'twinning',
      source: SOURCE,
      title: {
        ru: 'Соглашение о побратимских отношениях между Шымкентом и Стивенэйджем',
        kk: 'Шымкент пен Стивенидж арасындағы бауырластық қатынастар туралы келісім',
        en: 'Twinning agreement between Shymkent and Stevenage',
      },
    },
    {
      partner: 'acharnes',
      type: 'twinning',
      source: SOURCE,
      title: {
        ru: 'Соглашение о побратимских отношениях между Шымкентом и Ахарноном',
        kk: 'Шымкент пен Ахарнес арасындағы бауырластық қатынастар туралы келісім',
        en: 'Twinning agreement between Shymkent and Acharnes',
      },
    },
    {
      partner: 'izmir',
      type: 'twinning',
      source: SOURCE,
      title: {
        ru: 'Соглашение о побратимских отношениях между Шымкентом и Измиром',
        kk: 'Шымкент пен Измир арасындағы бауырластық қатынастар туралы келісім',
        en: 'Twinning agreement between Shymkent and Izmir',
      },
    },
    {
      partner: 'istanbul',
      type: 'twinning',
      source: SOURCE,
      title: {
        ru: 'Соглашение о побратимских отношениях между Шымкентом и Стамбулом',
        kk: 'Шымкент пен Ыстамбұл арасындағы бауырластық қатынастар туралы келісім',
        en: 'Twinning agreement between Shymkent and Istanbul',
      },
    },
    {
      partner: 'adana',
      type: 'twinning',
      source: SOURCE,
      title: {
        ru: 'Соглашение о побратимских отношениях между Шымкентом и Аданой',
        kk: 'Шымкент пен Адана арасындағы бауырластық қатынастар туралы келісім',
        en: 'Twinning agreement between Shymkent and Adana',
      },
    },
    {
      partner: 'pattaya',
      type: 'twinning',
      source: SOURCE,
      title: {
        ru: 'Соглашение о побратимских отношениях между Шымкентом и Паттайей',
        kk: 'Шымкент пен Паттайя арасындағы бауырластық қатынастар туралы келісім',
        en: 'Twinning agreement between Shymkent and Pattaya',
      },
    },
    {
      partner: 'grosseto',
      type: 'twinning',
      source: SOURCE,
      title: {
        ru: 'Соглашение о побратимских отношениях между Шымкентом и Гроссето',
        kk: 'Шымкент пен Гроссето арасындағы бауырластық қатынастар туралы келісім',
        en: 'Twinning agreement between Shymkent and Grosseto',
      },
    },
    {
      partner: 'baiyin',
      type: 'twinning',
      source: SOURCE,
      title: {
        ru: 'Соглашение о побратимских отношениях между Шымкентом и Байинем',
        kk: 'Шымкент пен Байин арасындағы бауырластық қатынастар туралы келісім',
        en: 'Twinning agreement between Shymkent and Baiyin',
      },
    },
    {
      partner: 'khujand',
      type: 'twinning',
      source: SOURCE,
      title: {
        ru: 'Соглашение о побратимских отношениях между Шымкентом и Худжандом',
        kk: 'Шымкент пен Хұжанд арасындағы бауырластық қатынастар туралы келісім',
        en: 'Twinning agreement between Shymkent and Khujand',
      },
    },
    {
      partner: 'eskisehir',
      type: 'twinning',
      source: SOURCE,
      title: {
        ru: 'Соглашение о побратимских отношениях между Шымкентом и Эскишехиром',
        kk: 'Шымкент пен Ескішехир арасындағы бауырластық қатынастар туралы келісім',
        en: 'Twinning agreement between Shymkent and Eskişehir',
      },
    },
  ],

  // Seed 000 mentions delegation visits in both directions but dates none of them.
  events: [],
};

export default shymkent;
