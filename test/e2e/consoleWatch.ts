/**
 * A clean console is part of done: every console error, console warning (React sends its
 * development warnings, e.g. a state update during another component's render, through
 * console.error and console.warn) and uncaught page error fails the test that caused it.
 * The e2e build is a development build of React for this reason (see globalSetup.ts).
 */
import type { BrowserContext, ConsoleMessage, JSHandle, Page } from 'playwright-core';

export interface ConsoleWatch {
  /** What the pages reported so far, one line each. */
  problems: string[];
  /** Tolerates messages matching `pattern` for the rest of the test (say why where it is called). */
  allowConsole: (pattern: RegExp) => void;
  /** Throws with every problem, once the messages still being read are in. */
  check: () => Promise<void>;
}

const FORMAT = /%[sdifoOc]/g;

async function value(handle: JSHandle): Promise<string> {
  try {
    const json: unknown = await handle.jsonValue();
    return typeof json === 'string' ? json : JSON.stringify(json);
  } catch {
    return String(handle);
  }
}

/** The message as the DevTools console shows it: `%s` placeholders filled with the arguments. */
async function describe(message: ConsoleMessage): Promise<string> {
  const args = message.args();
  const [first, ...rest] = await Promise.all(args.map(value));
  if (first === undefined) return message.text();
  let i = 0;
  const filled = first.replace(FORMAT, (marker) => (marker === '%c' ? (i++, '') : (rest[i++] ?? marker)));
  return [filled, ...rest.slice(i)].join(' ');
}

export function watchConsole(context: BrowserContext): ConsoleWatch {
  const problems: string[] = [];
  const allowed: RegExp[] = [];
  const pending = new Set<Promise<void>>();
  const record = (what: string) => {
    if (!allowed.some((pattern) => pattern.test(what))) problems.push(what);
  };
  const watch = (page: Page) => {
    page.on('console', (message) => {
      const type = message.type();
      if (type !== 'error' && type !== 'warning') return;
      const { url, lineNumber } = message.location();
      const where = url ? ` (${url}:${lineNumber})` : '';
      // Arguments are read from the page asynchronously; the raw text is the fallback.
      const reading = describe(message)
        .catch(() => message.text())
        .then((text) => record(`console.${type === 'error' ? 'error' : 'warn'}: ${text}${where}`))
        .finally(() => pending.delete(reading));
      pending.add(reading);
    });
    page.on('pageerror', (error) => record(`page error: ${error.stack ?? error.message}`));
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  return {
    problems,
    allowConsole: (pattern) => {
      allowed.push(pattern);
      for (let i = problems.length - 1; i >= 0; i--) if (pattern.test(problems[i]!)) problems.splice(i, 1);
    },
    check: async () => {
      await Promise.all(pending);
      if (problems.length === 0) return;
      throw new Error(`The page reported ${problems.length} problem(s):\n${problems.join('\n')}`);
    },
  };
}
