import 'server-only';
import { countryOptions } from '@/lib/countries';

/** The choices of the partner form, computed on the server (the browser may lack Kazakh locale data). */
export function partnerFormOptions(locale: string) {
  return {
    countries: countryOptions(locale).map((c) => ({ value: c.code, label: c.name })),
    timeZones: Intl.supportedValuesOf('timeZone'),
  };
}
