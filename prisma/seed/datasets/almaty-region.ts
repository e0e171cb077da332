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

/**
 * What the conference of 12 November 2024 launched, as projects with Sichuan Province: the
 * university alliance (its 47 institutions are not named, so none is listed) and the two language
 * centres the agreements signed there create. Each starts on that day, the one date the seed gives;
 * it states no status, end or outcome, so they show "not specified". The agreements creating the
 * centres are not records of their own (the seed names no parties or titles for them), and no
 * project is tied to the 2017 twinning, which the seed does not connect to them. The conference
 * event stays apart from the three: an event belongs to at most one project, and it was the
 * province's conference, part of none of them.
 */
const almatyRegionProjects: DatasetInput['projects'] = [
  {
    slug: 'sichuan-almaty-university-alliance',
    themes: ['education'],
    start: '2024-11-12',
    partners: ['sichuan-province'],
    sources: [SOURCE],
    title: { ru: 'Сычуаньско-Алматинский альянс университетов', kk: 'Сычуань-Алматы университеттер альянсы', en: 'Sichuan–Almaty University Alliance' },
    summary: {
      ru: '12 ноября 2024 года на Международной конференции по сотрудничеству и развитию городов-побратимов провинции Сычуань в Чэнду состоялась церемония запуска Сычуаньско-Алматинского альянса университетов, объединяющего 47 образовательных учреждений из двух регионов.',
      kk: '2024 жылғы 12 қарашада Чэндуда өткен Сычуань провинциясының бауырлас қалаларының ынтымақтастығы мен дамуы жөніндегі халықаралық конференцияда екі өңірдің 47 білім беру мекемесін біріктіретін Сычуань-Алматы университеттер альянсын іске қосу рәсімі өтті.',
      en: 'On 12 November 2024, at the International Conference on the Cooperation and Development of Sichuan Province’s Sister Cities in Chengdu, the Sichuan–Almaty University Alliance, which brings together 47 educational institutions of the two regions, was launched.',
    },
  },
  {
    slug: 'almaty-chinese-language-teaching-base',
    themes: ['education'],
    start: '2024-11-12',
    partners: ['sichuan-province'],
    sources: [SOURCE],
    title: {
      ru: 'Международная база для обучения китайскому языку в Алматы',
      kk: 'Алматыдағы қытай тілін оқытудың халықаралық базасы',
      en: 'International Chinese-language teaching base in Almaty',
    },
    summary: {
      ru: '12 ноября 2024 года на Международной конференции по сотрудничеству и развитию городов-побратимов провинции Сычуань в Чэнду было подписано соглашение о создании международной базы для обучения китайскому языку в Алматы.',
      kk: '2024 жылғы 12 қарашада Чэндуда өткен Сычуань провинциясының бауырлас қалаларының ынтымақтастығы мен дамуы жөніндегі халықаралық конференцияда Алматыда қытай тілін оқытудың халықаралық базасын құру туралы келісімге қол қойылды.',
      en: 'On 12 November 2024, at the International Conference on the Cooperation and Development of Sichuan Province’s Sister Cities in Chengdu, an agreement was signed to create an international base for teaching Chinese in Almaty.',
    },
  },
  {
    slug: 'kazakh-and-russian-language-centre',
    themes: ['education'],
    start: '2024-11-12',
    partners: ['sichuan-province'],
    sources: [SOURCE],
    organizations: [
      {
        kind: 'university',
        countryCode: 'CN',
        name: { ru: 'Сычуаньский педагогический университет', kk: 'Сычуань педагогикалық университеті', en: 'Sichuan Normal University' },
      },
      { kind: 'university', countryCode: 'KZ', name: { ru: 'Университет «Туран»', kk: '«Тұран» университеті', en: 'Turan University' } },
    ],
    title: {
      ru: 'Центр обучения казахскому и русскому языкам',
      kk: 'Қазақ және орыс тілдерін оқыту орталығы',
      en: 'Kazakh and Russian Language Teaching Centre',
    },
    summary: {
      ru: '12 ноября 2024 года на Международной конференции по сотрудничеству и развитию городов-побратимов провинции Сычуань в Чэнду было подписано соглашение о создании Центра обучения казахскому и русскому языкам на базе сотрудничества Сычуаньского педагогического университета и университета «Туран».',
      kk: '2024 жылғы 12 қарашада Чэндуда өткен Сычуань провинциясының бауырлас қалаларының ынтымақтастығы мен дамуы жөніндегі халықаралық конференцияда Сычуань педагогикалық университеті мен «Тұран» университетінің ынтымақтастығы негізінде Қазақ және орыс тілдерін оқыту орталығын құру туралы келісімге қол қойылды.',
      en: 'On 12 November 2024, at the International Conference on the Cooperation and Development of Sichuan Province’s Sister Cities in Chengdu, an agreement was signed to create a Kazakh and Russian Language Teaching Centre based on the cooperation of Sichuan Normal University and Turan University.',
    },
  },
];

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

  projects: almatyRegionProjects,
};

export default almatyRegion;
