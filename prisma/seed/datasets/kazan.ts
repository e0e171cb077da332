import type { DatasetInput } from '@/lib/schemas/dataset';

/**
 * Second demo dataset: Kazan's foreign partners, transcribed from seed 001 (Kazan City Duma page
 * "Зарубежные города-побратимы и партнеры"). Facts, documents and dated joint events are the
 * seed's own; undated items of its "joint events" lists are not events and are left out. Coordinates,
 * time zones and place names are geographic identity facts; kk and en are translations of the ru text.
 */
const SOURCE = 'kazan-duma-foreign-partners';
const sources = [SOURCE];

const KAZAN = { ru: 'Казань', kk: 'Қазан', en: 'Kazan' };
const KFU = { ru: 'Казанский федеральный университет', kk: 'Қазан федералдық университеті', en: 'Kazan Federal University' };
const CHENGDU = { ru: 'Чэнду', kk: 'Чэнду', en: 'Chengdu' };
const SHENZHEN = { ru: 'Шэньчжэнь', kk: 'Шэньчжэнь', en: 'Shenzhen' };
const ESKISEHIR = { ru: 'Эскишехир', kk: 'Ескішехир', en: 'Eskişehir' };
const SOCHI = { ru: 'Сочи', kk: 'Сочи', en: 'Sochi' };

const QINGDAO_TWINNING = 'qingdao-twinning';
const XIAMEN_AND_QINGDAO_OFFICIALS = {
  ru: 'Официальные представители городов Сямынь и Циндао',
  kk: 'Сямынь және Циндао қалаларының ресми өкілдері',
  en: 'Officials of the cities of Xiamen and Qingdao',
};

/**
 * The two twinnings of seed 001 that began as proposals, kept apart from the rest of the dataset.
 * In 2021 officials of Xiamen and Qingdao proposed twinning with Kazan; an online meeting of the
 * international departments followed in August 2021 to find areas of cooperation, the talks the
 * "negotiations" stage stands for (the seed says it of Qingdao's page); Qingdao's agreement came in 2024. The seed
 * says nothing more of Xiamen, so it stays at the initiative, and neither gives a reason (the
 * rationale is "not specified"). Coordinates and provinces are geographic identity facts.
 */
const kazanProposals: DatasetInput['proposals'] = [
  {
    countryCode: 'CN',
    latitude: 36.0671,
    longitude: 120.3826,
    visibility: 'public',
    partnerName: { ru: 'Циндао', kk: 'Циндао', en: 'Qingdao' },
    place: { ru: 'Провинция Шаньдун', kk: 'Шаньдун провинциясы', en: 'Shandong Province' },
    initiator: XIAMEN_AND_QINGDAO_OFFICIALS,
    stages: [
      { stage: 'initiative', date: '2021' },
      {
        stage: 'negotiations',
        date: '2021-08',
        note: 'Онлайн-совещание на уровне международных департаментов с целью определить возможные сферы дальнейшего сотрудничества.',
      },
      { stage: 'agreement_signed', date: '2024' },
    ],
    partner: 'qingdao',
    agreement: QINGDAO_TWINNING,
  },
  {
    countryCode: 'CN',
    latitude: 24.4798,
    longitude: 118.0894,
    visibility: 'public',
    partnerName: { ru: 'Сямынь', kk: 'Сямынь', en: 'Xiamen' },
    place: { ru: 'Провинция Фуцзянь', kk: 'Фуцзянь провинциясы', en: 'Fujian Province' },
    initiator: XIAMEN_AND_QINGDAO_OFFICIALS,
    stages: [{ stage: 'initiative', date: '2021' }],
  },
];

const SHENZHEN_MEMORANDUM = 'shenzhen-twin-cities-memorandum';

/**
 * The programmes of seed 001 as projects, kept apart from the rest of the dataset. Nothing is
 * given that the seed does not state: no status, and a start only where the seed dates one, so
 * the pages show "not specified". Events are linked only where the seed says they belong to the
 * programme. The SOlNTsE–Ke Zhuang exchange is the only one tied to an agreement: the seed calls
 * it a programme of twin schools of Kazan and Shenzhen, whose twin-city memorandum it names.
 */
const kazanProjects: NonNullable<DatasetInput['projects']> = [
  {
    slug: 'solntse-ke-zhuang-school-exchange',
    themes: ['education'],
    start: '2025-03-17',
    partners: ['shenzhen'],
    agreements: [SHENZHEN_MEMORANDUM],
    events: [
      '2025-03-17-kazan-shenzhen-schools-first-telebridge',
      '2025-04-08-kazan-shenzhen-schools-second-teleconference',
      '2025-06-11-solntse-school-delegation-shenzhen',
    ],
    sources,
    organizations: [
      {
        kind: 'school',
        countryCode: 'RU',
        name: {
          ru: 'Школа-интернат «Специализированный олимпиадно-научный центр «СОлНЦе» Вахитовского района',
          kk: 'Вахитов ауданының «СОлНЦе» мамандандырылған олимпиадалық-ғылыми орталығы» мектеп-интернаты',
          en: 'Boarding school “Specialised Olympiad and Science Centre SOlNTsE”, Vakhitovsky District',
        },
        city: KAZAN,
      },
      {
        kind: 'school',
        countryCode: 'CN',
        name: {
          ru: 'Экспериментальная школа искусств и наук имени Ке Чжуан групп',
          kk: 'Ке Чжуан групп атындағы өнер және ғылым тәжірибелік мектебі',
          en: 'Ke Zhuang Group Experimental School of Arts and Sciences',
        },
        city: SHENZHEN,
      },
    ],
    title: {
      ru: 'Обмен школы «СОлНЦе» (Казань) и школы имени Ке Чжуан (Шэньчжэнь)',
      kk: '«СОлНЦе» (Қазан) мен Ке Чжуан атындағы (Шэньчжэнь) мектептердің алмасуы',
      en: 'SOlNTsE school (Kazan) and Ke Zhuang school (Shenzhen) exchange',
    },
    summary: {
      ru: 'Программа обмена российско-китайских школ побратимов: телемосты школьников, в том числе третий, посвящённый теме «Хочу дружить!», и визит делегации школы «СОлНЦе» в школу Кэ Чжуан для участия в фестивале английского языка «Симфония цивилизаций, гармония через взаимное обучение».',
      kk: 'Ресей-Қытай бауырлас мектептерінің алмасу бағдарламасы: оқушылардың телекөпірлері, соның ішінде «Дос болғым келеді!» тақырыбына арналған үшіншісі, және «СОлНЦе» мектебі делегациясының «Өркениеттер симфониясы, өзара оқыту арқылы үйлесім» ағылшын тілі фестиваліне қатысу үшін Кэ Чжуан мектебіне сапары.',
      en: 'An exchange programme of Russian and Chinese twin schools: pupils’ video bridges, the third of them on the theme “I want to be friends!”, and a visit of a SOlNTsE school delegation to the Ke Zhuang school for the English-language festival “Symphony of Civilisations, Harmony through Mutual Learning”.',
    },
    outcomes: {
      ru: '17 марта 2025 года школы подписали соглашение о сотрудничестве, направленное на повышение эффективности образовательного процесса и на развитие межкультурного диалога между городами Казань и Шэньчжэнь.',
      kk: '2025 жылғы 17 наурызда мектептер білім беру үдерісінің тиімділігін арттыруға және Қазан мен Шэньчжэнь қалалары арасындағы мәдениетаралық диалогты дамытуға бағытталған ынтымақтастық туралы келісімге қол қойды.',
      en: 'On 17 March 2025 the schools signed a cooperation agreement aimed at making the educational process more effective and developing intercultural dialogue between Kazan and Shenzhen.',
    },
  },
  {
    slug: 'kazan-qingdao-pupils-cooperation',
    themes: ['education'],
    partners: ['qingdao'],
    events: ['2022-03-01-kazan-qingdao-school-forum'],
    sources,
    organizations: [
      {
        kind: 'school',
        countryCode: 'RU',
        name: {
          ru: 'Полилингвальный образовательный комплекс «Адымнар»',
          kk: '«Адымнар» көптілді білім беру кешені',
          en: 'Adymnar multilingual educational complex',
        },
        city: KAZAN,
      },
      {
        kind: 'school',
        countryCode: 'CN',
        name: { ru: 'Экспериментальная школа Циндао', kk: 'Циндао тәжірибелік мектебі', en: 'Qingdao Experimental School' },
        city: { ru: 'Циндао', kk: 'Циндао', en: 'Qingdao' },
      },
    ],
    title: {
      ru: 'Программа сотрудничества казанских и китайских учащихся',
      kk: 'Қазандық және қытайлық оқушылардың ынтымақтастық бағдарламасы',
      en: 'Cooperation programme of Kazan and Chinese pupils',
    },
    summary: {
      ru: 'Программа сотрудничества казанских и китайских учащихся, приуроченная к проведению зимних Олимпийских игр в Пекине в 2022 году. В её рамках прошёл первый Международный школьный форум Казань – Циндао.',
      kk: '2022 жылы Пекинде өтетін қысқы Олимпиада ойындарына орайластырылған қазандық және қытайлық оқушылардың ынтымақтастық бағдарламасы. Оның аясында Қазан – Циндао бірінші халықаралық мектеп форумы өтті.',
      en: 'A cooperation programme of Kazan and Chinese pupils timed to the 2022 Winter Olympic Games in Beijing. The first Kazan–Qingdao International School Forum was held as part of it.',
    },
  },
  {
    slug: 'chengdu-partner-exchange-training',
    themes: ['education'],
    partners: ['chengdu'],
    sources,
    organizations: [
      {
        kind: 'municipal_body',
        countryCode: 'RU',
        name: { ru: 'Исполнительный комитет г. Казани', kk: 'Қазан қаласының Атқару комитеті', en: 'Kazan City Executive Committee' },
        city: KAZAN,
      },
    ],
    title: {
      ru: 'Программа партнёрского обмена Чэнду',
      kk: 'Чэндудың серіктестік алмасу бағдарламасы',
      en: 'Chengdu’s partner exchange programme',
    },
    summary: {
      ru: 'Представитель Исполкома г. Казани направлен на бесплатное обучение в г. Чэнду по его программе партнёрского обмена.',
      kk: 'Қазан қаласы Атқару комитетінің өкілі Чэндудың серіктестік алмасу бағдарламасы бойынша сол қалада тегін оқуға жіберілді.',
      en: 'A representative of the Kazan City Executive Committee was sent to Chengdu for free training under the city’s partner exchange programme.',
    },
  },
  {
    slug: 'kazan-zoo-giant-panda-reserve-specialist-exchange',
    themes: ['ecology'],
    partners: ['chengdu'],
    sources,
    organizations: [
      {
        kind: 'other',
        countryCode: 'RU',
        name: { ru: 'Казанский зооботанический сад', kk: 'Қазан зооботаникалық бағы', en: 'Kazan Zoo-Botanical Garden' },
        city: KAZAN,
      },
      {
        kind: 'other',
        countryCode: 'CN',
        name: {
          ru: 'Китайский естественный природный заповедник больших панд',
          kk: 'Қытайдың үлкен пандалар табиғи қорығы',
          en: 'China’s giant panda nature reserve',
        },
      },
    ],
    title: {
      ru: 'Обмен специалистами Казанского зооботанического сада и заповедника больших панд',
      kk: 'Қазан зооботаникалық бағы мен үлкен пандалар қорығының мамандар алмасуы',
      en: 'Specialist exchange between the Kazan Zoo-Botanical Garden and the giant panda reserve',
    },
    summary: {
      ru: 'Есть договорённость между Казанским зооботаническим садом и Китайским естественным природным заповедником больших панд об обмене специалистами.',
      kk: 'Қазан зооботаникалық бағы мен Қытайдың үлкен пандалар табиғи қорығы арасында мамандар алмасу туралы уағдаластық бар.',
      en: 'The Kazan Zoo-Botanical Garden and China’s giant panda nature reserve have an arrangement to exchange specialists.',
    },
  },
];

const kazan: DatasetInput = {
  homeCity: {
    countryCode: 'RU',
    latitude: 55.7963,
    longitude: 49.1088,
    name: { ru: 'Казань', kk: 'Қазан', en: 'Kazan' },
    regionName: { ru: 'Республика Татарстан', kk: 'Татарстан Республикасы', en: 'Republic of Tatarstan' },
  },

  sources: [
    {
      key: SOURCE,
      title: 'Зарубежные города-побратимы и партнеры',
      language: 'ru',
      publisher: 'Казанская городская Дума',
    },
  ],

  partners: [
    {
      slug: 'qingdao',
      kind: 'city',
      countryCode: 'CN',
      latitude: 36.0671,
      longitude: 120.3826,
      foundedYear: 1891,
      population: 10300000,
      populationYear: 2024,
      areaKm2: 11292,
      timeZone: 'Asia/Shanghai',
      name: { ru: 'Циндао', kk: 'Циндао', en: 'Qingdao' },
      regionName: { ru: 'Провинция Шаньдун', kk: 'Шаньдун провинциясы', en: 'Shandong Province' },
      about: {
        ru:
          'Циндао — это город субпровинциального значения на востоке Китая, известный своими пляжами, исторической архитектурой и культурой пивоварения. Он расположен на побережье Желтого моря в провинции Шаньдун и является важным морским портом, экономическим и туристическим центром.\n\n' +
          'В 2016 году Циндао занял 12-е место среди городов Китая по ВВП. По итогам того же года вошел в первую десятку мировых портов по обороту в тоннах и контейнерах.',
        kk:
          'Циндао — Қытайдың шығысындағы субпровинциялық маңызы бар қала, өзінің жағажайларымен, тарихи сәулетімен және сыра қайнату мәдениетімен танымал. Ол Шаньдун провинциясында, Сары теңіздің жағалауында орналасқан және маңызды теңіз порты, экономикалық және туристік орталық болып табылады.\n\n' +
          '2016 жылы Циндао ЖІӨ бойынша Қытай қалалары арасында 12-орынға шықты. Сол жылдың қорытындысы бойынша тоннамен және контейнермен есептелген айналым жөнінен әлемдік порттардың алғашқы ондығына кірді.',
        en:
          'Qingdao is a sub-provincial city in eastern China, known for its beaches, historic architecture and brewing culture. It lies on the Yellow Sea coast in Shandong Province and is an important seaport and an economic and tourist centre.\n\n' +
          'In 2016 Qingdao ranked 12th among Chinese cities by GDP. In the same year it entered the world’s top ten ports by tonnage and container throughput.',
      },
    },
    {
      slug: 'chengdu',
      kind: 'city',
      countryCode: 'CN',
      latitude: 30.6667,
      longitude: 104.0667,
      foundedYear: -311,
      population: 4300000,
      populationYear: 2021,
      areaKm2: 885.61,
      areaYear: 2021,
      timeZone: 'Asia/Shanghai',
      websiteUrl: 'http://www.chengdu.gov.cn/',
      name: { ru: 'Чэнду', kk: 'Чэнду', en: 'Chengdu' },
      regionName: { ru: 'Провинция Сычуань', kk: 'Сычуань провинциясы', en: 'Sichuan Province' },
      about: {
        ru: 'Чэнду — столица провинции Сычуань, находится на юго-западе Китая. Чэнду — глобальный транспортный и экономический центр. За богатые природные ресурсы, мягкий климат и обилие культурно-исторических достопримечательностей Чэнду называют «райской обителью», это город-памятник с 3000-летней историей. Символ роскоши и богатства, парча до сих пор входит в базовый список производимой в провинции продукции: второе имя Чэнду — «Цзиньчэн» (Парчовый град). В Чэнду расположено самое большое в мире цельное строение «Новое столетие», оно внесено в Книгу рекордов Гиннесса. Также это главный в Китае регион питомников гигантских панд.',
        kk: 'Чэнду — Сычуань провинциясының астанасы, Қытайдың оңтүстік-батысында орналасқан. Чэнду — жаһандық көлік және экономикалық орталық. Табиғи ресурстарының байлығы, климатының жұмсақтығы және мәдени-тарихи көрікті жерлерінің көптігі үшін Чэндуды «жұмақ мекені» деп атайды, бұл — 3000 жылдық тарихы бар ескерткіш қала. Сән-салтанат пен байлықтың символы — парша әлі күнге дейін провинцияда өндірілетін өнімдердің негізгі тізіміне кіреді: Чэндудың екінші атауы — «Цзиньчэн» (Парша қаласы). Чэндуда әлемдегі ең үлкен біртұтас ғимарат — «Жаңа ғасыр» орналасқан, ол Гиннестің рекордтар кітабына енгізілген. Сондай-ақ бұл — Қытайдағы алып пандалар питомниктерінің басты өңірі.',
        en: 'Chengdu, the capital of Sichuan Province, lies in south-western China. Chengdu is a global transport and economic hub. For its rich natural resources, mild climate and wealth of cultural and historical sights, Chengdu is called a “heavenly abode”; it is a monument city with 3,000 years of history. Brocade, a symbol of luxury and wealth, is still on the basic list of the province’s products: Chengdu’s second name is “Jincheng” (the Brocade City). Chengdu is home to the world’s largest single building, “New Century”, which is listed in the Guinness Book of Records. It is also China’s main region of giant panda breeding centres.',
      },
    },
    {
      slug: 'shumen-province',
      kind: 'region',
      countryCode: 'BG',
      // The province's administrative centre, the city of Shumen.
      latitude: 43.2706,
      longitude: 26.9229,
      foundedYear: 1153,
      population: 49000,
      populationYear: 2020,
      areaKm2: 136.358,
      areaYear: 2020,
      timeZone: 'Europe/Sofia',
      websiteUrl: 'http://www.oblastshumen.icon.bg/',
      name: { ru: 'Шуменская область', kk: 'Шумен облысы', en: 'Shumen Province' },
      about: {
        ru: 'Шуменская область — регион в северо-восточной части Болгарии. Административный центр — город Шумен. Шумен — крупный промышленный центр, основными отраслями являются машиностроение, обработка цветных металлов, химическая и пищевая промышленность. Также Шумен — известный виноградарский центр.',
        kk: 'Шумен облысы — Болгарияның солтүстік-шығыс бөлігіндегі өңір. Әкімшілік орталығы — Шумен қаласы. Шумен — ірі өнеркәсіп орталығы, оның негізгі салалары — машина жасау, түсті металдарды өңдеу, химия және тамақ өнеркәсібі. Сондай-ақ Шумен — белгілі жүзім шаруашылығы орталығы.',
        en: 'Shumen Province is a region in north-eastern Bulgaria. Its administrative centre is the city of Shumen. Shumen is a major industrial centre whose main industries are mechanical engineering, non-ferrous metal processing, and the chemical and food industries. Shumen is also a well-known grape-growing centre.',
      },
    },
    {
      slug: 'shenzhen',
      kind: 'city',
      countryCode: 'CN',
      latitude: 22.5431,
      longitude: 114.0579,
      foundedYear: 1979,
      population: 12000000,
      populationYear: 2020,
      areaKm2: 1997.27,
      areaYear: 2020,
      timeZone: 'Asia/Shanghai',
      websiteUrl: 'http://www.sz.gov.cn/',
      name: { ru: 'Шэньчжэнь', kk: 'Шэньчжэнь', en: 'Shenzhen' },
      regionName: { ru: 'Провинция Гуандун', kk: 'Гуандун провинциясы', en: 'Guangdong Province' },
      about: {
        ru:
          'Шэньчжэнь — крупный промышленный, финансовый и транспортный центр, расположенный на юге КНР. Шэньчжэнь знаменит как один из крупнейших центров электронной и электротехнической промышленности. Большая часть продукции Apple производится в Шэньчжэне. Согласно рейтингу сайта Tech Insider (подразделение портала Business Insider), Шэньчжэнь входит в число самых технологичных городов мира. По состоянию на 2019 год Шэньчжэнь занимал второе место среди лучших китайских городов для ведения бизнеса.\n\n' +
          'В 2008 году Шэньчжэнь присоединился к Сети творческих городов ЮНЕСКО по направлению «Дизайн», в 2011 году принимал XXVI Всемирную летнюю Универсиаду.',
        kk:
          'Шэньчжэнь — ҚХР-дың оңтүстігінде орналасқан ірі өнеркәсіптік, қаржылық және көлік орталығы. Шэньчжэнь электроника және электротехника өнеркәсібінің ең ірі орталықтарының бірі ретінде әйгілі. Apple өнімдерінің басым бөлігі Шэньчжэньде өндіріледі. Tech Insider сайтының (Business Insider порталының бөлімшесі) рейтингіне сәйкес, Шэньчжэнь әлемдегі ең технологиялық қалалардың қатарына кіреді. 2019 жылғы жағдай бойынша Шэньчжэнь бизнес жүргізуге ең қолайлы қытай қалалары арасында екінші орында болды.\n\n' +
          '2008 жылы Шэньчжэнь ЮНЕСКО-ның Шығармашыл қалалар желісіне «Дизайн» бағыты бойынша қосылды, 2011 жылы XXVI Дүниежүзілік жазғы Универсиаданы қабылдады.',
        en:
          'Shenzhen is a major industrial, financial and transport centre in southern China. Shenzhen is famous as one of the largest centres of the electronics and electrical engineering industry. Most of Apple’s products are made in Shenzhen. According to a ranking by Tech Insider (a division of Business Insider), Shenzhen is among the most technologically advanced cities in the world. As of 2019 Shenzhen ranked second among the best Chinese cities for doing business.\n\n' +
          'In 2008 Shenzhen joined the UNESCO Creative Cities Network in the field of Design, and in 2011 it hosted the 26th Summer Universiade.',
      },
    },
    {
      slug: 'eskisehir',
      kind: 'city',
      countryCode: 'TR',
      latitude: 39.7767,
      longitude: 30.5206,
      foundedYear: -1000,
      population: 887000,
      populationYear: 2019,
      areaKm2: 2678,
      areaYear: 2020,
      timeZone: 'Europe/Istanbul',
      websiteUrl: 'http://www.eskisehir-bld.gov.tr/',
      name: { ru: 'Эскишехир', kk: 'Ескішехир', en: 'Eskişehir' },
      regionName: { ru: 'Провинция Эскишехир', kk: 'Ескішехир провинциясы', en: 'Eskişehir Province' },
      about: {
        ru:
          'Эскишехир — крупный город на северо-западе Турции. В начале 14 века город служил третьей столицей Османской империи, а сегодня является административным центром провинции Эскишехир. В переводе с турецкого языка его название дословно означает «Старый город». Облик Эскишехира сочетает в себе как старину, так и современность, которые лишь дополняют друг друга и создают гармоничную картину. Его древний район Одунпазары стал настоящим воплощением многовековой истории. Согласно решению Саммита глав тюркоязычных государств, в 2013 году Эскишехир стал «Культурной столицей тюркского мира».\n\n' +
          'В городе Эскишехир развито машиностроение и авиастроение, а также энергетическая и металлургическая промышленность. Статус научно-образовательного центра Эскишехиру обеспечивают Анатолийский университет, а также культурный центр Юнуса Эмре и университет Осман Гази. В городе функционирует «Культурный дом казанских татар».',
        kk:
          'Ескішехир — Түркияның солтүстік-батысындағы ірі қала. XIV ғасырдың басында қала Осман империясының үшінші астанасы болған, ал бүгінде Ескішехир провинциясының әкімшілік орталығы болып табылады. Түрік тілінен аударғанда оның атауы сөзбе-сөз «Ескі қала» дегенді білдіреді. Ескішехирдің келбетінде көнелік те, заманауилық та бар, олар бірін-бірі толықтырып, үйлесімді көрініс жасайды. Оның көне Одунпазары ауданы ғасырлар бойғы тарихтың нағыз бейнесіне айналды. Түркітілдес мемлекеттер басшылары саммитінің шешімімен 2013 жылы Ескішехир «Түркі әлемінің мәдени астанасы» атанды.\n\n' +
          'Ескішехир қаласында машина жасау мен ұшақ жасау, сондай-ақ энергетика және металлургия өнеркәсібі дамыған. Ескішехирдің ғылым мен білім орталығы мәртебесін Анадолы университеті, сондай-ақ Юнус Эмре мәдени орталығы мен Осман Ғази университеті қамтамасыз етеді. Қалада «Қазан татарларының мәдениет үйі» жұмыс істейді.',
        en:
          'Eskişehir is a large city in north-western Turkey. In the early 14th century the city served as the third capital of the Ottoman Empire, and today it is the administrative centre of Eskişehir Province. Translated from Turkish, its name literally means “Old City”. Eskişehir’s appearance combines the old and the modern, which complement each other and create a harmonious picture. Its ancient Odunpazarı district has become a true embodiment of centuries of history. By decision of the Summit of Heads of Turkic-Speaking States, in 2013 Eskişehir became the “Cultural Capital of the Turkic World”.\n\n' +
          'Eskişehir has a developed mechanical engineering and aircraft industry, as well as energy and metallurgical industries. Its status as a centre of science and education rests on Anadolu University, the Yunus Emre Cultural Centre and Osmangazi University. The city has a “Cultural House of the Kazan Tatars”.',
      },
    },
  ],

  // One per partner, from the seed's "Документ:" line (type and year only; no place, signatories or status given).
  agreements: [
    {
      key: QINGDAO_TWINNING,
      partner: 'qingdao',
      type: 'twinning',
      signed: '2024',
      source: SOURCE,
      title: {
        ru: 'Соглашение об установлении побратимских отношений между городом Казанью, Республика Татарстан (Российская Федерация) и Циндао, Провинция Шандунь (Китайская Народная Республика)',
        kk: 'Қазан қаласы, Татарстан Республикасы (Ресей Федерациясы) мен Циндао, Шаньдун провинциясы (Қытай Халық Республикасы) арасында бауырластық қатынастар орнату туралы келісім',
        en: 'Agreement on the establishment of twinning relations between the city of Kazan, Republic of Tatarstan (Russian Federation), and Qingdao, Shandong Province (People’s Republic of China)',
      },
    },
    {
      partner: 'chengdu',
      type: 'friendly_cooperation_memorandum',
      signed: '2015',
      source: SOURCE,
      title: {
        ru: 'Меморандум об установлении дружественного сотрудничества',
        kk: 'Достық ынтымақтастық орнату туралы меморандум',
        en: 'Memorandum on the establishment of friendly cooperation',
      },
    },
    {
      partner: 'shumen-province',
      type: 'cooperation',
      signed: '2003',
      source: SOURCE,
      title: {
        ru: 'Договор о сотрудничестве',
        kk: 'Ынтымақтастық туралы шарт',
        en: 'Cooperation treaty',
      },
    },
    {
      key: SHENZHEN_MEMORANDUM,
      partner: 'shenzhen',
      type: 'friendly_cooperation_memorandum',
      signed: '2012',
      source: SOURCE,
      title: {
        ru: 'Меморандум об установлении отношений городов-побратимов, укреплении дружественных контактов и сотрудничества',
        kk: 'Бауырлас қалалар қатынастарын орнату, достық байланыстар мен ынтымақтастықты нығайту туралы меморандум',
        en: 'Memorandum on establishing twin-city relations and strengthening friendly contacts and cooperation',
      },
    },
    {
      partner: 'eskisehir',
      type: 'friendship_treaty',
      signed: '1997',
      source: SOURCE,
      title: {
        ru: 'Договор о дружбе',
        kk: 'Достық туралы шарт',
        en: 'Treaty of friendship',
      },
    },
  ],

  // Every dated item of the seed's "Совместные мероприятия, контакты" lists, in date order.
  events: [
    {
      slug: '2011-kazan-universiade-experience',
      start: '2011',
      end: '2012',
      category: 'sport',
      partners: ['shenzhen'],
      sources,
      title: {
        ru: 'Казань перенимает опыт проведения Универсиады',
        kk: 'Қазан Универсиада өткізу тәжірибесін үйренді',
        en: 'Kazan learns from the experience of hosting the Universiade',
      },
      body: {
        ru: 'В 2011-2012 гг. Казань перенимала опыт проведения Универсиады.',
        kk: '2011–2012 жылдары Қазан Универсиаданы өткізу тәжірибесін үйренді.',
        en: 'In 2011–2012 Kazan learned from the experience of hosting the Universiade.',
      },
    },
    {
      slug: '2013-shenzhen-athletes-kazan-universiade',
      start: '2013',
      category: 'sport',
      format: 'in_person',
      partners: ['shenzhen'],
      sources,
      title: {
        ru: 'Спортсмены из Шэньчжэня на Универсиаде 2013 в Казани',
        kk: 'Шэньчжэнь спортшылары Қазандағы 2013 жылғы Универсиадада',
        en: 'Shenzhen athletes at the 2013 Universiade in Kazan',
      },
      body: {
        ru: 'Спортсмены из г.Шэньчжэнь приняли активное участие в XXVII Всемирной летней Универсиаде 2013 в г.Казани.',
        kk: 'Шэньчжэнь қаласының спортшылары Қазан қаласында өткен 2013 жылғы XXVII Дүниежүзілік жазғы Универсиадаға белсене қатысты.',
        en: 'Athletes from Shenzhen took an active part in the 27th Summer Universiade 2013 in Kazan.',
      },
      location: KAZAN,
    },
    {
      slug: '2013-tatarstan-culture-days-eskisehir',
      start: '2013',
      category: 'official_delegation',
      format: 'in_person',
      partners: ['eskisehir'],
      sources,
      title: {
        ru: 'Дни культуры Республики Татарстан в Эскишехире',
        kk: 'Ескішехирдегі Татарстан Республикасының мәдениет күндері',
        en: 'Days of Culture of the Republic of Tatarstan in Eskişehir',
      },
      body: {
        ru: 'В 2013 году делегация Исполкома г.Казани приняла участие в Днях культуры Республики Татарстан в г.Эскишехир.',
        kk: '2013 жылы Қазан қаласы Атқарушы комитетінің делегациясы Ескішехир қаласында өткен Татарстан Республикасының мәдениет күндеріне қатысты.',
        en: 'In 2013 a delegation of the Kazan Executive Committee took part in the Days of Culture of the Republic of Tatarstan in Eskişehir.',
      },
      location: ESKISEHIR,
    },
    {
      slug: '2014-turkic-culture-capital-closing-ceremony',
      start: '2014',
      category: 'official_delegation',
      format: 'in_person',
      partners: ['eskisehir'],
      sources,
      title: {
        ru: 'Закрытие года «Эскишехир – культурная столица тюркского мира»',
        kk: '«Ескішехир – түркі әлемінің мәдени астанасы» жылының жабылуы',
        en: 'Closing of the year “Eskişehir – Cultural Capital of the Turkic World”',
      },
      body: {
        ru: 'В 2014 году делегация Исполкома г.Казани приняла участие в торжественной церемонии закрытия года «Эскишехир – культурная столица тюркского мира».',
        kk: '2014 жылы Қазан қаласы Атқарушы комитетінің делегациясы «Ескішехир – түркі әлемінің мәдени астанасы» жылының салтанатты жабылу рәсіміне қатысты.',
        en: 'In 2014 a delegation of the Kazan Executive Committee took part in the closing ceremony of the year “Eskişehir – Cultural Capital of the Turkic World”.',
      },
    },
    {
      slug: '2016-kazan-delegation-visits',
      start: '2016',
      category: 'official_delegation',
      format: 'in_person',
      partners: ['chengdu'],
      sources,
      title: {
        ru: 'Два визита делегации Казани во главе с Е.А. Лодвиговой',
        kk: 'Е.А. Лодвигова бастаған Қазан делегациясының екі сапары',
        en: 'Two visits by a Kazan delegation headed by Ye. A. Lodvigova',
      },
      body: {
        ru: 'В 2016 году состоялось 2 визита делегации столицы Татарстана во главе с заместителем Главы муниципального образования Казани Е.А. Лодвиговой.',
        kk: '2016 жылы Қазан муниципалдық құрылымы Басшысының орынбасары Е.А. Лодвигова бастаған Татарстан астанасы делегациясының 2 сапары болды.',
        en: 'In 2016 a delegation of the capital of Tatarstan headed by Ye. A. Lodvigova, Deputy Head of the Kazan Municipality, made 2 visits.',
      },
    },
    {
      slug: '2018-turkish-booklets-about-kazan',
      start: '2018',
      category: 'other',
      partners: ['eskisehir'],
      sources,
      title: {
        ru: 'Буклеты о Казани на турецком языке для туристических центров Эскишехира',
        kk: 'Ескішехирдің туристік орталықтарына арналған Қазан туралы түрік тіліндегі буклеттер',
        en: 'Turkish-language booklets about Kazan for Eskişehir’s tourist centres',
      },
      body: {
        ru: 'В рамках продвижения г.Казани на международном туристическом рынке в 2018 году были разработаны информационные буклеты о г.Казани на турецком языке, которые впоследствии были направлены в туристические центры г.Эскишехир.',
        kk: 'Қазан қаласын халықаралық туристік нарықта ілгерілету аясында 2018 жылы Қазан туралы түрік тіліндегі ақпараттық буклеттер әзірленді, кейін олар Ескішехир қаласының туристік орталықтарына жіберілді.',
        en: 'To promote Kazan on the international tourism market, information booklets about Kazan in Turkish were produced in 2018 and later sent to tourist centres in Eskişehir.',
      },
    },
    {
      slug: '2018-08-china-girls-math-olympiad',
      start: '2018-08',
      category: 'education',
      partners: ['chengdu'],
      sources,
      title: {
        ru: 'Международная математическая олимпиада CGMO в Чэнду',
        kk: 'Чэндудағы CGMO халықаралық математикалық олимпиадасы',
        en: 'China Girls Mathematical Olympiad in Chengdu',
      },
      body: {
        ru: 'В августе 2018 года учащиеся школ Российской Федерации принимали участие в международной математической олимпиаде China Girls Mathematical Olympiad (CGMO) в Чэнду. По итогам соревнований ученица IT-лицея КФУ Анна Седова стала победительницей.',
        kk: '2018 жылғы тамызда Ресей Федерациясы мектептерінің оқушылары Чэндуда өткен China Girls Mathematical Olympiad (CGMO) халықаралық математикалық олимпиадасына қатысты. Жарыс қорытындысы бойынша ҚФУ IT-лицейінің оқушысы Анна Седова жеңімпаз атанды.',
        en: 'In August 2018 pupils of schools of the Russian Federation took part in the international mathematics olympiad China Girls Mathematical Olympiad (CGMO) in Chengdu. Anna Sedova, a pupil of the KFU IT Lyceum, became one of the winners.',
      },
      location: CHENGDU,
    },
    {
      slug: '2019-04-21-kfu-delegation-belt-and-road-forum',
      start: '2019-04-21',
      end: '2019-04-25',
      category: 'education',
      format: 'in_person',
      partners: ['chengdu'],
      sources,
      title: {
        ru: 'Делегация КФУ на Международном образовательном форуме «Один пояс – один путь»',
        kk: 'ҚФУ делегациясы «Бір белдеу – бір жол» халықаралық білім беру форумында',
        en: 'KFU delegation at the international education forum “One Belt, One Road”',
      },
      body: {
        ru: '21-25 апреля 2019 года делегация Казанского федерального университета посетила Китайскую Народную Республику (г. Чэнду, г. Цзыгун) в рамках участия в Международном образовательном форуме «Один пояс – один путь».',
        kk: '2019 жылғы 21–25 сәуірде Қазан федералдық университетінің делегациясы «Бір белдеу – бір жол» халықаралық білім беру форумына қатысу аясында Қытай Халық Республикасында (Чэнду, Цзыгун қалалары) болды.',
        en: 'On 21–25 April 2019 a delegation of Kazan Federal University visited the People’s Republic of China (Chengdu and Zigong) to take part in the international education forum “One Belt, One Road”.',
      },
      location: { ru: 'Чэнду, Цзыгун', kk: 'Чэнду, Цзыгун', en: 'Chengdu, Zigong' },
    },
    {
      slug: '2019-09-07-eskisehir-modern-art-museum-opening',
      start: '2019-09-07',
      category: 'official_delegation',
      format: 'in_person',
      partners: ['eskisehir'],
      sources,
      title: {
        ru: 'Делегация Татарстана на открытии Музея современного искусства в Эскишехире',
        kk: 'Татарстан делегациясы Ескішехирдегі Заманауи өнер мұражайының ашылуында',
        en: 'Tatarstan delegation at the opening of the Museum of Modern Art in Eskişehir',
      },
      body: {
        ru: '7 сентября 2019 года делегация из Татарстана приняла участие в открытии Музея современного искусства в г.Эскишехир. В ходе поездки делегация республики также провела встречу с Мэром г.Эскишехир Йылмазом Бююкэршеном, на которой стороны обсудили дальнейшее развитие сотрудничества между городами.',
        kk: '2019 жылғы 7 қыркүйекте Татарстан делегациясы Ескішехир қаласындағы Заманауи өнер мұражайының ашылуына қатысты. Сапар барысында республика делегациясы Ескішехир мэрі Йылмаз Бююкэршенмен де кездесті, онда тараптар қалалар арасындағы ынтымақтастықты одан әрі дамытуды талқылады.',
        en: 'On 7 September 2019 a delegation from Tatarstan attended the opening of the Museum of Modern Art in Eskişehir. During the trip the delegation also met the Mayor of Eskişehir, Yılmaz Büyükerşen, and the sides discussed further development of cooperation between the cities.',
      },
      location: ESKISEHIR,
    },
    {
      slug: '2019-09-19-kfu-agreement-weiming-beida-school',
      start: '2019-09-19',
      category: 'education',
      partners: ['chengdu'],
      sources,
      title: {
        ru: 'Соглашение КФУ со школой Chengdu Weiming Beida',
        kk: 'ҚФУ мен Chengdu Weiming Beida мектебі арасындағы келісім',
        en: 'KFU agreement with Chengdu Weiming Beida Middle School',
      },
      body: {
        ru: '19 сентября 2019 года в КФУ было подписано соглашение с Chengdu Weiming Beida middle school.',
        kk: '2019 жылғы 19 қыркүйекте ҚФУ-да Chengdu Weiming Beida middle school мектебімен келісімге қол қойылды.',
        en: 'On 19 September 2019 an agreement with Chengdu Weiming Beida Middle School was signed at KFU.',
      },
      location: KFU,
    },
    {
      slug: '2019-10-14-shenzhen-university-delegation-kfu',
      start: '2019-10-14',
      end: '2019-10-16',
      category: 'education',
      format: 'in_person',
      partners: ['shenzhen'],
      sources,
      title: {
        ru: 'Делегация Университета Шэньчжэня в КФУ',
        kk: 'Шэньчжэнь университетінің делегациясы ҚФУ-да',
        en: 'Shenzhen University delegation at KFU',
      },
      body: {
        ru: '14-16 октября 2019 года делегация Университета Shenzhen University в составе проф. Джошуа Хуан посетила Институт вычислительной математики и информационных технологий Казанского федерального университета (ИВМиИТ КФУ).',
        kk: '2019 жылғы 14–16 қазанда құрамында проф. Джошуа Хуан бар Shenzhen University делегациясы Қазан федералдық университетінің Есептеу математикасы және ақпараттық технологиялар институтында (ИВМиИТ КФУ) болды.',
        en: 'On 14–16 October 2019 a delegation of Shenzhen University including Prof. Joshua Huang visited the Institute of Computational Mathematics and Information Technologies of Kazan Federal University.',
      },
      location: KFU,
    },
    {
      slug: '2020-05-27-chengdu-video-greeting-tassr-centenary',
      start: '2020-05-27',
      category: 'other',
      format: 'online',
      partners: ['chengdu'],
      sources,
      title: {
        ru: 'Видеопоздравление из Чэнду к 100-летию ТАССР',
        kk: 'Чэндудан ТАКСР-дің 100 жылдығына бейнеқұттықтау',
        en: 'Video greeting from Chengdu for the centenary of the Tatar ASSR',
      },
      body: {
        ru: '27 мая 2020 года начальник Канцелярии иностранных дел Народного правительства города Чэнду г-н Цзян Бинь обратился с видеопоздравлением по поводу празднования 100-летия ТАССР.',
        kk: '2020 жылғы 27 мамырда Чэнду қаласы Халық үкіметінің Сыртқы істер кеңсесінің бастығы Цзян Бинь мырза ТАКСР-дің 100 жылдығын мерекелеуге орай бейнеқұттықтау жолдады.',
        en: 'On 27 May 2020 Mr Jiang Bin, head of the Foreign Affairs Office of the Chengdu Municipal People’s Government, sent a video greeting on the celebration of the 100th anniversary of the Tatar ASSR.',
      },
    },
    {
      slug: '2020-09-23-smart-city-mayors-round-table',
      start: '2020-09-23',
      category: 'forum',
      format: 'online',
      partners: ['chengdu', 'shenzhen', 'eskisehir'],
      sources,
      title: {
        ru: 'Круглый стол мэров городов «Умный город» на Kazan Digital Week-2020',
        kk: 'Kazan Digital Week-2020 аясындағы «Ақылды қала» мэрлер дөңгелек үстелі',
        en: 'Mayors’ round table “Smart City” at Kazan Digital Week 2020',
      },
      body: {
        ru:
          '23 сентября 2020 года вице-мэр г.Чэнду г-н Ван Пинцзян выступил с докладом («Система управления дорожным движением») на заседании Круглого стола мэров городов «Умный город» в рамках международного форума Kazan Digital Week-2020 (в онлайн формате).\n\n' +
          '23 сентября 2020 года директор Департамента «Умных перевозок» Транспортного бюро г.Шэньчжэнь стал участником (в качестве слушателя) заседания Круглого стола мэров городов «Умный город» в рамках Международного форума KAZAN DIGITAL WEEK-2020 (в онлайн формате).\n\n' +
          '23 сентября 2020 года представители г.Эскишехир приняли участие в работе Круглого стола мэров городов «Умный город» в рамках форума Kazan Digital Week-2020.',
        kk:
          '2020 жылғы 23 қыркүйекте Чэнду қаласының вице-мэрі Ван Пинцзян мырза Kazan Digital Week-2020 халықаралық форумы аясында өткен «Ақылды қала» қала мэрлері дөңгелек үстелінің отырысында баяндама («Жол қозғалысын басқару жүйесі») жасады (онлайн форматта).\n\n' +
          '2020 жылғы 23 қыркүйекте Шэньчжэнь қаласы Көлік бюросының «Ақылды тасымалдар» департаментінің директоры KAZAN DIGITAL WEEK-2020 халықаралық форумы аясында өткен «Ақылды қала» қала мэрлері дөңгелек үстелінің отырысына (тыңдаушы ретінде) қатысты (онлайн форматта).\n\n' +
          '2020 жылғы 23 қыркүйекте Ескішехир қаласының өкілдері Kazan Digital Week-2020 форумы аясында өткен «Ақылды қала» қала мэрлері дөңгелек үстелінің жұмысына қатысты.',
        en:
          'On 23 September 2020 Mr Wang Pingjiang, Vice Mayor of Chengdu, presented a report (“Traffic Management System”) at the session of the mayors’ round table “Smart City” held as part of the international forum Kazan Digital Week 2020 (online).\n\n' +
          'On 23 September 2020 the director of the Smart Transport Department of the Shenzhen Transport Bureau took part (as a listener) in the session of the mayors’ round table “Smart City” held as part of the international forum KAZAN DIGITAL WEEK-2020 (online).\n\n' +
          'On 23 September 2020 representatives of Eskişehir took part in the work of the mayors’ round table “Smart City” held as part of the Kazan Digital Week 2020 forum.',
      },
    },
    {
      slug: '2020-10-19-brics-twin-cities-forum-shenzhen',
      start: '2020-10-19',
      category: 'forum',
      format: 'online',
      partners: ['shenzhen'],
      sources,
      title: {
        ru: 'Шэньчжэнь на Форуме породненных городов и муниципальных образований стран БРИКС – 2020',
        kk: 'Шэньчжэнь БРИКС елдерінің бауырлас қалалары мен муниципалдық құрылымдарының форумында – 2020',
        en: 'Shenzhen at the BRICS Twin Cities and Municipalities Forum 2020',
      },
      body: {
        ru: '19 октября 2020 года Вице-президент Шэньчжэньской ассоциации зеленого строительства Су Чжиган принял участие в Форуме породненных городов и муниципальных образований стран БРИКС – 2020 (с докладом) в г.Казани в онлайн формате.',
        kk: '2020 жылғы 19 қазанда Шэньчжэнь жасыл құрылыс қауымдастығының вице-президенті Су Чжиган Қазан қаласында онлайн форматта өткен БРИКС елдерінің бауырлас қалалары мен муниципалдық құрылымдарының форумына – 2020 (баяндамамен) қатысты.',
        en: 'On 19 October 2020 Su Zhigang, Vice President of the Shenzhen Green Building Association, took part (with a report) in the BRICS Twin Cities and Municipalities Forum 2020, held in Kazan online.',
      },
      location: KAZAN,
    },
    {
      slug: '2020-10-20-brics-twin-cities-forum-chengdu',
      start: '2020-10-20',
      category: 'forum',
      format: 'online',
      partners: ['chengdu'],
      sources,
      title: {
        ru: 'Чэнду на Форуме породненных городов и муниципальных образований стран БРИКС – 2020',
        kk: 'Чэнду БРИКС елдерінің бауырлас қалалары мен муниципалдық құрылымдарының форумында – 2020',
        en: 'Chengdu at the BRICS Twin Cities and Municipalities Forum 2020',
      },
      body: {
        ru: '20 октября 2020 года представитель г.Чэнду мисс Чжан Чжиин (руководитель отдела Евроазиатских отношений Муниципального управления иностранных дел Чэнду) приняла участие в Форуме породненных городов и муниципальных образований стран БРИКС – 2020 (в качестве слушателя пленарного заседания), который состоялся в г.Казани в онлайн формате.',
        kk: '2020 жылғы 20 қазанда Чэнду қаласының өкілі Чжан Чжиин ханым (Чэнду муниципалдық сыртқы істер басқармасының Еуразиялық қатынастар бөлімінің басшысы) Қазан қаласында онлайн форматта өткен БРИКС елдерінің бауырлас қалалары мен муниципалдық құрылымдарының форумына – 2020 (пленарлық отырыстың тыңдаушысы ретінде) қатысты.',
        en: 'On 20 October 2020 Ms Zhang Zhiying, a representative of Chengdu (head of the Eurasian Relations Division of the Chengdu Municipal Foreign Affairs Office), took part (as a listener at the plenary session) in the BRICS Twin Cities and Municipalities Forum 2020, held in Kazan online.',
      },
      location: KAZAN,
    },
    {
      slug: '2021-qingdao-twinning-initiative',
      start: '2021',
      category: 'other',
      partners: ['qingdao'],
      sources,
      title: {
        ru: 'Инициатива установить побратимские отношения с Казанью',
        kk: 'Қазанмен бауырластық қатынастар орнату бастамасы',
        en: 'Proposal to establish twinning relations with Kazan',
      },
      body: {
        ru: 'В 2021 году официальные представители городов Сямынь и Циндао выступили с инициативой установить побратимские отношения с г.Казань.',
        kk: '2021 жылы Сямынь және Циндао қалаларының ресми өкілдері Қазан қаласымен бауырластық қатынастар орнату бастамасын көтерді.',
        en: 'In 2021 officials of the cities of Xiamen and Qingdao proposed establishing twinning relations with Kazan.',
      },
    },
    {
      slug: '2021-02-15-i-see-the-world-drawing-contest',
      start: '2021-02-15',
      end: '2021-05-15',
      category: 'culture',
      format: 'online',
      partners: ['chengdu'],
      sources,
      title: {
        ru: 'Международный онлайн-конкурс детского рисунка «Я вижу мир: традиции народов мира»',
        kk: '«Мен әлемді көремін: әлем халықтарының дәстүрлері» халықаралық балалар суреті онлайн-байқауы',
        en: 'International online children’s drawing contest “I See the World: Traditions of the Peoples of the World”',
      },
      body: {
        ru: 'С 15 февраля по 15 мая 2021 года совместно с секретариатом Всемирной организации «Лига исторических городов» в рамках проведения 17-ой Всемирной конференции исторических городов в г.Казани проводился Международный онлайн-конкурс детского рисунка «Я вижу мир: традиции народов мира». Участниками стали дети в возрасте от 9 до 13 лет, среди победителей – школьники из Чэнду.',
        kk: '2021 жылғы 15 ақпаннан 15 мамырға дейін «Тарихи қалалар лигасы» дүниежүзілік ұйымының хатшылығымен бірлесіп, Қазан қаласында өтетін Тарихи қалалардың 17-ші дүниежүзілік конференциясы аясында «Мен әлемді көремін: әлем халықтарының дәстүрлері» балалар суретінің халықаралық онлайн-байқауы өткізілді. Оған 9 бен 13 жас аралығындағы балалар қатысты, жеңімпаздар арасында Чэнду оқушылары бар.',
        en: 'From 15 February to 15 May 2021, together with the secretariat of the world organisation League of Historical Cities and as part of the 17th World Conference of Historical Cities in Kazan, the international online children’s drawing contest “I See the World: Traditions of the Peoples of the World” was held. The participants were children aged 9 to 13; among the winners were schoolchildren from Chengdu.',
      },
    },
    {
      slug: '2021-06-24-world-conference-historical-cities',
      start: '2021-06-24',
      end: '2021-06-25',
      category: 'forum',
      partners: ['chengdu'],
      sources,
      title: {
        ru: 'XVI Всемирная конференция исторических городов в Казани',
        kk: 'Қазандағы Тарихи қалалардың XVI дүниежүзілік конференциясы',
        en: '16th World Conference of Historical Cities in Kazan',
      },
      body: {
        ru: '24-25 июня 2021 года в Казани прошла XVI Всемирная конференция исторических городов «Историко-культурное наследие как основа национально-культурной и местной идентичности», в которой в качестве слушателей приняли участие представители г.Чэнду (город является членом организации Лига исторических городов).',
        kk: '2021 жылғы 24–25 маусымда Қазанда «Тарихи-мәдени мұра ұлттық-мәдени және жергілікті бірегейліктің негізі ретінде» атты Тарихи қалалардың XVI дүниежүзілік конференциясы өтті, оған Чэнду қаласының өкілдері тыңдаушы ретінде қатысты (қала Тарихи қалалар лигасы ұйымының мүшесі).',
        en: 'On 24–25 June 2021 Kazan hosted the 16th World Conference of Historical Cities, “Historical and Cultural Heritage as the Basis of National-Cultural and Local Identity”, in which representatives of Chengdu took part as listeners (the city is a member of the League of Historical Cities).',
      },
      location: KAZAN,
    },
    {
      slug: '2021-08-kazan-qingdao-online-meeting',
      start: '2021-08',
      category: 'online_meeting',
      format: 'online',
      partners: ['qingdao'],
      sources,
      title: {
        ru: 'Онлайн-совещание международных департаментов Казани и Циндао',
        kk: 'Қазан мен Циндао халықаралық департаменттерінің онлайн-кеңесі',
        en: 'Online meeting of the international departments of Kazan and Qingdao',
      },
      body: {
        ru: 'В августе 2021 г. прошло онлайн совещание на уровне международных департаментов, с целью определить возможные сферы дальнейшего сотрудничества.',
        kk: '2021 жылғы тамызда әрі қарайғы ынтымақтастықтың ықтимал салаларын айқындау мақсатында халықаралық департаменттер деңгейінде онлайн-кеңес өтті.',
        en: 'In August 2021 an online meeting was held at the level of the international departments to identify possible areas of further cooperation.',
      },
    },
    {
      slug: '2021-09-21-evolution-of-smart-cities-round-table',
      start: '2021-09-21',
      category: 'forum',
      partners: ['shenzhen'],
      sources,
      title: {
        ru: 'Круглый стол мэров «Эволюция умных городов» на Kazan Digital Week 2021',
        kk: 'Kazan Digital Week 2021 аясындағы «Ақылды қалалардың эволюциясы» мэрлер дөңгелек үстелі',
        en: 'Mayors’ round table “Evolution of Smart Cities” at Kazan Digital Week 2021',
      },
      body: {
        ru: '21 сентября 2021 года Вице-мэр г.Шэньчжэнь Чжен Хунбо принял участие в круглом столе мэров «Эволюция умных городов» в рамках международного форума Kazan Digital Week 2021.',
        kk: '2021 жылғы 21 қыркүйекте Шэньчжэнь қаласының вице-мэрі Чжен Хунбо Kazan Digital Week 2021 халықаралық форумы аясында өткен «Ақылды қалалардың эволюциясы» мэрлер дөңгелек үстеліне қатысты.',
        en: 'On 21 September 2021 Zheng Hongbo, Vice Mayor of Shenzhen, took part in the mayors’ round table “Evolution of Smart Cities” held as part of the international forum Kazan Digital Week 2021.',
      },
    },
    {
      slug: '2021-12-sichuan-tatarstan-agreement-forum',
      start: '2021-12',
      category: 'forum',
      partners: ['chengdu'],
      sources,
      title: {
        ru: 'Форум к 5-летию соглашения между провинцией Сычуань и Республикой Татарстан',
        kk: 'Сычуань провинциясы мен Татарстан Республикасы арасындағы келісімнің 5 жылдығына арналған форум',
        en: 'Forum on the 5th anniversary of the agreement between Sichuan Province and the Republic of Tatarstan',
      },
      body: {
        ru: 'В декабре 2021 года заместитель Главы муниципального образования г.Казани Евгения Лодвигова выступила с докладом на Форуме по случаю 5-летия подписания соглашения между провинцией Сычуань и Республикой Татарстан, который прошел при участии Президента Республики Татарстан Р.Н. Минниханова, Губернатора провинции Сычуань г-на Хуан Цяня, мэра г. Чэнду и др.',
        kk: '2021 жылғы желтоқсанда Қазан қаласы муниципалдық құрылымы Басшысының орынбасары Евгения Лодвигова Сычуань провинциясы мен Татарстан Республикасы арасындағы келісімге қол қойылғанының 5 жылдығына арналған Форумда баяндама жасады. Форумға Татарстан Республикасының Президенті Р.Н. Минниханов, Сычуань провинциясының губернаторы Хуан Цянь мырза, Чэнду қаласының мэрі және басқалар қатысты.',
        en: 'In December 2021 Yevgenia Lodvigova, Deputy Head of the Kazan Municipality, presented a report at the Forum marking the 5th anniversary of the signing of the agreement between Sichuan Province and the Republic of Tatarstan, attended by the President of the Republic of Tatarstan R. N. Minnikhanov, the Governor of Sichuan Province Mr Huang Qiang, the Mayor of Chengdu and others.',
      },
    },
    {
      slug: '2022-children-choral-singing-week',
      start: '2022',
      category: 'culture',
      format: 'online',
      partners: ['chengdu'],
      sources,
      title: {
        ru: '6-й Международный фестиваль «Неделя детского хорового пения»',
        kk: '«Балалар хор әнінің апталығы» 6-шы халықаралық фестивалі',
        en: '6th International Festival “Children’s Choral Singing Week”',
      },
      body: {
        ru: 'В 2022 году 10 детских хоровых коллективов города Казани приняли участие в 6-м Международном фестивале «Неделя детского хорового пения», состоявшемся в городе-партнере Чэнду в онлайн формате. Главной целью фестиваля является развитие детско-юношеских творческих и культурных обменов, проведение совместных мероприятий и мастер-классов.',
        kk: '2022 жылы Қазан қаласының 10 балалар хор ұжымы серіктес қала Чэндуда онлайн форматта өткен «Балалар хор әнінің апталығы» 6-шы халықаралық фестиваліне қатысты. Фестивальдің басты мақсаты — балалар мен жасөспірімдердің шығармашылық және мәдени алмасуларын дамыту, бірлескен іс-шаралар мен шеберлік сыныптарын өткізу.',
        en: 'In 2022 ten children’s choirs from Kazan took part in the 6th International Festival “Children’s Choral Singing Week”, held in the partner city of Chengdu in an online format. The festival’s main aim is to develop creative and cultural exchanges among children and young people and to hold joint events and master classes.',
      },
      location: CHENGDU,
    },
    {
      slug: '2022-01-25-chengdu-russian-twin-cities-conference',
      start: '2022-01-25',
      category: 'online_meeting',
      format: 'online',
      partners: ['chengdu'],
      sources,
      title: {
        ru: 'Онлайн-конференция Чэнду с российскими городами-побратимами',
        kk: 'Чэндудың ресейлік бауырлас қалалармен онлайн-конференциясы',
        en: 'Online conference of Chengdu with its Russian twin cities',
      },
      body: {
        ru: '25 января 2022 года состоялась онлайн-конференция между Чэнду и его российскими городами-побратимами. Конференция посвящена вопросам дальнейшего сотрудничества между городами, также были определены перспективы взаимодействия и намечены планы сотрудничества на 2022 год. В конференции приняли участие представители Казанской городской Думы.',
        kk: '2022 жылғы 25 қаңтарда Чэнду мен оның ресейлік бауырлас қалалары арасында онлайн-конференция өтті. Конференция қалалар арасындағы әрі қарайғы ынтымақтастық мәселелеріне арналды, сондай-ақ өзара іс-қимылдың болашағы айқындалып, 2022 жылға арналған ынтымақтастық жоспарлары белгіленді. Конференцияға Қазан қалалық думасының өкілдері қатысты.',
        en: 'On 25 January 2022 an online conference was held between Chengdu and its Russian twin cities. It was devoted to further cooperation between the cities; prospects for interaction were identified and cooperation plans for 2022 were outlined. Representatives of the Kazan City Duma took part in the conference.',
      },
    },
    {
      slug: '2022-03-01-kazan-qingdao-school-forum',
      start: '2022-03-01',
      category: 'education',
      partners: ['qingdao'],
      sources,
      title: {
        ru: 'Первый Международный школьный форум Казань – Циндао',
        kk: 'Қазан – Циндао бірінші халықаралық мектеп форумы',
        en: 'First Kazan–Qingdao International School Forum',
      },
      body: {
        ru: '1 марта 2022 года состоялся первый Международный школьный форум Казань-Циндао на тему: «Огонь зимних Олимпийских игр в Пекине: диалог школьников. Вместе ради общего будущего» в рамках программы сотрудничества казанских и китайских учащихся, приуроченной к проведению зимних Олимпийских игр в Пекине в 2022 году. В мероприятии приняли участие учащиеся Экспериментальной школы Циндао и полилингвального образовательного комплекса «Адымнар» Казани.',
        kk: '2022 жылғы 1 наурызда 2022 жылы Пекинде өтетін қысқы Олимпиада ойындарына орайластырылған қазандық және қытайлық оқушылардың ынтымақтастық бағдарламасы аясында «Пекиндегі қысқы Олимпиада ойындарының алауы: оқушылар диалогы. Ортақ болашақ үшін бірге» тақырыбында Қазан – Циндао бірінші халықаралық мектеп форумы өтті. Іс-шараға Циндао тәжірибелік мектебінің және Қазандағы «Адымнар» көптілді білім беру кешенінің оқушылары қатысты.',
        en: 'On 1 March 2022 the first Kazan–Qingdao International School Forum took place on the theme “The Flame of the Beijing Winter Olympics: A Dialogue of Schoolchildren. Together for a Shared Future”, as part of a cooperation programme for Kazan and Chinese pupils timed to the 2022 Winter Olympic Games in Beijing. Pupils of the Qingdao Experimental School and of the Adymnar multilingual educational complex in Kazan took part.',
      },
    },
    {
      slug: '2022-03-03-dialogue-of-two-civilizations-lesson',
      start: '2022-03-03',
      category: 'education',
      partners: ['qingdao'],
      sources,
      title: {
        ru: 'Международный урок «Диалог двух цивилизаций: Праздник Весны в традициях наших народов»',
        kk: '«Екі өркениет диалогы: халықтарымыздың дәстүріндегі Көктем мерекесі» халықаралық сабағы',
        en: 'International lesson “Dialogue of Two Civilisations: the Spring Festival in the Traditions of Our Peoples”',
      },
      body: {
        ru: '3 марта 2022 года прошел международный урок «Диалог двух цивилизаций: Праздник Весны в традициях наших народов». Мероприятие объединило учеников, учителей и представителей муниципальных властей Казани, городов Циндао и Цзинань китайской провинции Шаньдун. Открытием совместного урока стала песня под названием «Вместе встречаем будущее», посвященная Олимпиаде – 2022, в исполнении учащихся школ Казани и Циндао на английском, китайском, русском и татарском языках. Перевод на русский и татарский языки был сделан учащимися Полилингвального комплекса «Адымнар». Также был записан соответствующий видеоролик. Международный урок «Диалог двух цивилизаций» стал событием в Циндао, которое привлекло внимание общественности и СМИ. Мероприятие было освещено в нескольких местных изданиях и на телевидении.',
        kk: '2022 жылғы 3 наурызда «Екі өркениет диалогы: халықтарымыздың дәстүріндегі Көктем мерекесі» халықаралық сабағы өтті. Іс-шара Қазанның, Қытайдың Шаньдун провинциясындағы Циндао және Цзинань қалаларының оқушыларын, мұғалімдерін және муниципалдық билік өкілдерін біріктірді. Бірлескен сабақ Қазан мен Циндао мектептерінің оқушылары ағылшын, қытай, орыс және татар тілдерінде орындаған, 2022 жылғы Олимпиадаға арналған «Болашақты бірге қарсы аламыз» әнімен ашылды. Орыс және татар тілдеріне аударманы «Адымнар» көптілді кешенінің оқушылары жасады. Сондай-ақ тиісті бейнеролик жазылды. «Екі өркениет диалогы» халықаралық сабағы Циндаода жұртшылық пен БАҚ назарын аударған оқиғаға айналды. Іс-шара бірнеше жергілікті басылымда және теледидарда көрсетілді.',
        en: 'On 3 March 2022 the international lesson “Dialogue of Two Civilisations: the Spring Festival in the Traditions of Our Peoples” was held. It brought together pupils, teachers and municipal officials of Kazan and of the cities of Qingdao and Jinan in China’s Shandong Province. The joint lesson opened with the song “Together We Meet the Future”, dedicated to the 2022 Olympics, performed by pupils of Kazan and Qingdao schools in English, Chinese, Russian and Tatar. The translation into Russian and Tatar was made by pupils of the Adymnar multilingual complex. A video was also recorded. The international lesson “Dialogue of Two Civilisations” became an event in Qingdao that drew the attention of the public and the media; it was covered by several local publications and on television.',
      },
    },
    {
      slug: '2022-03-kazan-qingdao-children-art-exhibition',
      start: '2022-03',
      category: 'culture',
      format: 'online',
      partners: ['qingdao'],
      sources,
      title: {
        ru: 'Международная онлайн-выставка детского творчества Казань – Циндао 2022',
        kk: 'Қазан – Циндао 2022 балалар шығармашылығының халықаралық онлайн-көрмесі',
        en: 'Kazan–Qingdao 2022 International Online Exhibition of Children’s Art',
      },
      body: {
        ru: 'В марте 2022 совместно с Управлением международных и межмуниципальных связей аппарата Казанской городской Думы и Канцелярией иностранных дел Народного правительства г.Циндао была проведена Международная онлайн-выставка детского творчества Казань-Циндао 2022 «Вместе ради общего будущего!». Участниками стали школьники 11-15 лет. От Казани приняли участие 20 человек. Все награждены сертификатами.',
        kk: '2022 жылғы наурызда Қазан қалалық думасы аппаратының Халықаралық және муниципалдықаралық байланыстар басқармасы мен Циндао қаласы Халық үкіметінің Сыртқы істер кеңсесі бірлесіп «Ортақ болашақ үшін бірге!» Қазан – Циндао 2022 балалар шығармашылығының халықаралық онлайн-көрмесін өткізді. Оған 11–15 жастағы оқушылар қатысты. Қазаннан 20 адам қатысты. Барлығы сертификаттармен марапатталды.',
        en: 'In March 2022 the Department of International and Inter-Municipal Relations of the Kazan City Duma staff and the Foreign Affairs Office of the Qingdao Municipal People’s Government jointly held the Kazan–Qingdao 2022 International Online Exhibition of Children’s Art “Together for a Shared Future!”. The participants were schoolchildren aged 11–15; 20 of them were from Kazan. All were awarded certificates.',
      },
    },
    {
      slug: '2022-09-21-digital-transformation-round-table',
      start: '2022-09-21',
      category: 'forum',
      partners: ['chengdu'],
      sources,
      title: {
        ru: 'Круглый стол мэров «Цифровая трансформация управления в городе» на Kazan Digital Week-2022',
        kk: 'Kazan Digital Week-2022 аясындағы «Қаланы басқарудың цифрлық трансформациясы» мэрлер дөңгелек үстелі',
        en: 'Mayors’ round table “Digital Transformation of City Governance” at Kazan Digital Week 2022',
      },
      body: {
        ru: '21 сентября 2022 года представители г.Чэнду приняли участие в заседании круглого стола Мэров «Цифровая трансформация управления в городе», который прошел в рамках Международного Форума Kazan Digital Week-2022 в г.Казани.',
        kk: '2022 жылғы 21 қыркүйекте Чэнду қаласының өкілдері Қазан қаласында Kazan Digital Week-2022 халықаралық форумы аясында өткен «Қаланы басқарудың цифрлық трансформациясы» мэрлер дөңгелек үстелінің отырысына қатысты.',
        en: 'On 21 September 2022 representatives of Chengdu took part in the session of the mayors’ round table “Digital Transformation of City Governance”, held as part of the international forum Kazan Digital Week 2022 in Kazan.',
      },
      location: KAZAN,
    },
    {
      slug: '2023-02-14-kazan-chengdu-schools-online-meeting',
      start: '2023-02-14',
      category: 'education',
      format: 'online',
      partners: ['chengdu'],
      sources,
      title: {
        ru: 'Онлайн-встреча школьников Казани и Чэнду «Будем знакомы: обычаи и традиции татарского народа»',
        kk: 'Қазан мен Чэнду оқушыларының «Танысайық: татар халқының әдет-ғұрпы мен дәстүрлері» онлайн-кездесуі',
        en: 'Kazan and Chengdu pupils’ online meeting “Let’s Get Acquainted: Customs and Traditions of the Tatar People”',
      },
      body: {
        ru: '14 февраля 2023 года ученики средней общеобразовательной школы №9 Казани провели онлайн-встречу «Будем знакомы: обычаи и традиции татарского народа» с учащимися средней школы №2 Чэнду провинции Лунцюань (Китай). Мероприятие проводится в рамках Года национальных культур и традиций, который объявлен в Татарстане. В телемосте приняли участие порядка 100 человек из России и Китая.',
        kk: '2023 жылғы 14 ақпанда Қазандағы №9 жалпы білім беретін орта мектептің оқушылары Чэнду, Лунцюань провинциясындағы (Қытай) №2 орта мектептің оқушыларымен «Танысайық: татар халқының әдет-ғұрпы мен дәстүрлері» онлайн-кездесуін өткізді. Іс-шара Татарстанда жарияланған Ұлттық мәдениеттер мен дәстүрлер жылы аясында өткізілуде. Телекөпірге Ресей мен Қытайдан 100-ге жуық адам қатысты.',
        en: 'On 14 February 2023 pupils of secondary school No. 9 in Kazan held an online meeting, “Let’s Get Acquainted: Customs and Traditions of the Tatar People”, with pupils of secondary school No. 2 of Chengdu, Longquan Province (China). The event is part of the Year of National Cultures and Traditions declared in Tatarstan. About 100 people from Russia and China took part in the video bridge.',
      },
    },
    {
      slug: '2023-05-16-kazan-chengdu-schools-video-conference',
      start: '2023-05-16',
      category: 'education',
      format: 'online',
      partners: ['chengdu'],
      sources,
      title: {
        ru: 'Видеоконференция школьников Казани и Чэнду',
        kk: 'Қазан мен Чэнду оқушыларының бейнеконференциясы',
        en: 'Video conference of Kazan and Chengdu schoolchildren',
      },
      body: {
        ru: '16 мая 2023 года состоялась видеоконференция между школьниками Казани и Чэнду, организатором которой выступила казанская средняя школа № 9. Ребята сняли и продемонстрировали друг другу короткометражные фильмы о своих школьных буднях и праздниках, а также пообщались в формате «вопрос-ответ».',
        kk: '2023 жылғы 16 мамырда Қазан мен Чэнду оқушылары арасында бейнеконференция өтті, оны Қазандағы №9 орта мектеп ұйымдастырды. Балалар мектептегі күнделікті өмірі мен мерекелері туралы қысқаметражды фильмдер түсіріп, бір-біріне көрсетті, сондай-ақ «сұрақ-жауап» форматында сөйлесті.',
        en: 'On 16 May 2023 a video conference was held between schoolchildren of Kazan and Chengdu, organised by Kazan secondary school No. 9. The pupils made and showed each other short films about their everyday school life and celebrations, and talked in a question-and-answer format.',
      },
    },
    {
      slug: '2023-07-02-eskisehir-delegation-rebus-forum',
      start: '2023-07-02',
      end: '2023-07-06',
      category: 'official_delegation',
      format: 'in_person',
      partners: ['eskisehir'],
      sources,
      title: {
        ru: 'Делегация Эскишехира на Форуме «Ребус 2023» в Казани',
        kk: 'Ескішехир делегациясы Қазандағы «Ребус 2023» форумында',
        en: 'Eskişehir delegation at the Rebus 2023 forum in Kazan',
      },
      body: {
        ru: '2-6 июля 2023 года делегация г.Эскишехир во главе с Генеральным секретарем столичного муниципалитета г.Эскишехир Айше Унлике прибыла в Казань для участия в Форуме «Ребус 2023: Экономика строительства в историческом центре». В состав делегации также вошли Член городского совета и заместитель председателя г.Эскишехир Хасан Унал, Глава стратегии Отдела развития г.Эскишехир Бурхан Дегирменсиоглу, Главный архитектор г.Эскишехир Серкан Кара. В ходе визита гости осмотрели достопримечательности Казани и провели ряд деловых встреч.',
        kk: '2023 жылғы 2–6 шілдеде Ескішехир астаналық муниципалитетінің Бас хатшысы Айше Унлике бастаған Ескішехир қаласының делегациясы «Ребус 2023: Тарихи орталықтағы құрылыс экономикасы» форумына қатысу үшін Қазанға келді. Делегация құрамында сондай-ақ Ескішехир қалалық кеңесінің мүшесі және төраға орынбасары Хасан Унал, Ескішехир Даму бөлімінің стратегия жөніндегі басшысы Бурхан Дегирменсиоглу, Ескішехирдің бас сәулетшісі Серкан Кара болды. Сапар барысында қонақтар Қазанның көрікті жерлерін аралап, бірқатар іскерлік кездесулер өткізді.',
        en: 'On 2–6 July 2023 an Eskişehir delegation headed by Ayşe Ünlüce, Secretary General of the Eskişehir Metropolitan Municipality, came to Kazan to take part in the forum “Rebus 2023: The Economics of Construction in the Historic Centre”. The delegation also included Hasan Ünal, member of the city council and deputy chairman, Eskişehir; Burhan Değirmencioğlu, Head of Strategy of the Eskişehir Development Department; and Serkan Kara, Chief Architect of Eskişehir. During the visit the guests saw the sights of Kazan and held a number of business meetings.',
      },
      location: KAZAN,
    },
    {
      slug: '2023-09-07-united-cities-forum-rostki',
      start: '2023-09-07',
      end: '2023-09-08',
      category: 'forum',
      format: 'hybrid',
      partners: ['chengdu', 'shenzhen', 'eskisehir'],
      sources,
      title: {
        ru: '«Форум, объединяющий города» (United Cities Forum) в рамках форума «РОСТКИ»',
        kk: '«РОСТКИ» форумы аясындағы «Қалаларды біріктіретін форум» (United Cities Forum)',
        en: 'United Cities Forum at the ROSTKI forum',
      },
      body: {
        ru:
          'Цзян Бинь, начальник Канцелярии иностранных дел народного правительства города Чэнду, принял онлайн участие в мероприятии «Форум, объединяющий города» (United Cities Forum – UCF), которое прошло 7-8 сентября 2023 года в г.Казани в рамках Международного форума «РОСТКИ: Россия и Китай – взаимовыгодное сотрудничество».\n\n' +
          'Постоянный Вице-президент Шэньчжэньской народной ассоциации дружбы с зарубежными странами Гу Тинь принял онлайн участие в мероприятии «Форум, объединяющий города» (United Cities Forum – UCF), которое прошло 7-8 сентября 2023 года в г.Казани в рамках Международного форума «РОСТКИ: Россия и Китай – взаимовыгодное сотрудничество».\n\n' +
          'Председатель администрации Эскишехир принял онлайн участие в мероприятии «Форум, объединяющий города» (United Cities Forum – UCF), который прошел 7-8 сентября 2023 года в г.Казани в рамках Международного форума «РОСТКИ: Россия и Китай – взаимовыгодное сотрудничество».',
        kk:
          'Чэнду қаласы халық үкіметінің Сыртқы істер кеңсесінің бастығы Цзян Бинь 2023 жылғы 7–8 қыркүйекте Қазан қаласында «РОСТКИ: Ресей мен Қытай – өзара тиімді ынтымақтастық» халықаралық форумы аясында өткен «Қалаларды біріктіретін форум» (United Cities Forum – UCF) іс-шарасына онлайн қатысты.\n\n' +
          'Шэньчжэнь халқының шет елдермен достық қауымдастығының тұрақты вице-президенті Гу Тинь 2023 жылғы 7–8 қыркүйекте Қазан қаласында «РОСТКИ: Ресей мен Қытай – өзара тиімді ынтымақтастық» халықаралық форумы аясында өткен «Қалаларды біріктіретін форум» (United Cities Forum – UCF) іс-шарасына онлайн қатысты.\n\n' +
          'Ескішехир әкімшілігінің төрағасы 2023 жылғы 7–8 қыркүйекте Қазан қаласында «РОСТКИ: Ресей мен Қытай – өзара тиімді ынтымақтастық» халықаралық форумы аясында өткен «Қалаларды біріктіретін форум» (United Cities Forum – UCF) іс-шарасына онлайн қатысты.',
        en:
          'Jiang Bin, head of the Foreign Affairs Office of the Chengdu Municipal People’s Government, took part online in the United Cities Forum (UCF), held on 7–8 September 2023 in Kazan as part of the international forum “ROSTKI: Russia and China – Mutually Beneficial Cooperation”.\n\n' +
          'Gu Ting, Executive Vice President of the Shenzhen People’s Association for Friendship with Foreign Countries, took part online in the United Cities Forum (UCF), held on 7–8 September 2023 in Kazan as part of the international forum “ROSTKI: Russia and China – Mutually Beneficial Cooperation”.\n\n' +
          'The Chairman of the Eskişehir administration took part online in the United Cities Forum (UCF), held on 7–8 September 2023 in Kazan as part of the international forum “ROSTKI: Russia and China – Mutually Beneficial Cooperation”.',
      },
      location: KAZAN,
    },
    {
      slug: '2023-12-05-kazanysh-forum',
      start: '2023-12-05',
      end: '2023-12-07',
      category: 'forum',
      partners: ['chengdu'],
      sources,
      title: {
        ru: 'Международный архитектурно-строительный форум «Казаныш»',
        kk: '«Казаныш» халықаралық сәулет-құрылыс форумы',
        en: 'Kazanysh International Architecture and Construction Forum',
      },
      body: {
        ru: 'Представитель города Чэнду Цзэн Лян принял участие в Международном архитектурно-строительном форуме «Казаныш», который прошел 5-7 декабря 2023 года в г.Казани, выступив с докладом о глобальных трендах в мастер-планировании территорий.',
        kk: 'Чэнду қаласының өкілі Цзэн Лян 2023 жылғы 5–7 желтоқсанда Қазан қаласында өткен «Казаныш» халықаралық сәулет-құрылыс форумына қатысып, аумақтарды мастер-жоспарлаудағы жаһандық трендтер туралы баяндама жасады.',
        en: 'Zeng Liang, a representative of Chengdu, took part in the Kazanysh International Architecture and Construction Forum, held on 5–7 December 2023 in Kazan, with a report on global trends in territorial master planning.',
      },
      location: KAZAN,
    },
    {
      slug: '2024-spring-festival-video-greeting',
      start: '2024',
      category: 'education',
      format: 'online',
      partners: ['chengdu'],
      sources,
      title: {
        ru: 'Видеопоздравление с Праздником весны от казанских школьников',
        kk: 'Қазан оқушыларының Көктем мерекесімен бейнеқұттықтауы',
        en: 'Spring Festival video greeting from Kazan pupils',
      },
      body: {
        ru: 'В 2024 году казанские школьники из общеобразовательной школы №9 подготовили и направили креативное поздравление с Праздником весны в город-побратим Чэнду в формате видео.',
        kk: '2024 жылы №9 жалпы білім беретін мектептің қазандық оқушылары бауырлас қала Чэндуға Көктем мерекесімен бейне форматындағы шығармашылық құттықтау дайындап, жолдады.',
        en: 'In 2024 Kazan pupils of school No. 9 prepared and sent a creative video greeting for the Spring Festival to the twin city of Chengdu.',
      },
    },
    {
      slug: '2024-03-01-world-youth-festival-sochi',
      start: '2024-03-01',
      end: '2024-03-07',
      category: 'youth',
      format: 'in_person',
      partners: ['chengdu'],
      sources,
      title: {
        ru: 'Представители Чэнду в павильоне «Казань» на Всемирном фестивале молодежи',
        kk: 'Чэнду өкілдері Дүниежүзілік жастар фестиваліндегі «Қазан» павильонында',
        en: 'Chengdu representatives at the Kazan pavilion of the World Youth Festival',
      },
      body: {
        ru: 'Представители Чэнду посетили павильон «Казань» на Всемирном фестивале молодежи в Сочи, который проходил в период с 1 по 7 марта 2024 года.',
        kk: 'Чэнду өкілдері 2024 жылғы 1–7 наурыз аралығында Сочиде өткен Дүниежүзілік жастар фестиваліндегі «Қазан» павильонына барды.',
        en: 'Representatives of Chengdu visited the Kazan pavilion at the World Youth Festival in Sochi, held from 1 to 7 March 2024.',
      },
      location: SOCHI,
    },
    {
      slug: '2024-04-mendeleev-chemistry-olympiad',
      start: '2024-04',
      category: 'education',
      partners: ['shenzhen'],
      sources,
      title: {
        ru: 'Казанская школьница — победительница 58-й Международной Менделеевской олимпиады по химии',
        kk: 'Қазан оқушысы — химиядан 58-ші Халықаралық Менделеев олимпиадасының жеңімпазы',
        en: 'Kazan pupil among the winners of the 58th International Mendeleev Chemistry Olympiad',
      },
      body: {
        ru: 'В апреле 2024 года ученица казанского лицея №131 Александра Ромашова стала победительницей 58-й Международной Менделеевской олимпиады по химии. Церемония награждения состоялась в городе Шэньчжэнь.',
        kk: '2024 жылғы сәуірде Қазандағы №131 лицейдің оқушысы Александра Ромашова химиядан 58-ші Халықаралық Менделеев олимпиадасының жеңімпазы атанды. Марапаттау рәсімі Шэньчжэнь қаласында өтті.',
        en: 'In April 2024 Alexandra Romashova, a pupil of Kazan Lyceum No. 131, became one of the winners of the 58th International Mendeleev Chemistry Olympiad. The award ceremony took place in Shenzhen.',
      },
      location: SHENZHEN,
    },
    {
      slug: '2024-06-21-eskisehir-delegation-brics-plus-forum',
      start: '2024-06-21',
      end: '2024-06-23',
      category: 'official_delegation',
      format: 'in_person',
      partners: ['eskisehir'],
      sources,
      title: {
        ru: 'Визит делегации Эскишехира на Международный форум городов стран БРИКС+',
        kk: 'Ескішехир делегациясының БРИКС+ елдері қалаларының халықаралық форумына сапары',
        en: 'Eskişehir delegation visits Kazan for the International Forum of BRICS+ Cities',
      },
      body: {
        ru: '21-23 июня 2024 года визит в г.Казань делегации г.Эскишехира во главе с г-жой Айше Унлюдже, Мэром города Эскишехира, для участия в Международном форуме городов стран БРИКС+.',
        kk: '2024 жылғы 21–23 маусымда Ескішехир қаласының мэрі Айше Унлюдже ханым бастаған Ескішехир делегациясы БРИКС+ елдері қалаларының халықаралық форумына қатысу үшін Қазан қаласына сапармен келді.',
        en: 'On 21–23 June 2024 an Eskişehir delegation headed by Mrs Ayşe Ünlüce, Mayor of Eskişehir, visited Kazan to take part in the International Forum of BRICS+ Cities.',
      },
      location: KAZAN,
    },
    {
      slug: '2024-11-14-second-rostki-forum',
      start: '2024-11-14',
      end: '2024-11-15',
      category: 'forum',
      format: 'hybrid',
      partners: ['chengdu', 'shenzhen'],
      sources,
      title: {
        ru: 'II Международный форум «РОСТКИ: Россия и Китай – взаимовыгодное сотрудничество»',
        kk: '«РОСТКИ: Ресей мен Қытай – өзара тиімді ынтымақтастық» II халықаралық форумы',
        en: '2nd International Forum “ROSTKI: Russia and China – Mutually Beneficial Cooperation”',
      },
      body: {
        ru:
          'Заместитель ректора подчиненной школы в Чэнду при Пекинском втором институте иностранных языков Чжоу Я принял онлайн участие в сессии «Школьные обмены как инструмент межмуниципального сотрудничества» в рамках II Международного форума «РОСТКИ: Россия и Китай – взаимовыгодное сотрудничество», который прошел 14-15 ноября 2024 года в г.Казани.\n\n' +
          'Команда шахматистов города Шэньчжэнь приняла участие в шахматном турнире в рамках II Международного форума «РОСТКИ: Россия и Китай – взаимовыгодное сотрудничество», который прошел 14-15 ноября 2024 года в г.Казани, и заняла 3 место в командном зачете.',
        kk:
          'Пекин екінші шет тілдер институтына қарасты Чэндудағы мектептің проректоры Чжоу Я 2024 жылғы 14–15 қарашада Қазан қаласында өткен «РОСТКИ: Ресей мен Қытай – өзара тиімді ынтымақтастық» II халықаралық форумы аясындағы «Мектеп алмасулары муниципалдықаралық ынтымақтастық құралы ретінде» сессиясына онлайн қатысты.\n\n' +
          'Шэньчжэнь қаласының шахматшылар командасы 2024 жылғы 14–15 қарашада Қазан қаласында өткен «РОСТКИ: Ресей мен Қытай – өзара тиімді ынтымақтастық» II халықаралық форумы аясындағы шахмат турниріне қатысып, командалық есепте 3-орын алды.',
        en:
          'Zhou Ya, deputy head of the Chengdu school affiliated with the Beijing Second Foreign Language Institute, took part online in the session “School Exchanges as a Tool of Inter-Municipal Cooperation” at the 2nd International Forum “ROSTKI: Russia and China – Mutually Beneficial Cooperation”, held on 14–15 November 2024 in Kazan.\n\n' +
          'A team of chess players from Shenzhen took part in the chess tournament of the 2nd International Forum “ROSTKI: Russia and China – Mutually Beneficial Cooperation”, held on 14–15 November 2024 in Kazan, and took 3rd place in the team standings.',
      },
      location: KAZAN,
    },
    {
      slug: '2025-02-06-eskisehir-delegation-kazanysh-forum',
      start: '2025-02-06',
      end: '2025-02-08',
      category: 'official_delegation',
      format: 'in_person',
      partners: ['eskisehir'],
      sources,
      title: {
        ru: 'Визит делегации Эскишехира на форум «Казаныш»',
        kk: 'Ескішехир делегациясының «Казаныш» форумына сапары',
        en: 'Eskişehir delegation visit for the Kazanysh forum',
      },
      body: {
        ru: '6-8 февраля 2025 года визит делегации г.Эскишехира для участия в международном архитектурно-строительном форуме «Казаныш».',
        kk: '2025 жылғы 6–8 ақпанда Ескішехир қаласының делегациясы «Казаныш» халықаралық сәулет-құрылыс форумына қатысу үшін сапар жасады.',
        en: 'On 6–8 February 2025 an Eskişehir delegation paid a visit to take part in the Kazanysh international architecture and construction forum.',
      },
    },
    {
      slug: '2025-03-17-kazan-shenzhen-schools-first-telebridge',
      start: '2025-03-17',
      category: 'education',
      format: 'online',
      partners: ['shenzhen'],
      sources,
      title: {
        ru: 'Первый телемост школы «СОлНЦе» (Казань) и школы имени Ке Чжуан (Шэньчжэнь)',
        kk: '«СОлНЦе» (Қазан) мен Ке Чжуан атындағы (Шэньчжэнь) мектептердің алғашқы телекөпірі',
        en: 'First video bridge between the SOlNTsE school (Kazan) and the Ke Zhuang school (Shenzhen)',
      },
      body: {
        ru: '17 марта 2025 года состоялся первый телемост между муниципальным автономным общеобразовательным учреждением для детей, проявивших выдающиеся способности, «Средняя общеобразовательная школа-интернат «Специализированный олимпиадно-научный центр «СОлНЦе» Вахитовского района г.Казани и экспериментальной школой искусств и наук имени Ке Чжуан групп г.Шэньчжэня провинции Гуандун. В рамках мероприятия состоялось подписание соглашения о сотрудничестве между учебными заведениями, которое направлено на повышение эффективности образовательного процесса и на развитие межкультурного диалога между городами Казань и Шэньчжэнь.',
        kk: '2025 жылғы 17 наурызда Қазан қаласы Вахитов ауданының ерекше қабілет танытқан балаларға арналған «Орта жалпы білім беретін мектеп-интернат «СОлНЦе» мамандандырылған олимпиадалық-ғылыми орталығы» муниципалдық автономды жалпы білім беретін мекемесі мен Гуандун провинциясы Шэньчжэнь қаласының Ке Чжуан групп атындағы өнер және ғылым тәжірибелік мектебі арасында алғашқы телекөпір өтті. Іс-шара аясында оқу орындары арасында ынтымақтастық туралы келісімге қол қойылды, ол білім беру үдерісінің тиімділігін арттыруға және Қазан мен Шэньчжэнь қалалары арасындағы мәдениетаралық диалогты дамытуға бағытталған.',
        en: 'On 17 March 2025 the first video bridge was held between the municipal autonomous educational institution for gifted children “Boarding Secondary School ‘Specialised Olympiad and Science Centre SOlNTsE’” of Vakhitovsky District, Kazan, and the Ke Zhuang Group Experimental School of Arts and Sciences in Shenzhen, Guangdong Province. During the event the two schools signed a cooperation agreement aimed at making the educational process more effective and developing intercultural dialogue between Kazan and Shenzhen.',
      },
    },
    {
      slug: '2025-04-08-kazan-shenzhen-schools-second-teleconference',
      start: '2025-04-08',
      category: 'education',
      format: 'online',
      partners: ['shenzhen'],
      sources,
      title: {
        ru: 'Вторая телеконференция школы «СОлНЦе» и школы имени Ке Чжуан',
        kk: '«СОлНЦе» мен Ке Чжуан атындағы мектептердің екінші телеконференциясы',
        en: 'Second teleconference between the SOlNTsE and Ke Zhuang schools',
      },
      body: {
        ru: '8 апреля 2025 года состоялась вторая телеконференция между средней общеобразовательной школой-интернатом «Специализированный олимпиадно-научный центр «СОлНЦе» Вахитовского района г.Казани и экспериментальной школой искусств и наук имени Ке Чжуан групп г.Шэньчжэня провинции Гуандун.',
        kk: '2025 жылғы 8 сәуірде Қазан қаласы Вахитов ауданының «СОлНЦе» мамандандырылған олимпиадалық-ғылыми орталығы» орта жалпы білім беретін мектеп-интернаты мен Гуандун провинциясы Шэньчжэнь қаласының Ке Чжуан групп атындағы өнер және ғылым тәжірибелік мектебі арасында екінші телеконференция өтті.',
        en: 'On 8 April 2025 the second teleconference was held between the boarding secondary school “Specialised Olympiad and Science Centre SOlNTsE” of Vakhitovsky District, Kazan, and the Ke Zhuang Group Experimental School of Arts and Sciences in Shenzhen, Guangdong Province.',
      },
    },
    {
      slug: '2025-06-11-solntse-school-delegation-shenzhen',
      start: '2025-06-11',
      end: '2025-06-20',
      category: 'education',
      format: 'in_person',
      partners: ['shenzhen'],
      sources,
      title: {
        ru: 'Визит делегации школы «СОлНЦе» в школу Кэ Чжуан',
        kk: '«СОлНЦе» мектебі делегациясының Кэ Чжуан мектебіне сапары',
        en: 'SOlNTsE school delegation visits the Ke Zhuang school',
      },
      body: {
        ru: '11 - 20 июня 2025 года состоялся визит делегации Школы СОлНЦе в Школу Кэ Чжуан, г.Шэньчжэнь для участия в фестивале английского языка «Симфония цивилизаций, гармония через взаимное обучение. Программа обмена российско-китайских школ побратимов».',
        kk: '2025 жылғы 11–20 маусымда «СОлНЦе» мектебінің делегациясы «Өркениеттер симфониясы, өзара оқыту арқылы үйлесім. Ресей-Қытай бауырлас мектептерінің алмасу бағдарламасы» ағылшын тілі фестиваліне қатысу үшін Шэньчжэнь қаласындағы Кэ Чжуан мектебіне сапар жасады.',
        en: 'On 11–20 June 2025 a delegation of the SOlNTsE school visited the Ke Zhuang school in Shenzhen to take part in the English-language festival “Symphony of Civilisations, Harmony through Mutual Learning. Exchange Programme of Russian and Chinese Twin Schools”.',
      },
      location: SHENZHEN,
    },
    {
      slug: '2025-07-26-twin-cities-youth-music-festival',
      start: '2025-07-26',
      end: '2025-07-30',
      category: 'culture',
      partners: ['chengdu'],
      sources,
      title: {
        ru: 'Международный молодежный музыкальный фестиваль городов-побратимов в Чэнду',
        kk: 'Чэндудағы бауырлас қалалардың халықаралық жастар музыкалық фестивалі',
        en: 'International Youth Music Festival of Twin Cities in Chengdu',
      },
      body: {
        ru: '26-30 июля 2025 года в Международном молодежном музыкальном фестивале городов-побратимов в Чэнду принял участие музыкальный коллектив «Воздушная КуКуРуЗа» школы Рока г.Казани.',
        kk: '2025 жылғы 26–30 шілдеде Чэндуда өткен бауырлас қалалардың халықаралық жастар музыкалық фестиваліне Қазан қаласындағы Рок мектебінің «Воздушная КуКуРуЗа» музыкалық ұжымы қатысты.',
        en: 'On 26–30 July 2025 the band “Vozdushnaya KuKuRuZa” of the Kazan School of Rock took part in the International Youth Music Festival of Twin Cities in Chengdu.',
      },
      location: CHENGDU,
    },
  ],

  proposals: kazanProposals,
  projects: kazanProjects,
};

export default kazan;
