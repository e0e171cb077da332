import { z } from 'zod';
import { SUGGESTION_KINDS } from '@/lib/search/suggestions';
import { detailResponse, localizedTextResponseSchema, openDataSchemas } from './common';

const suggestionSchema = z
  .object({
    kind: z.enum(SUGGESTION_KINDS),
    title: localizedTextResponseSchema.describe("The partner's name, or the agreement's, event's or project's title."),
    detail: z.string().describe('A short line in the requested locale telling records apart: kind and country, type and partner, or dates.'),
    pageUrl: z.url().describe('The public page of this record, in the requested locale.'),
  })
  .register(openDataSchemas, { id: 'SearchSuggestion', description: 'A public record whose name or text matches what was typed.' });

export const suggestionListResponseSchema = detailResponse(
  z.array(suggestionSchema).describe('Best first within each kind; kinds in the order partner, agreement, event, project.'),
)
  .extend({ query: z.string().describe('The query as searched: trimmed, spaces collapsed.') })
  .register(openDataSchemas, { id: 'SearchSuggestionList' });

export type Suggestion = z.infer<typeof suggestionSchema>;
export type SuggestionListResponse = z.infer<typeof suggestionListResponseSchema>;
