import { notFound } from 'next/navigation';

// Any path under a locale that no route claims: the localized not-found page, inside the site's layout.
export default function UnknownPage() {
  notFound();
}
