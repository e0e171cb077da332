import 'server-only';

/** Every cache tag in one place: reads tag themselves with these, writes refresh them. */
export const cacheTags = {
  homeCity: 'home-city',
  partners: 'partners',
  agreements: 'agreements',
  events: 'events',
  projects: 'projects',
  proposals: 'proposals',
} as const;
