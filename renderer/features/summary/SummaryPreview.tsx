import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { WeeklySummary } from '../../../shared/summary/model';
import { toHtml } from '../../../shared/summary/html';

/**
 * The exported HTML itself, in a sandboxed frame (no scripts), grown to its content height so
 * the page scrolls as one. What you see is exactly what is exported.
 */
export function SummaryPreview({ model }: { model: WeeklySummary }) {
  const { t } = useTranslation('summary');
  const frame = useRef<HTMLIFrameElement>(null);
  const html = useMemo(() => toHtml(model, { embedded: true }), [model]);

  const fit = useCallback(() => {
    const page = frame.current?.contentDocument?.querySelector('.page');
    if (!frame.current || !page) return;
    // The page's own box, not the document's: a document never reports less than the frame height.
    frame.current.style.height = `${Math.ceil(page.getBoundingClientRect().bottom) + 16}px`;
  }, []);

  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    // The page reflows when the window (and so the frame) changes width.
    const observer = new ResizeObserver(() => fit());
    observer.observe(element);
    return () => observer.disconnect();
  }, [fit]);

  return (
    <iframe
      ref={frame}
      className="summary-preview"
      title={t('page.preview')}
      sandbox="allow-same-origin"
      srcDoc={html}
      onLoad={fit}
      data-testid="summary-preview"
    />
  );
}
