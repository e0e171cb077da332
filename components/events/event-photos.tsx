import { getTranslations } from 'next-intl/server';
import { LocalizedText } from '@/components/ui/localized-text';
import { mediaSrcSet, mediaUrl } from '@/lib/media';
import type { EventPhoto } from '@/lib/server/events/detail';

/** The event's photos with caption and credit. A plain <img>: the files are ours, resized at upload (srcset picks a copy). */
export async function EventPhotos({ photos }: { photos: EventPhoto[] }) {
  const [t, vision] = await Promise.all([getTranslations('Event'), getTranslations('Vision')]);
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {photos.map((photo) => (
        <li key={photo.storageKey}>
          <figure className="overflow-hidden rounded-xl border border-slate-200 dark:border-slate-800">
            {/* eslint-disable-next-line @next/next/no-img-element -- stored uploads, no image optimizer route for them */}
            <img
              src={mediaUrl(photo.storageKey)}
              srcSet={photo.width ? mediaSrcSet(photo.storageKey, photo.width) : undefined}
              sizes="(min-width: 1152px) 560px, (min-width: 640px) 50vw, 100vw"
              alt={photo.alt?.text ?? ''}
              lang={photo.alt?.isFallback ? photo.alt.lang : undefined}
              width={photo.width ?? undefined}
              height={photo.height ?? undefined}
              loading="lazy"
              className="aspect-[4/3] w-full bg-slate-100 object-cover dark:bg-slate-900"
            />
            {/* Shown in place of the photo when the low-vision version hides images (docs/decisions/047). */}
            {photo.alt && (
              <p data-vision-alt="" className="hidden">
                {`${vision('imageLabel')}: `}
                <span lang={photo.alt.isFallback ? photo.alt.lang : undefined}>{photo.alt.text}</span>
              </p>
            )}
            {(photo.caption || photo.creditText) && (
              <figcaption className="space-y-1 px-4 py-3 text-sm">
                {photo.caption && <LocalizedText value={photo.caption} as="p" />}
                {photo.creditText && (
                  <p className="text-slate-600 dark:text-slate-400">
                    {photo.creditUrl ? (
                      <a href={photo.creditUrl} rel="noopener noreferrer external" className="underline hover:no-underline">
                        {t('photoCredit', { credit: photo.creditText })}
                      </a>
                    ) : (
                      t('photoCredit', { credit: photo.creditText })
                    )}
                  </p>
                )}
              </figcaption>
            )}
          </figure>
        </li>
      ))}
    </ul>
  );
}
