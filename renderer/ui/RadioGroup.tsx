import { useId, useRef, type KeyboardEvent } from 'react';
import './RadioGroup.css';

export interface RadioOption<T extends string> {
  value: T;
  label: string;
  /** Extra class on the option's label, e.g. for outcome colours. */
  className?: string;
}

interface RadioGroupProps<T extends string> {
  label: string;
  /** Visually hide the legend (the name stays for screen readers). */
  hideLabel?: boolean;
  options: readonly RadioOption<T>[];
  value: T | null;
  onChange: (value: T) => void;
  /** Keys 1..n pick the n-th option while the group has focus. */
  numberKeys?: boolean;
  /**
   * Called after onChange when an option is picked on purpose: by its number key or a pointer
   * click (not by the arrow keys or Space, which only move within the group). The owner may then
   * move the focus on; without it a number key leaves the focus on the picked option.
   */
  onPick?: (value: T) => void;
  hint?: string;
  error?: string | null;
  className?: string;
}

/** Native radios in a labelled radiogroup: arrow keys move (the browser's), and optionally 1/2/3. */
export function RadioGroup<T extends string>(props: RadioGroupProps<T>) {
  const { label, options, value, onChange, onPick, numberKeys, hint, error } = props;
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!numberKeys || event.ctrlKey || event.metaKey || event.altKey) return;
    const n = Number(event.key);
    const option = Number.isInteger(n) && n >= 1 ? options[n - 1] : undefined;
    if (!option) return;
    event.preventDefault();
    onChange(option.value);
    if (onPick) return onPick(option.value);
    ref.current?.querySelector<HTMLInputElement>(`input[value="${option.value}"]`)?.focus();
  };

  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

  return (
    <div
      ref={ref}
      role="radiogroup"
      aria-labelledby={`${id}-legend`}
      aria-describedby={describedBy}
      aria-invalid={error ? true : undefined}
      className={`radio-group ${props.className ?? ''}`}
      onKeyDown={onKeyDown}
    >
      <span id={`${id}-legend`} className={props.hideLabel ? 'visually-hidden' : 'field-label'}>
        {label}
      </span>
      <div className="radio-options">
        {options.map((option, i) => (
          <label
            key={option.value}
            className={`radio-option ${option.className ?? ''}`}
            // A pointer click has detail ≥ 1; the click the browser sends for an arrow key or Space has 0.
            // Called in the next task: a click on the label focuses its radio after this handler.
            onClick={
              onPick
                ? (event) => {
                    if (event.detail > 0) setTimeout(() => onPick(option.value), 0);
                  }
                : undefined
            }
          >
            <input
              type="radio"
              name={id}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
            {numberKeys && (
              <kbd aria-hidden="true" className="radio-key">
                {i + 1}
              </kbd>
            )}
          </label>
        ))}
      </div>
      {hint && (
        <span id={`${id}-hint`} className="field-hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}
