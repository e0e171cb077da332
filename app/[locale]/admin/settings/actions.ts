'use server';

import { z } from 'zod';
import { cacheTags } from '@/lib/server/cache-tags';
import type { ActionResult } from '@/lib/forms/action-result';
import { runFormAction } from '@/lib/server/admin/form-action';
import { updateHomeCity } from '@/lib/server/home-city/mutations';
import { homeCityInputSchema } from '@/lib/schemas/home-city';
import { versionField } from '@/lib/schemas/form-fields';

// The home city's name and place appear on every public page (hero, map, agreement parties).
const TAGS = Object.values(cacheTags);

export async function updateHomeCityAction(_state: ActionResult, formData: FormData): Promise<ActionResult> {
  return runFormAction(formData, {
    role: 'admin',
    schema: z.intersection(homeCityInputSchema, z.object({ version: versionField })),
    mutate: (headers, input) => updateHomeCity(headers, input.version, input),
    tags: TAGS,
  });
}
