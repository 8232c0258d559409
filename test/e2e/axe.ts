/**
 * axe-core in the page under test. The app's CSP forbids inline scripts, so `addScriptTag` cannot
 * bring axe in; its source is evaluated through Playwright instead (the DevTools protocol is not
 * subject to the page's CSP). Only serious and critical violations of WCAG 2.0 A/AA and 2.1 AA
 * are reported, one readable line each: where, rule id, impact, what is wrong and the elements.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults, RunOptions } from 'axe-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const REPORTED = new Set(['serious', 'critical']);

declare global {
  interface Window {
    axe?: { run: (context: Element | Document, options: RunOptions) => Promise<AxeResults> };
  }
}

/** One serious or critical violation, readable in a failed test's message. */
export interface AxeViolation {
  where: string;
  rule: string;
  impact: string;
  help: string;
  targets: string[];
  /** axe's "Fix any of the following…" for the first element. */
  summary: string;
}

export function describeViolation(v: AxeViolation): string {
  const targets = v.targets.slice(0, 5).join(' | ') + (v.targets.length > 5 ? ` (+${v.targets.length - 5} more)` : '');
  return `${v.where}: ${v.rule} (${v.impact}) ${v.help}\n    at ${targets}\n    ${v.summary.replace(/\n\s*/g, ' ')}`;
}

/**
 * Runs axe on the page as it is now (the caller has waited for the content it means to check)
 * and returns its serious and critical violations. `where` names the page/dialog/theme/language.
 */
export async function axeViolations(page: Page, where: string): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    (tags) =>
      window.axe!.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
        // The summary preview is a script-less sandboxed frame axe cannot enter; it would wait for it.
        iframes: false,
      }),
    AXE_TAGS,
  );
  return results.violations
    .filter((r) => r.impact && REPORTED.has(r.impact))
    .map((r) => ({
      where,
      rule: r.id,
      impact: r.impact ?? '',
      help: r.help,
      targets: r.nodes.map((n) => n.target.join(' ')),
      summary: r.nodes[0]?.failureSummary ?? '',
    }));
}
