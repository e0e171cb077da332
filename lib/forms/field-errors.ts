import { isMessageKeyOf } from '@/lib/message-keys';

/**
 * One catalogue group's translations of the message keys the schemas put in their issues;
 * undefined for a string that is not one of the group's keys.
 */
type MessageSource = (key: string) => string | undefined;

export const messagesOf =
  <Group extends object>(group: Group, translate: (key: Extract<keyof Group, string>) => string): MessageSource =>
  (key) =>
    isMessageKeyOf(group, key) ? translate(key) : undefined;

/**
 * The message for a key: from the first group that has it, else the fallback. zod's own issues
 * (a value of the wrong type from a forged form) carry English text, never a key, so they get the
 * fallback: an editor never sees zod's wording.
 */
export const localizeKey =
  (sources: readonly MessageSource[], fallback: string) =>
  (key: string): string => {
    for (const source of sources) {
      const message = source(key);
      if (message !== undefined) return message;
    }
    return fallback;
  };

/**
 * The field errors a form shows for zod's issues, keyed by the field's form name (the issue's path
 * joined with dots, `alt.kk`): the first issue of a field wins, as zod lists the most basic check first.
 */
export function localizedFieldErrors(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  message: (key: string) => string,
): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of issues) fieldErrors[issue.path.map(String).join('.')] ??= message(issue.message);
  return fieldErrors;
}
