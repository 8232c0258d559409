import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeepInTouchDefaults } from '../../../shared/domain/settings';
import { tagKey } from '../../../shared/rules/cadence';
import { useSettings } from '../../shell/SettingsProvider';
import { useToast } from '../../ui/Toasts';
import { parseCadenceDays } from './cadenceText';
import './remember.css';

interface TagRow {
  key: number;
  tag: string;
  daysText: string;
}

interface Form {
  vipOn: boolean;
  vipText: string;
  rows: TagRow[];
}

type RowErrors = { tag?: string; days?: string };

function formOf(defaults: KeepInTouchDefaults): Form {
  return {
    vipOn: defaults.vipDays !== null,
    vipText: String(defaults.vipDays ?? 30),
    rows: defaults.tagDays.map((entry, i) => ({ key: i, tag: entry.tag, daysText: String(entry.days) })),
  };
}

/**
 * Settings → "Keep in touch": the default cadences, by VIP and by tag. Each valid change is
 * saved at once; while any field is invalid nothing is saved and the field says why.
 */
export function KeepInTouchSettings() {
  const { t } = useTranslation('remember');
  const { settings, updateSettings } = useSettings();
  const toast = useToast();
  const id = useId();
  const [form, setForm] = useState(() => formOf(settings.keepInTouch));
  const nextKey = useRef(form.rows.length);
  const focusRow = useRef<number | null>(null);

  const vipDays = parseCadenceDays(form.vipText);
  const vipValid = !form.vipOn || vipDays !== null;
  const rowErrors = (form: Form): RowErrors[] => {
    const seen = new Set<string>();
    return form.rows.map((row) => {
      const errors: RowErrors = {};
      const key = tagKey(row.tag);
      if (!key) errors.tag = t('settings.tagError');
      else if (seen.has(key)) errors.tag = t('settings.tagDuplicate');
      seen.add(key);
      if (parseCadenceDays(row.daysText) === null) errors.days = t('settings.daysError');
      return errors;
    });
  };
  const errors = rowErrors(form);

  const change = (next: Form) => {
    setForm(next);
    const nextVip = parseCadenceDays(next.vipText);
    if (next.vipOn && nextVip === null) return;
    if (rowErrors(next).some((e) => e.tag || e.days)) return;
    const defaults: KeepInTouchDefaults = {
      vipDays: next.vipOn ? nextVip : null,
      tagDays: next.rows.map((row) => ({ tag: row.tag.trim(), days: parseCadenceDays(row.daysText)! })),
    };
    if (JSON.stringify(defaults) === JSON.stringify(settings.keepInTouch)) return;
    updateSettings({ keepInTouch: defaults }).catch((error: unknown) =>
      toast({ message: error instanceof Error ? error.message : String(error), tone: 'error' }),
    );
  };
  const setRow = (key: number, patch: Partial<TagRow>) =>
    change({ ...form, rows: form.rows.map((row) => (row.key === key ? { ...row, ...patch } : row)) });

  return (
    <section className="card settings-section keep-in-touch-settings" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('settings.title')}</h2>
      <p className="muted keep-in-touch-hint">{t('settings.hint')}</p>

      <h3 className="keep-in-touch-subtitle">{t('settings.vip')}</h3>
      <div className="row keep-in-touch-vip">
        <label className="checkbox">
          <input type="checkbox" checked={form.vipOn} onChange={(e) => change({ ...form, vipOn: e.target.checked })} />
          {t('settings.vipOn')}
        </label>
        <div className="field">
          <label htmlFor={`${id}-vip`}>{t('settings.vipDays')}</label>
          <input
            id={`${id}-vip`}
            type="number"
            inputMode="numeric"
            min={1}
            max={365}
            step={1}
            disabled={!form.vipOn}
            value={form.vipText}
            aria-invalid={!vipValid}
            aria-describedby={vipValid ? undefined : `${id}-vip-error`}
            onChange={(e) => change({ ...form, vipText: e.target.value })}
          />
          {!vipValid && (
            <span id={`${id}-vip-error`} className="field-error" role="alert">
              {t('settings.daysError')}
            </span>
          )}
        </div>
      </div>

      <h3 className="keep-in-touch-subtitle">{t('settings.tags')}</h3>
      <p className="field-hint">{t('settings.tagsHint')}</p>
      {form.rows.length === 0 ? (
        <p className="muted">{t('settings.noTags')}</p>
      ) : (
        <ul className="keep-in-touch-tags">
          {form.rows.map((row, i) => {
            const rowError = errors[i] ?? {};
            const tagName = row.tag.trim() || String(i + 1);
            return (
              <li key={row.key} className="keep-in-touch-tag" data-testid="tag-cadence">
                <div className="field">
                  <label htmlFor={`${id}-tag-${row.key}`}>{t('settings.tag')}</label>
                  <input
                    id={`${id}-tag-${row.key}`}
                    type="text"
                    value={row.tag}
                    ref={(el) => {
                      if (el && focusRow.current === row.key) {
                        focusRow.current = null;
                        el.focus();
                      }
                    }}
                    aria-invalid={rowError.tag ? true : undefined}
                    aria-describedby={rowError.tag ? `${id}-tag-${row.key}-error` : undefined}
                    onChange={(e) => setRow(row.key, { tag: e.target.value })}
                  />
                  {rowError.tag && (
                    <span id={`${id}-tag-${row.key}-error`} className="field-error">
                      {rowError.tag}
                    </span>
                  )}
                </div>
                <div className="field keep-in-touch-days">
                  <label htmlFor={`${id}-days-${row.key}`}>{t('settings.tagDays')}</label>
                  <input
                    id={`${id}-days-${row.key}`}
                    type="number"
                    inputMode="numeric"
                    min={1}
                    max={365}
                    step={1}
                    value={row.daysText}
                    aria-label={t('settings.tagDaysFor', { tag: tagName })}
                    aria-invalid={rowError.days ? true : undefined}
                    aria-describedby={rowError.days ? `${id}-days-${row.key}-error` : undefined}
                    onChange={(e) => setRow(row.key, { daysText: e.target.value })}
                  />
                  {rowError.days && (
                    <span id={`${id}-days-${row.key}-error`} className="field-error">
                      {rowError.days}
                    </span>
                  )}
                </div>
                <button
                  type="button"
                  className="button button-small"
                  aria-label={t('settings.removeTag', { tag: tagName })}
                  onClick={() => change({ ...form, rows: form.rows.filter((r) => r.key !== row.key) })}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="row">
        <button
          type="button"
          className="button button-small"
          onClick={() => {
            const key = nextKey.current++;
            focusRow.current = key;
            change({ ...form, rows: [...form.rows, { key, tag: '', daysText: '14' }] });
          }}
        >
          {t('settings.addTag')}
        </button>
      </div>
      <p className="muted keep-in-touch-else">{t('settings.everyoneElse')}</p>
    </section>
  );
}
