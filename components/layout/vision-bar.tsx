import { getTranslations } from 'next-intl/server';
import type { AppLocale } from '@/i18n/routing';
import { localePath } from '@/lib/i18n/locale-path';
import { visionChoiceKey } from '@/lib/vision/stylesheet';
import { visionOptionGroups } from './vision-options';

export const VISION_FORM_ACTION = '/api/vision';

/**
 * The low-vision version's bar, at the top of every page. Every page's HTML holds it, hidden: the
 * per-visitor stylesheet (/vision.css) shows it and marks the current choices, so the pages stay
 * the same for every visitor (docs/decisions/047). Each button is a plain form submission.
 */
export async function VisionBar({ locale }: { locale: AppLocale }) {
  const [t, groups] = await Promise.all([getTranslations('Vision'), visionOptionGroups()]);
  return (
    <div data-vision-bar="" className="hidden border-b-2">
      <form
        method="post"
        action={VISION_FORM_ACTION}
        aria-label={t('barLabel')}
        className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-3"
      >
        <input type="hidden" name="locale" value={locale} />
        {groups.map((group) => (
          <fieldset key={group.setting} className="flex flex-wrap items-center gap-2">
            <legend className="float-left mr-1 font-semibold">{group.legend}</legend>
            {group.options.map((option) => (
              <button
                key={option.value}
                type="submit"
                name={group.setting}
                value={option.value}
                data-vision-choice={visionChoiceKey(group.setting, option.value)}
                className="rounded px-2 py-1"
              >
                {option.label}
                <span data-vision-current="" className="hidden">
                  {` (${t('current')})`}
                </span>
              </button>
            ))}
          </fieldset>
        ))}
        <a href={localePath(locale, '/accessibility')}>{t('allSettings')}</a>
        <button type="submit" name="mode" value="off" className="rounded px-2 py-1 font-semibold">
          {t('normalVersion')}
        </button>
      </form>
    </div>
  );
}
