import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface DialogProps {
  title: string;
  open: boolean;
  /** Called on Esc or the close button; the owner decides whether to really close. */
  onRequestClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
  wide?: boolean;
  /**
   * Ctrl+Enter (Cmd+Enter on macOS) anywhere in the dialog calls this: the dialog's "Save".
   * Only the dialog that holds the focus answers, so a dialog never saves another one's form.
   */
  onSaveShortcut?: () => void;
}

/**
 * A modal on the native <dialog>: focus is trapped and restored by the browser, and the
 * accessible name is the title. Esc is routed to onRequestClose so unsaved input can be kept.
 */
export function Dialog({ title, open, onRequestClose, children, footer, wide, onSaveShortcut }: DialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className={wide ? 'dialog dialog-wide' : 'dialog'}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onRequestClose();
      }}
      onKeyDown={(event) => {
        if (onSaveShortcut && event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.defaultPrevented) {
          event.preventDefault();
          onSaveShortcut();
          return;
        }
        // Chromium skips the cancelable 'cancel' event on a second Esc without user activation
        // in between and closes the dialog outright; handling Esc here keeps it routed.
        if (event.key === 'Escape' && !event.defaultPrevented) {
          event.preventDefault();
          onRequestClose();
        }
      }}
    >
      <header className="dialog-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="icon-button" aria-label={t('actions.close')} onClick={onRequestClose}>
          ×
        </button>
      </header>
      <div className="dialog-body">{children}</div>
      {footer && <footer className="dialog-footer">{footer}</footer>}
    </dialog>
  );
}
