import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../shared/domain/types';
import { clientOptions, findClientByExactName, type ClientOption } from './clientSearch';
import { ClientMarks } from './ClientMarks';
import './ClientCombobox.css';

/** What the combobox holds: an existing client, or a new name to create on save. */
export type ClientChoice = { kind: 'existing'; id: string } | { kind: 'new'; name: string };

type Option = ClientOption;

interface ClientComboboxProps {
  label: string;
  clients: readonly Client[] | undefined;
  problemIds: ReadonlySet<string>;
  query: string;
  choice: ClientChoice | null;
  onChange: (query: string, choice: ClientChoice | null) => void;
  /** Called after an option is picked from the list (Enter or a click), e.g. to move the focus on. */
  onPicked?: () => void;
  allowCreate?: boolean;
  placeholder?: string;
  error?: string | null;
  autoFocus?: boolean;
  hideLabel?: boolean;
}

/**
 * Type-to-search client picker on the ARIA combobox pattern: the input owns focus, the list
 * is a listbox referenced by aria-activedescendant; arrows move, Enter picks, Esc closes the
 * list (and only the list: the dialog stays open). "Create “name”" is offered inline.
 */
export function ClientCombobox(props: ClientComboboxProps) {
  const { label, clients, problemIds, query, choice, onChange, allowCreate = false, placeholder, error } = props;
  const { t } = useTranslation('conversation');
  const id = useId();
  const [isOpen, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  // Nothing (and never "Create") until the clients have loaded.
  const options = useMemo(() => clientOptions(clients, query, allowCreate), [clients, query, allowCreate]);
  const isLoading = clients === undefined;

  const listboxId = `${id}-listbox`;
  const errorId = `${id}-error`;
  const loadingId = `${id}-loading`;
  const optionId = (i: number) => `${id}-option-${i}`;
  const expanded = isOpen && options.length > 0;
  const activeIndex = Math.min(active, options.length - 1);

  const pick = (option: Option) => {
    if (option.kind === 'client') onChange(option.client.name, { kind: 'existing', id: option.client.id });
    else onChange(option.name, { kind: 'new', name: option.name });
    setOpen(false);
    props.onPicked?.();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!expanded) {
          setOpen(true);
          setActive(0);
        } else setActive((activeIndex + 1) % options.length);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (expanded) setActive((activeIndex - 1 + options.length) % options.length);
        break;
      case 'Enter': {
        const option = options[activeIndex];
        if (expanded && option) {
          event.preventDefault();
          pick(option);
        }
        break;
      }
      case 'Escape':
        if (expanded) {
          // Close the list only; without this the dialog would treat Esc as cancel.
          event.preventDefault();
          event.stopPropagation();
          setOpen(false);
        }
        break;
    }
  };

  const chosen = choice?.kind === 'existing' ? (clients ?? []).find((c) => c.id === choice.id) : undefined;

  return (
    <div className="field combobox">
      <label htmlFor={`${id}-input`} className={props.hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <div className="combobox-control">
        <input
          id={`${id}-input`}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          autoFocus={props.autoFocus}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-activedescendant={expanded ? optionId(activeIndex) : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : isLoading && query.trim() ? loadingId : undefined}
          aria-busy={isLoading || undefined}
          placeholder={placeholder}
          value={query}
          onChange={(event) => {
            const text = event.target.value;
            const keep = choice && text.trim() === (chosen?.name ?? (choice.kind === 'new' ? choice.name : ''));
            onChange(text, keep ? choice : null);
            setOpen(true);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          onFocus={() => {
            if (!choice && query) setOpen(true);
          }}
          onBlur={() => {
            setOpen(false);
            // A name typed exactly as an existing client's counts as picking it.
            if (!choice) {
              const exact = findClientByExactName(clients ?? [], query);
              if (exact) onChange(exact.name, { kind: 'existing', id: exact.id });
            }
          }}
        />
        {chosen && <ClientMarks client={chosen} problemIds={problemIds} />}
        {choice?.kind === 'new' && <span className="badge badge-satisfied">{t('combobox.newClient')}</span>}
      </div>
      <ul id={listboxId} role="listbox" aria-label={label} className="combobox-listbox" hidden={!expanded}>
        {expanded &&
          options.map((option, i) => (
            <li
              key={option.kind === 'client' ? option.client.id : 'create'}
              id={optionId(i)}
              role="option"
              aria-selected={i === activeIndex}
              className={i === activeIndex ? 'combobox-option active' : 'combobox-option'}
              onMouseDown={(event) => event.preventDefault()}
              onMouseEnter={() => setActive(i)}
              onClick={() => pick(option)}
            >
              {option.kind === 'client' ? (
                <>
                  <span className="combobox-name">{option.client.name}</span>
                  {option.client.organization && <span className="muted">{option.client.organization}</span>}
                  <ClientMarks client={option.client} problemIds={problemIds} />
                </>
              ) : (
                <span className="combobox-create">{t('combobox.create', { name: option.name })}</span>
              )}
            </li>
          ))}
      </ul>
      {isLoading && query.trim() && (
        <span id={loadingId} className="field-hint" role="status">
          {t('combobox.loading')}
        </span>
      )}
      {error && (
        <span id={errorId} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}
