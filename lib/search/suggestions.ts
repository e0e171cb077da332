// What the header's search suggests, shared by the endpoint's schemas and the browser's combobox
// (no zod here: the browser imports it).

/** The kinds of record suggested, in the order their groups are shown. */
export const SUGGESTION_KINDS = ['partner', 'agreement', 'event', 'project'] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];
/** Per kind: twelve options at most fit a popup under the header without scrolling on a phone. */
export const SUGGESTIONS_PER_KIND = 3;
/** One character would match most of the data and tell the visitor nothing. */
export const SUGGESTION_MIN_LENGTH = 2;
