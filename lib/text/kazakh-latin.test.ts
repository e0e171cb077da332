import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kazakhLatinLower, kazakhLatinUpper, toKazakhLatin } from './kazakh-latin';

// The 2021 alphabet, letter by letter (decision 048): [Cyrillic, Latin] in both cases.
const ALPHABET: [string, string][] = [
  ['А а', 'A a'],
  ['Ә ә', 'Ä ä'],
  ['Б б', 'B b'],
  ['Д д', 'D d'],
  ['Е е', 'E e'],
  ['Ф ф', 'F f'],
  ['Г г', 'G g'],
  ['Ғ ғ', 'Ğ ğ'],
  ['Х х', 'H h'],
  ['Һ һ', 'H h'],
  ['І і', 'I ı'],
  ['И и', 'İ i'],
  ['Й й', 'İ i'],
  ['Ж ж', 'J j'],
  ['К к', 'K k'],
  ['Л л', 'L l'],
  ['М м', 'M m'],
  ['Н н', 'N n'],
  ['Ң ң', 'Ñ ñ'],
  ['О о', 'O o'],
  ['Ө ө', 'Ö ö'],
  ['П п', 'P p'],
  ['Қ қ', 'Q q'],
  ['Р р', 'R r'],
  ['С с', 'S s'],
  ['Ш ш', 'Ş ş'],
  ['Т т', 'T t'],
  ['У у', 'U u'],
  ['Ұ ұ', 'Ū ū'],
  ['Ү ү', 'Ü ü'],
  ['В в', 'V v'],
  ['Ы ы', 'Y y'],
  ['З з', 'Z z'],
];

describe('toKazakhLatin', () => {
  it('writes every letter of the Kazakh alphabet as the 2021 table does', () => {
    for (const [cyrillic, latin] of ALPHABET) expect(toKazakhLatin(cyrillic), cyrillic).toBe(latin);
  });

  it('uses only the 31 letters of the alphabet for Kazakh and Russian words', () => {
    const text = toKazakhLatin('АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя');
    expect(text.replace(/\s/g, '')).toMatch(/^[AÄBDEFGĞHIİJKLMNÑOÖPQRSŞTUŪÜVYZaäbdefgğhıijklmnñoöpqrsştuūüvyz]+$/u);
  });

  it('transliterates whole sentences as the 2021 alphabet writes them', () => {
    // The transliteration of the 1902 text shown with the 2021 alphabet (Wikipedia, "Kazakh alphabets").
    expect(toKazakhLatin('Бұрыңғы өткен заманда, бір данышпан кісі, Бағдат шаһарының бір үлкен қазысының үйіне келіп қоныпты.')).toBe(
      'Būryñğy ötken zamanda, bır danyşpan kısı, Bağdat şaharynyñ bır ülken qazysynyñ üiıne kelıp qonypty.',
    );
    expect(toKazakhLatin('Қазыменен сөйлесіп, қазыны сөзге жеңе беріпті. Не де болса, бұған жалынып, сый беріп, орнымда қалайын!')).toBe(
      'Qazymenen söilesıp, qazyny sözge jeñe berıptı. Ne de bolsa, būğan jalynyp, syi berıp, ornymda qalaiyn!',
    );
    expect(toKazakhLatin('Шымкент — Қазақстан Республикасының қаласы')).toBe('Şymkent — Qazaqstan Respublikasynyñ qalasy');
  });

  it('keeps capitals: a capitalised word keeps its first letter up, a word in capitals stays in capitals', () => {
    expect(toKazakhLatin('Шымкент')).toBe('Şymkent');
    expect(toKazakhLatin('ШЫМКЕНТ')).toBe('ŞYMKENT');
    expect(toKazakhLatin('Қазақстан')).toBe('Qazaqstan');
    expect(toKazakhLatin('ЮНЕСКО')).toBe('İUNESKO');
    expect(toKazakhLatin('Юнеско')).toBe('İunesko');
    expect(toKazakhLatin('Ясауи кесенесі')).toBe('İasaui kesenesı');
    expect(toKazakhLatin('ЯСАУИ')).toBe('İASAUİ');
    expect(toKazakhLatin('Іле Алатауы')).toBe('Ile Alatauy');
    expect(toKazakhLatin('ІЛЕ')).toBe('ILE');
    expect(toKazakhLatin('Ирина')).toBe('İrina');
    expect(toKazakhLatin('ҚР СІМ')).toBe('QR SIM');
  });

  it('writes ё, ю and я by what stands before them', () => {
    // At the start of a word and after a vowel the glide is written as i.
    expect(toKazakhLatin('ёлка, аю, қоян, Ялта')).toBe('iolka, aiu, qoian, İalta');
    // After и or й the glide is already written.
    expect(toKazakhLatin('Мария, химия, Майя, июнь')).toBe('Maria, himia, Maia, iün');
    // After a consonant ё and ю are the front vowels ö and ü (актёр → aktör, бюджет → büdjet).
    expect(toKazakhLatin('актёр, дирижёр, манёвр, Королёв')).toBe('aktör, dirijör, manövr, Korolöv');
    expect(toKazakhLatin('парашют, бюджет, сюжет, компьютер')).toBe('paraşüt, büdjet, süjet, kompüter');
    expect(toKazakhLatin('Вячеслав, Пятигорск, Илья')).toBe('Viaşeslav, Piatigorsk, İlia');
  });

  it('writes the other letters borrowed from Russian by the orthography rules', () => {
    expect(toKazakhLatin('элемент, элеватор, Эльбрус')).toBe('element, elevator, Elbrus');
    // ц and сц are s; ч and щ are ş; щ is a long şş in the three native words that have it.
    expect(toKazakhLatin('цирк, цемент, дециметр, сценарий')).toBe('sirk, sement, desimetr, senari');
    expect(toKazakhLatin('чемпион, Чебоксары, прапорщик, Щучинск')).toBe('şempion, Şeboksary, praporşik, Şuşinsk');
    expect(toKazakhLatin('ащы, тұщы, кеще, ащылау')).toBe('aşşy, tūşşy, keşşe, aşşylau');
    // ъ is dropped; ь is dropped and fronts a, o, u in the syllable it closes.
    expect(toKazakhLatin('субъект, объект, фельдъегерь')).toBe('subekt, obekt, feldeger');
    expect(toKazakhLatin('ансамбль, асфальт, бальзам, Казань')).toBe('ansämbl, asfält, bälzam, Kazän');
    expect(toKazakhLatin('алкоголь, пароль, король, бульдог, мультфильм')).toBe('alkogöl, paröl, koröl, büldog, mültfilm');
    expect(toKazakhLatin('акварель, ателье, фильм, стиль, Ульяновск')).toBe('akvarel, atele, film, stil, Ulianovsk');
    expect(toKazakhLatin('АСФАЛЬТ')).toBe('ASFÄLT');
  });

  it('reads a decomposed й or ё as the letter', () => {
    expect(toKazakhLatin('сөи\u0306лесіп, акте\u0308р')).toBe('söilesıp, aktör');
  });

  it('leaves Latin text, digits, punctuation, web addresses and ICU syntax as they are', () => {
    expect(toKazakhLatin('Izmir, İzmir, Eskişehir 2025 – 50 %')).toBe('Izmir, İzmir, Eskişehir 2025 – 50 %');
    expect(toKazakhLatin('https://shymkent.gov.kz/kk/шымкент?q=қала бет')).toBe('https://shymkent.gov.kz/kk/шымкент?q=қала bet');
    expect(toKazakhLatin('www.әкімдік.kz сайты')).toBe('www.әкімдік.kz saity');
    expect(toKazakhLatin('{count, plural, one {# серіктес} other {# серіктес}} <link>тізім</link>')).toBe(
      '{count, plural, one {# serıktes} other {# serıktes}} <link>tızım</link>',
    );
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 30 }).filter((text) => !/\p{Script=Cyrillic}/u.test(text)),
        (text) => toKazakhLatin(text) === text,
      ),
    );
  });
});

describe('Kazakh Latin case', () => {
  it('pairs i with İ and ı with I', () => {
    expect(kazakhLatinUpper('ilim, ınıs, Şymkent')).toBe('İLİM, INIS, ŞYMKENT');
    expect(kazakhLatinLower('İLİM, INIS, ŞYMKENT')).toBe('ilim, ınıs, şymkent');
    expect(kazakhLatinLower('İzmir')).toBe('izmir');
  });

  it('round-trips every word written in the alphabet', () => {
    const letter = fc.constantFrom(...'aäbdefgğhıijklmnñoöpqrsştuūüvyz');
    fc.assert(
      fc.property(fc.array(letter, { minLength: 1, maxLength: 12 }), (letters) => {
        const word = letters.join('');
        expect(kazakhLatinLower(kazakhLatinUpper(word))).toBe(word);
      }),
    );
  });
});
