/**
 * The settings file (`<userData>/settings.json`), kept by electron-store with a JSON schema
 * and defaults. The Store class is injected: electron-store in the app, its base class `conf`
 * in tests (electron-store itself imports electron). A file that is not JSON or breaks the
 * schema is moved aside as `settings.corrupt-<timestamp>.json` for inspection, and defaults
 * are used; the journal (IndexedDB) is never touched by this.
 */
import { renameSync, existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_SETTINGS, type Settings } from '../shared/domain/settings';
import { settingsSchema } from '../shared/domain/schemas';
import type { WindowState } from './windowState';

export const SETTINGS_FILE_NAME = 'settings';

/** What the file holds. Window geometry and the export folder are not user settings. */
export interface StoredShape {
  settings: Partial<Settings>;
  windowState: WindowState | null;
  lastExportFolder: string | null;
}

/** The part of electron-store / conf this module uses. */
export interface KeyValueStore<T> {
  get<K extends keyof T>(key: K): T[K];
  set<K extends keyof T>(key: K, value: T[K]): void;
  readonly path: string;
}

export interface StoreOptions<T> {
  cwd: string;
  /** File name without extension (electron-store's `name`, conf's `configName`). */
  name: string;
  schema: Record<string, unknown>;
  defaults: T;
  clearInvalidConfig: false;
}

export type StoreFactory = (options: StoreOptions<StoredShape>) => KeyValueStore<StoredShape>;

function jsonSchemaOf(schema: z.ZodType): Record<string, unknown> {
  // Every key optional and extra keys allowed, so a file from an older or newer version is
  // merged with defaults instead of being declared corrupt.
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io: 'input' }) as Record<string, unknown>;
  return rest;
}

const windowStateSchema = z.object({
  x: z.number().optional(),
  y: z.number().optional(),
  width: z.number().min(1),
  height: z.number().min(1),
  maximized: z.boolean(),
});

export const STORE_SCHEMA: Record<string, unknown> = {
  settings: jsonSchemaOf(settingsSchema.partial()),
  windowState: { anyOf: [jsonSchemaOf(windowStateSchema), { type: 'null' }] },
  lastExportFolder: { type: ['string', 'null'] },
};

const STORE_DEFAULTS: StoredShape = { settings: {}, windowState: null, lastExportFolder: null };

function isCorruptionError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return (
    error.name === 'SyntaxError' ||
    error.constructor.name === 'SchemaViolationError' ||
    error.message.startsWith('Config schema violation')
  );
}

/** `settings.corrupt-2026-11-23T15-04-05-123Z.json`: sortable, and legal on every OS. */
export function corruptFileName(now: Date): string {
  return `${SETTINGS_FILE_NAME}.corrupt-${now.toISOString().replace(/[:.]/g, '-')}.json`;
}

export interface SettingsStore {
  getSettings(): Settings;
  /** Validates the merged result; throws a zod error when the patch breaks the schema. */
  setSettings(patch: Partial<Settings>): Settings;
  getWindowState(): WindowState | null;
  setWindowState(state: WindowState): void;
  getLastExportFolder(): string | null;
  setLastExportFolder(folder: string): void;
  /** Where a corrupted file was moved at start, or null. */
  readonly recoveredFrom: string | null;
  readonly path: string;
}

export function openSettingsStore(
  cwd: string,
  createStore: StoreFactory,
  now: () => Date = () => new Date(),
): SettingsStore {
  const options: StoreOptions<StoredShape> = {
    cwd,
    name: SETTINGS_FILE_NAME,
    schema: STORE_SCHEMA,
    defaults: STORE_DEFAULTS,
    clearInvalidConfig: false,
  };
  let recoveredFrom: string | null = null;
  let store: KeyValueStore<StoredShape>;
  try {
    store = createStore(options);
  } catch (error) {
    const file = path.join(cwd, `${SETTINGS_FILE_NAME}.json`);
    if (!isCorruptionError(error) || !existsSync(file)) throw error;
    recoveredFrom = path.join(cwd, corruptFileName(now()));
    renameSync(file, recoveredFrom);
    store = createStore(options);
  }

  const getSettings = (): Settings => {
    // The schema check above is the JSON Schema; zod is the stricter one the app relies on.
    const parsed = settingsSchema.partial().safeParse(store.get('settings') ?? {});
    return { ...DEFAULT_SETTINGS, ...(parsed.success ? parsed.data : {}) };
  };

  return {
    getSettings,
    setSettings(patch) {
      const next = settingsSchema.parse({ ...getSettings(), ...patch });
      store.set('settings', next);
      return next;
    },
    getWindowState() {
      const parsed = windowStateSchema.safeParse(store.get('windowState'));
      return parsed.success ? parsed.data : null;
    },
    setWindowState(state) {
      store.set('windowState', state);
    },
    getLastExportFolder() {
      return store.get('lastExportFolder') ?? null;
    },
    setLastExportFolder(folder) {
      store.set('lastExportFolder', folder);
    },
    recoveredFrom,
    path: store.path,
  };
}
