import type { DatasetInput } from '@/lib/schemas/dataset';

/**
 * Third demo dataset: a region as the home, transcribed from seed 002 (press release of the
 * Almaty Region akim's press service on the Sichuan sister-cities conference of 12 November 2024).
 * The seed gives the 2017 twinning (year only), the conference and who represented Kazakhstan
 * there; it gives no population, area, founding year, website or signatories, so none are filled
 * in. Coordinates (each region's administrative centre, as kazan.ts does for Shumen Province), time
 * zones and place names are geographic identity facts; kk and en are translations of the ru text.
 * Left out on purpose: the memorandum of 6 May 2021 is between Sichuan and the city of Almaty, not
 * this region; the university alliance and the two language-centre agreements are projects.
 */
const SOURCE = 'almaty-region-sichuan-conference-2024';

const almatyRegion: DatasetInput = {
  homeCity: {
    kind: 'region',
    countryCode: 'KZ',
    // The region's administrative centre, the city of Konaev.
    latitude: 43.8667,
    longitude: 77.0667,
    name: { ru: 'Алматинская область', kk: 'Алматы облысы', en: 'Almaty Region' },
  },

  sources: [
    {
      key: SOURCE,
      title:
        '12 ноября 2024 года в городе Чэнду официально открылась “Международная конференция по сотрудничеству и развитию городов-побратимов провинции Сычуань”',
      language: 'ru',
      publisher: 'Пресс-служба акима Алматинской области',
    },
  ],

  partners: [
    {
      slug: 'sichuan-province',
      kind: 'region',
      countryCode: 'CN',
      // The province's administrative centre, the city of Chengdu.
      latitude: 30.6586,
      longitude: 104.0647,
      timeZone: 'Asia/Shanghai',
      name: { ru: 'Провинция Сычуань', kk: 'Сычуань провинциясы', en: 'Sichuan Province' },
      about: {
        ru: 'Установление побратимства с Алматинской областью стало первым случаем установления побратимства провинции Сычуань с регионом Центральной Азии.',
        kk: 'Алматы облысымен бауырластық орнату Сычуань провинциясының Орталық Азия өңірімен алғашқы бауырластығы болды.',
        en: 'The twinning with Almaty Region was the first time Sichuan Province twinned with a region of Central Asia.',
      },
    },
  ],

  agreements: [
    {
      partner: 'sichuan-province',
      type: 'twinning',
      signed: '2017',
      source: SOURCE,
      title: {
        ru: 'Соглашение об установлении побратимских отношений между провинцией Сычуань и Алматинской областью',
        kk: 'Сычуань провинциясы мен Алматы облысы арасында бауырластық қатынастар орнату туралы келісім',
        en: 'Agreement on establishing twinning relations between Sichuan Province and Almaty Region',
      },
    },
  ],

  events: [
    {
      slug: '2024-11-12-sichuan-sister-cities-conference-chengdu',
      start: '2024-11-12',
      category: 'forum',
      format: 'in_person',
      partners: ['sichuan-province'],
      sources: [SOURCE],
      title: {
        ru: 'Международная конференция по сотрудничеству и развитию городов-побратимов провинции Сычуань',
        kk: 'Сычуань провинциясының бауырлас қалаларының ынтымақтастығы мен дамуы жөніндегі халықаралық конференция',
        en: 'International Conference on the Cooperation and Development of Sichuan Province’s Sister Cities',
      },
      body: {
        ru: 'Казахстанская делегация была представлена заместителем акима города Алматы, господином Калдыбековым, и советником акима Алматинской области, Айбаром Талгатовичем. Оба выступили с докладами на круглом столе руководителей городов-побратимов, затронув ключевые темы сотрудничества.',
        kk: 'Қазақстан делегациясын Алматы қаласы әкімінің орынбасары Қалдыбеков мырза және Алматы облысы әкімінің кеңесшісі Айбар Талгатович таныстырды. Екеуі де бауырлас қалалар басшыларының дөңгелек үстелінде баяндама жасап, ынтымақтастықтың негізгі тақырыптарын қозғады.',
        en: 'The Kazakh delegation was represented by Mr Kaldybekov, deputy akim of the city of Almaty, and Aibar Talgatovich, adviser to the akim of Almaty Region. Both gave reports at the round table of sister-city leaders, touching on the key topics of cooperation.',
      },
      location: { ru: 'Чэнду', kk: 'Чэнду', en: 'Chengdu' },
    },
  ],
};

export default almatyRegion;
