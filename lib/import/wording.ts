import type { StoredLocale } from '@/lib/i18n/localized';
import { isMessageKeyOf } from '@/lib/message-keys';
import type { RowError } from './rows';
import type { ImportFileError } from './import-file-error';
import ru from '@/messages/ru.json';
import kk from '@/messages/kk.json';
import en from '@/messages/en.json';

const MESSAGES = { ru, kk, en };

/** `{name}` placeholders only: these messages have no plurals, so the command line needs no ICU formatter (next-intl's would not load outside Next). */
const fill = (message: string, values: Record<string, string | number>) =>
  message.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));

type ImportMessages = (typeof ru)['AdminImport'];
type ImportMessagePath = `errors.${Extract<keyof ImportMessages['errors'], string>}` | `refusals.${Extract<keyof ImportMessages['refusals'], string>}`;

/**
 * An import's errors in words, for the command line and the admin page alike: a row's reason from
 * the import's own messages, then the edit form's (the form's schema checked the row).
 */
export function importWording(locale: StoredLocale) {
  const { AdminForm, InputErrors, ...catalogue } = MESSAGES[locale];
  const t = (path: ImportMessagePath, values: Record<string, string | number>) => {
    const [group, key] = path.split('.') as ['errors' | 'refusals', string];
    const messages: Record<string, string> = catalogue['AdminImport'][group];
    return fill(messages[key] ?? key, values);
  };
  const reason = (error: RowError) => {
    if (isMessageKeyOf(catalogue['AdminImport'].errors, error.code)) return t(`errors.${error.code}`, { value: error.value ?? '' });
    if (isMessageKeyOf(AdminForm.errors, error.code)) return AdminForm.errors[error.code];
    if (isMessageKeyOf(InputErrors, error.code)) return InputErrors[error.code];
    return AdminForm.errors.invalid;
  };
  return {
    /** "title: Обязательное поле." — the column first when the error has one. */
    row: (error: RowError) => (error.column ? `${error.column}: ${reason(error)}` : reason(error)),
    refusal: ({ code, detail }: Pick<ImportFileError, 'code' | 'detail'>) => {
      const key = code.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()) as Extract<keyof ImportMessages['refusals'], string>;
      const limit = code === 'too-large' ? Math.round((detail.limit ?? 0) / 1024 / 1024) : (detail.limit ?? 0);
      return t(`refusals.${key}`, { column: detail.column ?? '', limit });
    },
  };
}
