import ru from '@/messages/ru.json';
import kk from '@/messages/kk.json';
import en from '@/messages/en.json';
import kkLatn from '@/messages/kk-Latn.json';

/**
 * Every locale's interface strings, for code outside the page tree (the feeds, the API's
 * suggestions, the outage page), which cannot read them from the request's configuration.
 */
export const CATALOGUES = { ru, kk, en, 'kk-Latn': kkLatn };
