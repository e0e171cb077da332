'use client';

import { useEffect, useId, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import { useRouter } from 'next/navigation';
import type { AppLocale } from '@/i18n/routing';
import { localePath } from '@/lib/i18n/locale-path';
import { SUGGESTION_KINDS, SUGGESTION_MIN_LENGTH, type SuggestionKind } from '@/lib/search/suggestions';
import type { Suggestion, SuggestionListResponse } from '@/lib/schemas/open-data/search';

/** Strings from the server: Debian chromium has no Kazakh plural rules, so each count's sentence comes ready. */
export type SearchComboboxText = {
  label: string;
  placeholder: string;
  button: string;
  listLabel: string;
  groups: Record<SuggestionKind, string>;
  /** The live region's sentence for 0, 1, … suggestions. */
  counts: string[];
};

const DEBOUNCE_MS = 200;
const noSubscription = () => () => {};

/**
 * The header's search: a plain GET form to the search page, which, once its script runs, suggests
 * records as the visitor types (WAI-ARIA APG combobox with a grouped listbox popup). Arrow keys
 * move through the suggestions, Enter opens the chosen one or submits the form when none is
 * chosen, Escape closes the popup, then clears the field. See docs/decisions/050.
 */
export function SearchCombobox({ id, locale, text }: { id: string; locale: AppLocale; text: SearchComboboxText }) {
  // False on the server and during hydration: without a script the field is a plain search box.
  const enhanced = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const router = useRouter();
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [announcement, setAnnouncement] = useState('');
  const request = useRef<{ controller: AbortController; timer: ReturnType<typeof setTimeout> } | null>(null);

  const cancel = () => {
    if (!request.current) return;
    clearTimeout(request.current.timer);
    request.current.controller.abort();
    request.current = null;
  };
  useEffect(() => cancel, []);

  const close = () => {
    setOpen(false);
    setActive(-1);
  };

  /** Asks for suggestions once typing pauses; a newer keystroke aborts the older request, so its answer is never shown. */
  const suggest = (typed: string) => {
    cancel();
    // The list on show is for what was typed before: Enter now searches for the new text until its own list arrives.
    setActive(-1);
    const query = typed.trim();
    if (query.length < SUGGESTION_MIN_LENGTH) {
      setSuggestions([]);
      close();
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/v1/search?${new URLSearchParams({ q: query, locale })}`, { signal: controller.signal });
        // Refused (too many requests, too busy) or odd input: the form still searches on Enter.
        const body = response.ok ? ((await response.json()) as SuggestionListResponse) : null;
        if (controller.signal.aborted) return;
        const found = Array.isArray(body?.data) ? body.data : [];
        setSuggestions(found);
        setActive(-1);
        setOpen(found.length > 0);
        setAnnouncement(text.counts[Math.min(found.length, text.counts.length - 1)] ?? '');
      } catch {
        // Aborted by a newer keystroke, or the network failed: nothing to show.
      }
    }, DEBOUNCE_MS);
    request.current = { controller, timer };
  };

  const go = (suggestion: Suggestion) => {
    cancel();
    close();
    if (input.current) input.current.value = '';
    const url = new URL(suggestion.pageUrl);
    router.push(`${url.pathname}${url.search}${url.hash}`);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = suggestions.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (count === 0) return;
        event.preventDefault();
        const down = event.key === 'ArrowDown';
        setOpen(true);
        setActive((current) => (current < 0 || !open ? (down ? 0 : count - 1) : (current + (down ? 1 : count - 1)) % count));
        return;
      }
      case 'Enter': {
        const chosen = open ? suggestions[active] : undefined;
        if (!chosen) return; // the form submits to the search page
        event.preventDefault();
        go(chosen);
        return;
      }
      case 'Escape':
        event.preventDefault();
        if (open) close();
        else {
          cancel();
          if (input.current) input.current.value = '';
          setSuggestions([]);
          setAnnouncement('');
        }
        return;
      default:
        return;
    }
  };

  const optionId = (index: number) => `${listId}-option-${index}`;
  const activeOption = open && active >= 0 ? optionId(active) : undefined;
  // Focus stays in the field, so the browser does not bring the chosen option into view by itself.
  useEffect(() => {
    if (activeOption) document.getElementById(activeOption)?.scrollIntoView({ block: 'nearest' });
  }, [activeOption]);
  const groups = SUGGESTION_KINDS.map((kind) => ({
    kind,
    items: suggestions.flatMap((suggestion, index) => (suggestion.kind === kind ? [{ suggestion, index }] : [])),
  })).filter((group) => group.items.length > 0);

  return (
    // A plain GET form: search works before (and without) any script.
    <form role="search" action={localePath(locale, '/search')} className="relative flex">
      <label htmlFor={id} className="sr-only">
        {text.label}
      </label>
      {/* Uncontrolled: what was typed before the script ran stays in the field. */}
      <input
        ref={input}
        id={id}
        name="q"
        type="search"
        required
        placeholder={text.placeholder}
        className="w-full min-w-0 rounded-l-md border-0 bg-white px-3 py-1.5 text-sm text-slate-900 placeholder:text-slate-500 lg:w-48"
        {...(enhanced
          ? {
              role: 'combobox',
              autoComplete: 'off',
              'aria-autocomplete': 'list' as const,
              'aria-expanded': open,
              'aria-controls': listId,
              'aria-activedescendant': activeOption,
              onChange: (event: { target: { value: string } }) => suggest(event.target.value),
              onKeyDown,
              onBlur: close,
            }
          : {})}
      />
      <button type="submit" className="rounded-r-md bg-accent-400 px-3 text-sm font-semibold text-brand-900 hover:bg-amber-300">
        {text.button}
      </button>
      {enhanced && (
        <>
          <div
            id={listId}
            role="listbox"
            aria-label={text.listLabel}
            hidden={!open}
            className="absolute top-full right-0 z-50 mt-1 w-80 max-w-[calc(100vw-2rem)] rounded-md border border-slate-300 bg-white py-1 text-left text-slate-900 shadow-lg dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
          >
            {groups.map(({ kind, items }) => (
              <ul key={kind} role="group" aria-labelledby={`${listId}-${kind}`}>
                <li
                  role="presentation"
                  id={`${listId}-${kind}`}
                  className="px-3 pt-2 pb-1 text-xs font-semibold tracking-wide text-slate-700 uppercase dark:text-slate-300"
                >
                  {text.groups[kind]}
                </li>
                {items.map(({ suggestion, index }) => (
                  <li
                    key={suggestion.pageUrl}
                    id={optionId(index)}
                    role="option"
                    aria-selected={index === active}
                    // Keeps the focus in the field, so the popup does not close before the click lands.
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => go(suggestion)}
                    className="cursor-pointer px-3 py-1.5 aria-selected:bg-brand-700 aria-selected:text-white"
                  >
                    <span lang={suggestion.title.lang === locale ? undefined : suggestion.title.lang} className="block text-sm font-semibold">
                      {suggestion.title.text}
                    </span>
                    <span className="block text-xs">{suggestion.detail}</span>
                  </li>
                ))}
              </ul>
            ))}
          </div>
          {/* Always in the DOM, so screen readers are listening before the count changes. A live region
              rather than role="status": the page's own status messages stay the only ones it has. */}
          <p aria-live="polite" aria-atomic="true" data-testid="suggestion-count" className="sr-only">
            {announcement}
          </p>
        </>
      )}
    </form>
  );
}
