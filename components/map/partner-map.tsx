import { getTranslations } from 'next-intl/server';
import { getPathname } from '@/i18n/navigation';
import { HOME_LABEL_SIZE, HIT_RADIUS, LABEL_SIZE, MAP_HEIGHT, MAP_WIDTH, MARKER_RADIUS, type LaidOutPartner } from '@/lib/map/layout';
import type { PlacedLabel } from '@/lib/map/labels';
import { countryLabel, countryPartnersQuery } from '@/lib/map/countries';
import type { PartnerMapModel } from '@/lib/map/model';
import { countryName } from '@/lib/format';
import type { AppLocale } from '@/i18n/routing';
import { formatList } from '@/lib/i18n/intl-words';

// A white (dark: near-black) halo drawn under the letters keeps labels legible over arcs and borders.
const LABEL_CLASS = 'fill-slate-900 stroke-white font-semibold dark:fill-white dark:stroke-slate-950';

function Label({ text, at, size, lang }: { text: string; at: PlacedLabel; size: number; lang?: string }) {
  return (
    <text
      x={at.x}
      y={at.y}
      textAnchor={at.anchor}
      fontSize={size}
      strokeWidth={4}
      paintOrder="stroke"
      strokeLinejoin="round"
      className={LABEL_CLASS}
      lang={lang}
    >
      {text}
    </text>
  );
}

/** One marker as drawn, whether it stands for a city or for a country's cities. */
type Marker = Pick<LaidOutPartner<object>, 'anchor' | 'marker' | 'arc' | 'label'> & { key: string; href: string; name: string; text: string; lang?: string };

/** Moved off its place to keep markers apart: drawn with a leader line back to the place. */
const isDisplaced = (p: Marker) => p.marker.x !== p.anchor.x || p.marker.y !== p.anchor.y;

/**
 * The home city and its partners on a world map drawn on the server as plain SVG: no tiles, no
 * script, works offline. Each marker is a link (to a partner's profile, or with many partners to
 * the list of a country's partners); the caption's list is the text equivalent (the SVG itself is
 * not role="img", which would hide the links from assistive tech). The layout comes laid out from
 * the cache (lib/server/map/queries.ts): this only turns it into elements.
 */
export async function PartnerMap({ data, locale, id = 'partner-map' }: { data: PartnerMapModel; locale: AppLocale; id?: string }) {
  const t = await getTranslations({ locale, namespace: 'Map' });
  const city = data.home.name.text;
  const { layout } = data;
  const place = (name: string, code: string) => t('place', { name, country: countryName(code, locale) });
  const markers: Marker[] =
    data.by === 'city'
      ? data.layout.partners.map(({ anchor, marker, arc, label, slug, name, countryCode }) => ({
          anchor,
          marker,
          arc,
          label,
          key: slug,
          href: getPathname({ href: `/partners/${slug}`, locale }),
          name: place(name.text, countryCode),
          text: name.text,
          lang: name.lang,
        }))
      : data.layout.partners.map(({ anchor, marker, arc, label, countryCode, name, count }) => ({
          anchor,
          marker,
          arc,
          label,
          key: countryCode,
          href: `${getPathname({ href: '/partners', locale })}?${countryPartnersQuery(countryCode)}`,
          name: t('country', { country: name, count }),
          text: countryLabel(name, count, locale),
        }));
  const displaced = markers.some(isDisplaced);
  const list = (items: string[]) => formatList(items, locale);
  return (
    <figure className="space-y-3">
      {/* Wide enough that neighbouring markers stay 24 px apart; a phone scrolls it sideways (and keyboard focus on a marker scrolls it too). */}
      <div className="overflow-x-auto rounded-xl border border-slate-200 dark:border-slate-800">
        <svg viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`} className="block h-auto w-full min-w-[720px]" aria-labelledby={`${id}-title`} data-testid="partner-map">
          <title id={`${id}-title`}>{t('title', { city })}</title>
          <rect width={MAP_WIDTH} height={MAP_HEIGHT} className="fill-sky-50 dark:fill-slate-900" />
          <path d={layout.land} className="fill-slate-200 dark:fill-slate-700" />
          <path d={layout.borders} fill="none" strokeWidth={0.7} className="stroke-white dark:stroke-slate-900" />
          <g fill="none" strokeWidth={1.6} strokeLinecap="round" className="stroke-brand-600/70 dark:stroke-sky-400/80">
            {markers.map((p) => (
              <path key={p.key} d={p.arc} />
            ))}
          </g>
          <g strokeWidth={1} className="fill-brand-700 stroke-brand-700 dark:fill-sky-300 dark:stroke-sky-300">
            {markers.map(
              (p) =>
                isDisplaced(p) && (
                  <g key={p.key}>
                    <line x1={p.anchor.x} y1={p.anchor.y} x2={p.marker.x} y2={p.marker.y} />
                    <circle cx={p.anchor.x} cy={p.anchor.y} r={2} />
                  </g>
                ),
            )}
          </g>
          <g>
            <circle cx={layout.home.x} cy={layout.home.y} r={10} strokeWidth={2.5} className="fill-accent-400 stroke-brand-900 dark:stroke-white" />
            <circle cx={layout.home.x} cy={layout.home.y} r={3.5} className="fill-brand-900 dark:fill-slate-950" />
          </g>
          {markers.map((p) => (
            <a key={p.key} href={p.href} aria-label={p.name} className="group focus:outline-none">
              <circle cx={p.marker.x} cy={p.marker.y} r={HIT_RADIUS} fill="transparent" />
              <circle
                cx={p.marker.x}
                cy={p.marker.y}
                r={HIT_RADIUS - 1}
                fill="none"
                strokeWidth={3}
                className="stroke-brand-900 opacity-0 group-focus-visible:opacity-100 dark:stroke-accent-400"
              />
              <circle
                cx={p.marker.x}
                cy={p.marker.y}
                r={MARKER_RADIUS}
                strokeWidth={2}
                className="fill-brand-700 stroke-white group-hover:fill-brand-900 dark:fill-sky-300 dark:stroke-slate-950 dark:group-hover:fill-white"
              />
            </a>
          ))}
          {/* Labels come last so that no marker covers them; they are decoration over the named links. */}
          <g aria-hidden="true" className="pointer-events-none">
            {layout.homeLabel && <Label text={city} at={layout.homeLabel} size={HOME_LABEL_SIZE} lang={data.home.name.lang} />}
            {markers.map((p) => p.label && <Label key={p.key} text={p.text} at={p.label} size={LABEL_SIZE} lang={p.lang} />)}
          </g>
        </svg>
      </div>
      <figcaption className="text-sm text-slate-600 dark:text-slate-400">
        {data.by === 'city'
          ? t('caption', { city, kind: data.home.kind, count: markers.length })
          : t('captionCountries', { city, kind: data.home.kind, count: data.partnerCount, countries: markers.length })}
        {displaced && <> {t(data.by === 'city' ? 'displaced' : 'displacedCountries')}</>}
        <span className="sr-only">
          {' '}
          {t('homeCity', { kind: data.home.kind, place: place(city, data.home.countryCode) })}{' '}
          {t(data.by === 'city' ? 'partnersList' : 'countriesList', { list: list(markers.map((p) => p.name)) })}
        </span>
      </figcaption>
    </figure>
  );
}
