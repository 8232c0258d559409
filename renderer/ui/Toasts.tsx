import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ToastInput {
  message: string;
  /**
   * Undo (`kind` 'undo', the default): the toast stays until used, dismissed or replaced by the
   * next Undo, and Ctrl+Z runs it. Any other action ('other', e.g. "Log conversation") is a shortcut
   * that leaves after 8 s.
   */
  action?: { label: string; run: () => void | Promise<void>; kind?: 'undo' | 'other' };
  tone?: 'info' | 'error' | 'success';
  /** ms; errors and toasts with Undo stay until closed. */
  duration?: number;
}

export interface Toast extends ToastInput {
  id: number;
}

/** At most this many toasts at once; the oldest goes first. */
export const MAX_TOASTS = 3;

export function isUndo(toast: ToastInput): boolean {
  return toast.action !== undefined && (toast.action.kind ?? 'undo') === 'undo';
}

/**
 * The toasts once `toast` is shown: newest last, at most three, and one Undo at a time (a new
 * toast with Undo replaces the previous one, so Undo and Ctrl+Z undo the last action).
 */
export function withToast(all: readonly Toast[], toast: Toast): Toast[] {
  const kept = isUndo(toast) ? all.filter((x) => !isUndo(x)) : all;
  return [...kept.slice(-(MAX_TOASTS - 1)), toast];
}

interface ToastState {
  toasts: Toast[];
  show: (toast: ToastInput) => void;
  dismiss: (id: number) => void;
  /** Runs the Undo of the newest toast that has one; false when there is none. */
  undoLast: () => boolean;
}

const ToastContext = createContext<ToastState>({
  toasts: [],
  show: () => undefined,
  dismiss: () => undefined,
  undoLast: () => false,
});

/** `const toast = useToast(); toast({ message, action: { label: 'Undo', run } })` */
export function useToast(): (toast: ToastInput) => void {
  return useContext(ToastContext).show;
}

/** A text field (or select) keeps its own Ctrl+Z and Esc. */
function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
}

/**
 * Holds the toasts and their keys: **Ctrl+Z / ⌘Z** anywhere outside a text field runs the Undo of
 * the newest toast that offers one; **Esc** (outside text fields and open dialogs) dismisses the
 * newest toast. A new toast with Undo replaces the previous one (Undo undoes the last action).
 * `ToastStack` shows them where the layout puts it.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const next = useRef(1);
  const latest = useRef(toasts);
  latest.current = toasts;
  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((x) => x.id !== id)), []);
  const show = useCallback(
    (input: ToastInput) => {
      const id = next.current++;
      setToasts((all) => withToast(all, { ...input, id }));
      const duration = input.duration ?? (input.tone === 'error' || isUndo(input) ? 0 : input.action ? 8000 : 4000);
      if (duration > 0) setTimeout(() => dismiss(id), duration);
    },
    [dismiss],
  );
  const undoLast = useCallback(() => {
    const toast = [...latest.current].reverse().find(isUndo);
    if (!toast?.action) return false;
    dismiss(toast.id);
    void toast.action.run();
    return true;
  }, [dismiss]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTextField(event.target)) return;
      const mod = event.ctrlKey || event.metaKey;
      if (mod && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'z') {
        if (undoLast()) event.preventDefault();
      } else if (event.key === 'Escape' && !mod && !document.querySelector('dialog[open]')) {
        const newest = latest.current.at(-1);
        if (newest) {
          event.preventDefault();
          dismiss(newest.id);
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dismiss, undoLast]);

  const value = useMemo(() => ({ toasts, show, dismiss, undoLast }), [toasts, show, dismiss, undoLast]);
  return <ToastContext.Provider value={value}>{children}</ToastContext.Provider>;
}

/** The toasts, newest last. Rendered once, by the layout, where it covers nothing. */
export function ToastStack() {
  const { t } = useTranslation();
  const { toasts, dismiss } = useContext(ToastContext);
  return (
    <div className="toasts" role="region" aria-label={t('toasts.label')} aria-live="polite">
      {toasts.map((toast) => (
        <div
          key={toast.id}
          className={`toast toast-${toast.tone ?? 'info'}`}
          role={toast.tone === 'error' ? 'alert' : 'status'}
        >
          <span>{toast.message}</span>
          {toast.action && (
            <button
              type="button"
              className="button button-small"
              aria-keyshortcuts={isUndo(toast) ? 'Control+Z Meta+Z' : undefined}
              title={isUndo(toast) ? t('toasts.undoKeys') : undefined}
              onClick={() => {
                dismiss(toast.id);
                void toast.action?.run();
              }}
            >
              {toast.action.label}
            </button>
          )}
          <button
            type="button"
            className="icon-button"
            aria-label={t('actions.close')}
            onClick={() => dismiss(toast.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
