import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { format, parseISO } from 'date-fns';
import { dateLocale } from '../../../shared/dates/locales';
import { isSearchable, searchIndex, SEARCH_KINDS, type SearchHit } from '../../db/searchIndex';
import { useSettings } from '../../shell/SettingsProvider';
import { useLogConversation } from '../../shell/LogConversationContext';
import { navigate } from '../../shell/useRoute';
import { useSearchIndexStatus } from './useSearchIndex';
import { Highlight } from './Highlight';
import './SearchBox.css';

/**
 * Global search in the header. Ctrl/Cmd+K focuses it from anywhere; results are grouped by
 * kind in a listbox that the arrow keys move through, Enter opens and Esc closes.
 */
export function SearchBox() {
  const { t } = useTranslation('search');
  const { language } = useSettings();
  const logConversation = useLogConversation();
  const status = useSearchIndexStatus();
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        inputRef.current?.focus();
        inputRef.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // `status` is a new object on every index change, so results stay current while the popup is open.
  const groups = useMemo(() => (status.state === 'idle' ? null : searchIndex.search(query)), [query, status]);
  const hits = useMemo(() => (groups ? SEARCH_KINDS.flatMap((kind) => groups[kind]) : []), [groups]);
  const trimmed = query.trim();
  const showPopup = open && trimmed.length > 0;
  const activeIndex = Math.min(active, Math.max(0, hits.length - 1));

  const openHit = (hit: SearchHit) => {
    setOpen(false);
    inputRef.current?.blur();
    switch (hit.kind) {
      case 'client':
        navigate(`/clients/${encodeURIComponent(hit.id)}`);
        break;
      case 'conversation':
        logConversation.open({ conversationId: hit.id });
        break;
      case 'dispute':
        navigate(`/disputes/${encodeURIComponent(hit.id)}`);
        break;
      case 'decision':
        navigate('/decisions');
        break;
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      if (showPopup) setOpen(false);
      else {
        setQuery('');
        inputRef.current?.blur();
      }
      return;
    }
    if (!showPopup && (event.key === 'ArrowDown' || event.key === 'Enter') && trimmed) {
      setOpen(true);
      return;
    }
    if (!showPopup || hits.length === 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + hits.length) % hits.length);
    } else if (event.key === 'Home' && event.ctrlKey) {
      setActive(0);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const hit = hits[activeIndex];
      if (hit) openHit(hit);
    }
  };

  const optionId = (index: number) => `${listId}-option-${index}`;
  const activeHit = showPopup ? hits[activeIndex] : undefined;
  const locale = dateLocale(language);
  const formatDate = (date: string | null) => (date ? format(parseISO(date), 'PP', { locale }) : '');

  let offset = 0;
  return (
    <div className="search-slot search">
      <input
        ref={inputRef}
        type="search"
        className="search-input"
        role="combobox"
        aria-label={t('box.label')}
        aria-expanded={showPopup}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeHit ? optionId(activeIndex) : undefined}
        placeholder={t('box.placeholder')}
        value={query}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => {
          void searchIndex.ensureBuilt();
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {showPopup && (
        <div
          className="search-popup"
          id={listId}
          role="listbox"
          aria-label={t('box.results')}
          data-testid="search-results"
          data-query={groups ? query : undefined}
          data-state={status.state}
          // Keep focus in the input while clicking a result.
          onMouseDown={(event) => event.preventDefault()}
        >
          {status.state !== 'ready' && (
            <p className="search-note" role="status">
              {t('box.indexing', { count: status.indexed })}
            </p>
          )}
          {status.state === 'ready' && !isSearchable(trimmed) && (
            <p className="search-note muted" role="status">
              {t('box.tooShort')}
            </p>
          )}
          {status.state === 'ready' && isSearchable(trimmed) && hits.length === 0 && (
            <div className="search-note" role="status">
              <p>{t('box.noResults', { query: trimmed })}</p>
              <p className="muted">{t('box.hint')}</p>
            </div>
          )}
          {groups &&
            SEARCH_KINDS.map((kind) => {
              const group = groups[kind];
              if (group.length === 0) return null;
              const start = offset;
              offset += group.length;
              const headingId = `${listId}-${kind}`;
              return (
                <div key={kind} role="group" aria-labelledby={headingId} className="search-group">
                  <div id={headingId} className="search-group-title" role="presentation">
                    {t(`groups.${kind}`)}
                  </div>
                  {group.map((hit, i) => {
                    const index = start + i;
                    const secondary =
                      hit.kind === 'client'
                        ? hit.detail
                        : [searchIndex.clientName(hit.clientId), formatDate(hit.date)].filter(Boolean).join(' · ');
                    return (
                      <div
                        key={hit.id}
                        id={optionId(index)}
                        role="option"
                        aria-selected={index === activeIndex}
                        className="search-option"
                        onMouseEnter={() => setActive(index)}
                        onClick={() => openHit(hit)}
                      >
                        <span className="search-option-title">
                          <Highlight text={hit.title} terms={hit.terms} />
                        </span>
                        {secondary && <span className="search-option-detail">{secondary}</span>}
                      </div>
                    );
                  })}
                </div>
              );
            })}
          {hits.length > 0 && <p className="search-footer muted">{t('box.open')}</p>}
        </div>
      )}
    </div>
  );
}
