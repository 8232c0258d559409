import { useTranslation } from 'react-i18next';
import type { PromiseKeeping } from '../../../shared/rules/decisions';
import { useSettings } from '../../shell/SettingsProvider';

/** kept ÷ (kept + broken) as a percentage, or a dash while nothing has been judged. */
export function PromiseKeepingFigure({ figure, large }: { figure: PromiseKeeping | undefined; large?: boolean }) {
  const { t } = useTranslation('decisions');
  const { language } = useSettings();
  const percent =
    figure?.ratio == null
      ? null
      : new Intl.NumberFormat(language, {
          style: 'percent',
          maximumFractionDigits: 0,
        }).format(figure.ratio);
  return (
    <div className={`promise-figure${large ? ' promise-figure-large' : ''}`} data-testid="promise-keeping">
      <span className="promise-figure-label">{t('promiseKeeping.label')}</span>
      <span
        className={`promise-figure-value${figure?.ratio == null ? ' promise-figure-none' : figure.ratio < 0.8 ? ' promise-figure-low' : ''}`}
      >
        {figure === undefined ? '…' : (percent ?? t('none', { ns: 'common' }))}
      </span>
      <span className="muted promise-figure-detail">
        {figure === undefined
          ? t('loading', { ns: 'common' })
          : figure.ratio === null
            ? t('promiseKeeping.noneYet')
            : t('promiseKeeping.detail', {
                kept: figure.kept,
                judged: figure.kept + figure.broken,
                count: figure.kept + figure.broken,
              })}
      </span>
    </div>
  );
}
