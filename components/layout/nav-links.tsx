'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

/** `href` already carries the locale prefix (the server adds it), so no i18n runtime is needed here. */
export type NavItem = { href: string; label: string };

/** The main sections, with the one the visitor is in marked for sight and for screen readers. */
export function NavLinks({ items, vertical }: { items: NavItem[]; vertical?: boolean }) {
  const pathname = usePathname();
  return <StaticNavLinks items={items} vertical={vertical} current={items.find((i) => pathname === i.href || pathname.startsWith(`${i.href}/`))?.href} />;
}

export function StaticNavLinks({ items, vertical, current }: { items: NavItem[]; vertical?: boolean; current?: string }) {
  return (
    <ul className={vertical ? 'flex flex-col gap-1 text-base font-medium' : 'flex flex-wrap gap-x-5 gap-y-1 text-sm font-medium'}>
      {items.map((item) => (
        <li key={item.href}>
          <Link
            href={item.href}
            aria-current={item.href === current ? 'page' : undefined}
            className={
              vertical
                ? 'block rounded px-2 py-2 hover:bg-brand-700 aria-[current=page]:bg-brand-700 aria-[current=page]:font-bold'
                : 'border-b-2 border-transparent py-1 hover:border-white/60 aria-[current=page]:border-accent-400'
            }
          >
            {item.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
