import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The e2e tests wait by construction; this rule (eslint.config.js, E2E_WAITS) keeps one-shot reads
// of page state and fixed sleeps out of test/e2e. These cases keep it from silently stopping to fire.
const eslint = new ESLint({ cwd: path.resolve('.') });
const FILE = 'test/e2e/lintFixture.e2e.ts';

async function restrictedSyntax(body: string, filePath = FILE): Promise<string[]> {
  const code = [
    "import { expect } from 'vitest';",
    "import type { Locator, Page } from 'playwright-core';",
    'export async function fixture(page: Page, row: Locator) {',
    body,
    '}',
    '',
  ].join('\n');
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
}

describe('e2e tests wait by construction (ESLint)', { timeout: 60_000 }, () => {
  it.each([
    "await expect(row.innerText()).resolves.toBe('x');",
    "await expect(row.textContent()).resolves.toContain('x');",
    'await expect(row.allTextContents()).resolves.toEqual([]);',
    'await expect(row.allInnerTexts()).resolves.toEqual([]);',
    'await expect(page.getByRole("row").count()).resolves.toBe(0);',
    'await expect(row.isVisible()).resolves.toBe(true);',
    'await expect(row.isChecked()).resolves.toBe(true);',
    "await expect(row.inputValue()).resolves.toBe('');",
    "await expect(row.getAttribute('class')).resolves.not.toContain('x');",
  ])('forbids the one-shot read %s', async (line) => {
    const messages = await restrictedSyntax(line);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/one-shot read of page state/);
  });

  it('forbids a read awaited into expect, and fixed sleeps', async () => {
    expect(await restrictedSyntax('expect(await row.count()).toBe(1);')).toHaveLength(1);
    expect(await restrictedSyntax("expect(await row.getAttribute('aria-selected')).toBe('true');")).toHaveLength(1);
    const sleep = await restrictedSyntax('await page.waitForTimeout(500);');
    expect(sleep).toEqual([expect.stringMatching(/No fixed sleeps/)]);
  });

  it('allows retrying assertions and locator waits', async () => {
    const waits = [
      "await expect.poll(() => row.innerText()).toBe('x');",
      'await expect.poll(() => row.count()).toBe(0);',
      "await row.waitFor({ state: 'detached' });",
      "await page.waitForFunction(() => document.title === 'x');",
    ].join('\n');
    expect(await restrictedSyntax(waits)).toEqual([]);
  });

  it('applies to test/e2e only', async () => {
    const line = "await expect(row.innerText()).resolves.toBe('x');";
    expect(await restrictedSyntax(line, 'test/unit/lintFixture.test.ts')).toEqual([]);
  });
});
