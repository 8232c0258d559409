import { useEffect, useId, useRef, useState } from 'react';

interface Props {
  label: string;
  value: string;
  /** Return an error message to keep the text and show it, or nothing when saved. */
  onSave: (value: string) => Promise<string | void>;
  multiline?: boolean;
  required?: boolean;
  requiredMessage?: string;
  type?: 'text' | 'date';
  hideLabel?: boolean;
  className?: string;
  autoFocus?: boolean;
  placeholder?: string;
}

/**
 * A text field that saves itself when it loses focus (or on Enter in a one-line field), the way
 * a notebook never asks to "save". Outside changes show up unless the field is being edited.
 */
export function AutosaveField(props: Props) {
  const {
    label,
    value,
    onSave,
    multiline,
    required,
    requiredMessage,
    type = 'text',
    hideLabel,
    className,
    autoFocus,
    placeholder,
  } = props;
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const editing = useRef(false);

  useEffect(() => {
    if (!editing.current) setDraft(value);
  }, [value]);

  const commit = async () => {
    editing.current = false;
    const next = type === 'text' ? draft : draft.trim();
    if (next === value) {
      setError(null);
      return;
    }
    if (required && !next.trim()) {
      setError(requiredMessage ?? null);
      return;
    }
    const problem = await onSave(next);
    setError(problem || null);
  };

  const common = {
    id,
    value: draft,
    placeholder,
    autoFocus,
    'aria-label': hideLabel ? label : undefined,
    'aria-invalid': error ? true : undefined,
    onFocus: () => {
      editing.current = true;
    },
    onBlur: () => void commit(),
  };

  return (
    <div className={`field ${className ?? ''}`}>
      {!hideLabel && <label htmlFor={id}>{label}</label>}
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => setDraft(e.target.value)} />
      ) : (
        <input
          {...common}
          type={type}
          onChange={(e) => {
            setDraft(e.target.value);
            // Date pickers have no natural blur; save each complete date at once.
            if (type === 'date') {
              editing.current = false;
              if (e.target.value !== value) void onSave(e.target.value).then((p) => setError(p || null));
            }
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void commit();
            }
          }}
        />
      )}
      {error && <span className="field-error">{error}</span>}
    </div>
  );
}
