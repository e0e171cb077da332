import { getTranslations } from 'next-intl/server';
import { axisTicks, chartSideMargins, type YearCount } from '@/lib/stats/yearly';
import type { AppLocale } from '@/i18n/routing';

const WIDTH = 480;
const HEIGHT = 220;
const PLOT = { left: 40, right: 8, top: 22, bottom: 34 };
const FONT = 14;

/**
 * Counts per year as a server-rendered SVG bar chart, with the same numbers in a table for anyone
 * who would rather read them (and for screen readers: the SVG is one labelled image).
 */
export async function YearlyBarChart({
  id,
  title,
  valueLabel,
  bins,
  locale,
  note,
}: {
  id: string;
  title: string;
  valueLabel: string;
  bins: YearCount[];
  locale: AppLocale;
  note?: string;
}) {
  const t = await getTranslations({ locale, namespace: 'Charts' });
  const number = new Intl.NumberFormat(locale);
  const year = new Intl.NumberFormat(locale, { useGrouping: false });
  const ticks = axisTicks(Math.max(...bins.map((b) => b.count)));
  const top = ticks.at(-1) ?? 1;
  const plot = {
    ...PLOT,
    ...chartSideMargins(
      ticks.map((tick) => number.format(tick)),
      bins.length,
      { width: WIDTH, fontSize: FONT, least: PLOT },
    ),
  };
  const plotWidth = WIDTH - plot.left - plot.right,
    plotHeight = HEIGHT - plot.top - plot.bottom;
  const slot = plotWidth / bins.length;
  const barWidth = Math.max(2, Math.min(48, slot * 0.7));
  const y = (value: number) => plot.top + plotHeight - (value / top) * plotHeight;
  // Label every year when they fit, otherwise every 2nd, 5th or 10th, always including the first.
  const yearEvery = [1, 2, 5, 10].find((n) => slot * n >= 44) ?? 20;
  const total = bins.reduce((sum, b) => sum + b.count, 0);
  const years = bins.map((b) => b.year);
  return (
    <figure className="space-y-2 rounded-xl border border-slate-200 p-4 dark:border-slate-800" data-testid={id}>
      <figcaption id={`${id}-caption`} className="font-semibold">
        {title}
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="block h-auto w-full" role="img" aria-labelledby={`${id}-caption ${id}-summary`}>
        <desc id={`${id}-summary`}>{t('summary', { total, first: year.format(Math.min(...years)), last: year.format(Math.max(...years)) })}</desc>
        <g fontSize={FONT} className="fill-slate-600 dark:fill-slate-400">
          {ticks.map((tick) => (
            <g key={tick}>
              <line
                x1={plot.left}
                x2={WIDTH - plot.right}
                y1={y(tick)}
                y2={y(tick)}
                strokeWidth={1}
                className={tick === 0 ? 'stroke-slate-500' : 'stroke-slate-200 dark:stroke-slate-800'}
              />
              <text x={plot.left - 8} y={y(tick) + FONT * 0.35} textAnchor="end">
                {number.format(tick)}
              </text>
            </g>
          ))}
          {bins.map((b, i) =>
            i % yearEvery === 0 ? (
              <text key={b.year} x={plot.left + slot * (i + 0.5)} y={HEIGHT - plot.bottom + FONT + 8} textAnchor="middle">
                {year.format(b.year)}
              </text>
            ) : null,
          )}
        </g>
        <g className="fill-brand-600 dark:fill-sky-400">
          {bins.map(
            (b, i) =>
              b.count > 0 && (
                <rect
                  key={b.year}
                  x={plot.left + slot * (i + 0.5) - barWidth / 2}
                  y={y(b.count)}
                  width={barWidth}
                  height={y(0) - y(b.count)}
                  rx={Math.min(3, barWidth / 4)}
                />
              ),
          )}
        </g>
        {slot >= 18 && (
          <g fontSize={FONT} fontWeight={600} textAnchor="middle" className="fill-slate-800 dark:fill-slate-200">
            {bins.map(
              (b, i) =>
                b.count > 0 && (
                  <text key={b.year} x={plot.left + slot * (i + 0.5)} y={y(b.count) - 5}>
                    {number.format(b.count)}
                  </text>
                ),
            )}
          </g>
        )}
      </svg>
      {note && <p className="text-sm text-slate-600 dark:text-slate-400">{note}</p>}
      <details className="text-sm">
        <summary className="cursor-pointer font-medium text-brand-700 underline underline-offset-4 hover:no-underline dark:text-brand-100">
          {t('showTable')}
        </summary>
        <div className="mt-2 max-h-72 overflow-y-auto rounded-lg border border-slate-200 dark:border-slate-800" role="region" aria-label={title} tabIndex={0}>
          <table className="w-full text-left">
            <caption className="sr-only">{title}</caption>
            <thead className="bg-slate-100 dark:bg-slate-900">
              <tr>
                <th scope="col" className="px-3 py-2">
                  {t('year')}
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  {valueLabel}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
              {bins.map((b) => (
                <tr key={b.year}>
                  <th scope="row" className="px-3 py-1.5 font-normal">
                    {year.format(b.year)}
                  </th>
                  <td className="px-3 py-1.5 text-right tabular-nums">{number.format(b.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
