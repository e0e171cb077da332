/**
 * Whether a string known only at run time (a zod issue's message) names a message of a catalogue
 * group, narrowing it to that group's keys: the typed translators take only keys that exist. Pass
 * the group from messages/ru.json: every catalogue has its keys (tests/unit/messages.test.ts).
 */
export const isMessageKeyOf = <Group extends object>(group: Group, key: string): key is Extract<keyof Group, string> => Object.hasOwn(group, key);
