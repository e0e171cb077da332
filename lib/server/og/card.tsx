import 'server-only';
import { ImageResponse } from 'next/og';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { getHomeCity } from '../home-city/queries';
import { ogFontFamily, ogFonts } from './fonts';
import { isAppLocale, type AppLocale } from '@/i18n/routing';

/** The size Open Graph and most networks expect; each opengraph-image route re-exports it. */
export const ogSize = { width: 1200, height: 630 };

export type OgCardContent = {
  /** What the record is: "Memorandum of friendly cooperation", "Partner city". */
  kind: string;
  title: string;
  /** The date at its precision, already formatted; null when unknown. */
  date: string | null;
  /** The other side of the relation: the partner, or the event's partners as one list; null for none. */
  counterpart: string | null;
};

// The brand palette of app/globals.css (satori has no access to the stylesheet).
const BRAND = { dark: '#062a42', main: '#0f5c8c', light: '#d5e9f5', accent: '#f2b632' };

/**
 * Satori treats pictographs (↔ included) as emoji and downloads their images from a CDN, which this
 * server cannot reach and which would fail the whole image: they are left out of the card's text.
 */
const plain = (text: string) =>
  text
    .replace(/\p{Extended_Pictographic}\uFE0F?/gu, '')
    .replace(/\s+/g, ' ')
    .trim();

/** The two-way arrow between the parties, drawn: the font has no ↔. */
const arrow = (
  <svg width="56" height="28" viewBox="0 0 56 28" style={{ margin: '0 20px' }}>
    <path d="M4 14h48M14 4 4 14l10 10M42 4l10 10-10 10" fill="none" stroke={BRAND.accent} strokeWidth="4" strokeLinecap="round" strokeLinejoin="round" />
  </svg>
);

type CommonTranslator = Awaited<ReturnType<typeof getTranslations<'Common'>>>;

/**
 * The body of an opengraph-image route: the record its URL names, drawn as a card, or a 404 for an
 * unknown locale or a record the public may not see. Read from the database per request, never
 * at build time.
 */
export async function shareCard<P extends { locale: string }, R>(
  params: Promise<P>,
  load: (locale: AppLocale, params: P) => Promise<R | null>,
  describe: (record: R, locale: AppLocale, common: CommonTranslator) => OgCardContent | Promise<OgCardContent>,
): Promise<ImageResponse> {
  const resolved = await params;
  await connection();
  const { locale } = resolved;
  if (!isAppLocale(locale)) notFound();
  const record = await load(locale, resolved);
  if (record === null) notFound();
  return ogCard(locale, await describe(record, locale, await getTranslations({ locale, namespace: 'Common' })));
}

/**
 * A record's share card in `locale`: brand colours, its kind, name and date, the home city and its
 * counterpart (a two-way arrow between them), and the portal's name.
 */
async function ogCard(locale: AppLocale, content: OgCardContent): Promise<ImageResponse> {
  const [homeCity, meta] = await Promise.all([getHomeCity(locale), getTranslations({ locale, namespace: 'Metadata' })]);
  const [kind, title, siteName] = [plain(content.kind), plain(content.title), plain(meta('siteName'))];
  const date = content.date && plain(content.date);
  const parties = [homeCity?.name.text, content.counterpart].flatMap((party) => (party ? [plain(party)] : []));
  const titleSize = title.length > 90 ? 48 : title.length > 50 ? 60 : 72;
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '64px 72px',
        background: BRAND.dark,
        color: '#ffffff',
        fontFamily: ogFontFamily,
      }}
    >
      <div style={{ display: 'flex', flexDirection: 'column', gap: 24 }}>
        <div style={{ display: 'flex', fontSize: 30, fontWeight: 700, color: BRAND.accent, textTransform: 'uppercase', letterSpacing: 1 }}>{kind}</div>
        <div style={{ display: 'flex', fontSize: titleSize, fontWeight: 700, lineHeight: 1.15 }}>{title}</div>
        {date && <div style={{ display: 'flex', fontSize: 34, color: BRAND.light }}>{date}</div>}
      </div>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'flex-end', borderTop: `4px solid ${BRAND.main}`, paddingTop: 28, gap: 32 }}>
        <div style={{ display: 'flex', alignItems: 'center', fontSize: 36, fontWeight: 700 }}>
          {parties.map((party, i) => (
            <div key={i} style={{ display: 'flex', alignItems: 'center' }}>
              {i > 0 && arrow}
              {party}
            </div>
          ))}
        </div>
        <div style={{ display: 'flex', fontSize: 28, color: BRAND.light }}>{siteName}</div>
      </div>
    </div>,
    { ...ogSize, fonts: await ogFonts() },
  );
}
