'use client';

import { useTranslations } from 'next-intl';
import { FormStatus, useAdminForm } from './use-admin-form';
import { PendingButton } from './form-controls';
import { SelectField, type Option } from './form-fields';
import type { FormAction } from '@/lib/forms/action-result';

/** The one step from a submission to a proposal: the proposed partner's country (the sender's, if given) and the button. */
export function SubmissionToProposalForm({ action, countryCode, countries }: { action: FormAction; countryCode: string; countries: Option[] }) {
  const t = useTranslations('AdminInbox');
  const form = useAdminForm(action, { countryCode });
  const labels = { countryCode: t('proposalCountry') };
  return (
    <form action={form.submit} className="space-y-4" noValidate>
      <FormStatus state={form.state} labels={labels} />
      <div className="max-w-sm">
        <SelectField form={form} name="countryCode" label={labels.countryCode} options={countries} placeholder="" />
      </div>
      <PendingButton
        pending={form.pending}
        label={t('convert')}
        pendingLabel={t('converting')}
        className="rounded-lg bg-brand-700 px-6 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      />
    </form>
  );
}
