'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import type { FormAction } from '@/lib/forms/action-result';
import { FormStatus, SubmitButton, useAdminForm } from './use-admin-form';
import { Field } from './form-controls';
import { PublishAtField } from './form-fields';

/** The reviewer's two answers to a waiting change: approve it (publish now or at a set time), or return it with a comment. */
export function ReviewDecision({ approve, decline }: { approve: FormAction; decline: FormAction }) {
  const t = useTranslations('Review');
  const approval = useAdminForm(approve, { when: 'now' });
  const giveBack = useAdminForm(decline, {});
  const [when, setWhen] = useState(approval.value('when'));
  const labels = { publishAt: t('publishAt'), when: t('approve'), comment: t('comment') };
  return (
    <div className="grid gap-8 lg:grid-cols-2">
      <form action={approval.submit} className="space-y-4 rounded-xl border border-slate-200 p-5 dark:border-slate-800" noValidate>
        <FormStatus state={approval.state} labels={labels} />
        <fieldset className="space-y-2">
          <legend className="text-lg font-semibold">{t('approve')}</legend>
          {(['now', 'scheduled'] as const).map((choice) => (
            <label key={choice} className="flex items-center gap-2 text-sm">
              <input type="radio" name="when" value={choice} checked={when === choice} onChange={() => setWhen(choice)} className="size-4" />
              {t(choice === 'now' ? 'publishNow' : 'scheduleAt')}
            </label>
          ))}
        </fieldset>
        {when === 'scheduled' && <PublishAtField form={approval} label={t('publishAt')} />}
        <SubmitButton pending={approval.pending} labels={{ label: t('approve'), pending: t('submitting') }} />
      </form>
      <form action={giveBack.submit} className="space-y-4 rounded-xl border border-slate-200 p-5 dark:border-slate-800" noValidate>
        <FormStatus state={giveBack.state} labels={labels} />
        <h2 className="text-lg font-semibold">{t('returnTitle')}</h2>
        <Field name="comment" label={t('comment')} error={giveBack.errors.comment}>
          {(props) => <textarea {...props} rows={4} defaultValue={giveBack.value('comment')} key={giveBack.key('comment')} />}
        </Field>
        <SubmitButton pending={giveBack.pending} labels={{ label: t('return'), pending: t('submitting') }} />
      </form>
    </div>
  );
}
