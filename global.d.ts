// Message keys and locales typed from the source catalogue (ru), so a key missing from it, or a
// locale outside the routing, fails the type check instead of showing the key to a visitor.
import type { routing } from '@/i18n/routing';
import type messages from '@/messages/ru.json';

declare module 'next-intl' {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof messages;
  }
}
