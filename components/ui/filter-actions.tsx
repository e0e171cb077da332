import { Link } from '@/i18n/navigation';

type Props = {
  apply: string;
  reset: string;
  /** The list without any filter. */
  resetHref: '/partners' | '/agreements' | '/events' | '/projects';
  /** Whether anything is applied: "Reset" is offered only then. */
  filtered: boolean;
  /** Where the row sits in its form's grid. */
  className?: string;
};

/** A filter form's closing row, the same on every list: submit the choices, or drop them all. */
export function FilterActions({ apply, reset, resetHref, filtered, className = '' }: Props) {
  return (
    <div className={`flex flex-wrap items-center gap-x-4 gap-y-2 ${className}`}>
      <button
        type="submit"
        className="rounded-lg bg-brand-700 px-5 py-2 text-sm font-semibold text-white hover:bg-brand-800 dark:bg-brand-600 dark:hover:bg-brand-700"
      >
        {apply}
      </button>
      {filtered && (
        <Link href={resetHref} className="text-sm font-medium text-brand-700 underline underline-offset-4 hover:no-underline dark:text-brand-100">
          {reset}
        </Link>
      )}
    </div>
  );
}
