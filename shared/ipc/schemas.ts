/**
 * zod schemas for every IPC command's payload. Main validates each payload against these
 * before a handler runs, because a compromised renderer can send anything.
 */
import { z } from 'zod';
import { settingsPatchSchema } from '../domain/schemas';
import type { CommandArgs, CommandName } from './contract';

/** A bare file name: no folders, so a payload can never steer a write outside the chosen folder. */
export const fileNameSchema = z
  .string()
  .min(1)
  .max(255)
  .refine((name) => !/[/\\\0]/.test(name) && name !== '.' && name !== '..', 'must be a file name without folders');

/** Automatic backup files are named by their time, which is what rotation sorts on. */
export const AUTO_BACKUP_NAME = /^rapport-backup-(\d{4})-(\d{2})-(\d{2})-(\d{2})(\d{2})\.json$/;

/**
 * The file types each file command may offer, checked in main: a compromised renderer cannot
 * have the app save a `.desktop`, `.bat` or `.exe` file, nor offer "All files".
 */
export const FILE_EXTENSIONS = {
  'file:save': ['md', 'html', 'csv', 'json', 'txt'],
  'pdf:save': ['pdf'],
  'file:open': ['json', 'csv', 'txt', 'tsv', 'vcf', 'xlsx', 'xls'],
} as const satisfies Partial<Record<CommandName, readonly string[]>>;
export type FileCommand = keyof typeof FILE_EXTENSIONS;

/** `report.MD` → `md`; '' without an extension. */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot <= 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

export function isAllowedExtension(command: FileCommand, extension: string): boolean {
  return (FILE_EXTENSIONS[command] as readonly string[]).includes(extension.toLowerCase());
}

function fileFilterSchema(command: FileCommand) {
  return z.object({
    name: z.string().max(200),
    extensions: z
      .array(
        z
          .string()
          .regex(/^[A-Za-z0-9]{1,16}$/)
          .refine((e) => isAllowedExtension(command, e), `must be one of ${FILE_EXTENSIONS[command].join(', ')}`),
      )
      .max(20),
  });
}

/** A file name for a save dialog whose extension the command allows. */
function suggestedNameSchema(command: FileCommand) {
  return fileNameSchema.refine(
    (name) => isAllowedExtension(command, extensionOf(name)),
    `must end in .${FILE_EXTENSIONS[command].join(', .')}`,
  );
}

// 256 MB of text: far above any real journal, low enough to refuse a runaway payload.
const MAX_CONTENT = 256 * 1024 * 1024;

export const commandSchemas = {
  'app:info': z.null(),
  'settings:get': z.null(),
  // Strict: `backupFolder` and `lastBackupAt` (MAIN_OWNED_SETTINGS) are unknown keys here.
  'settings:set': settingsPatchSchema.omit({ backupFolder: true, lastBackupAt: true }).strict(),
  'file:save': z.object({
    suggestedName: suggestedNameSchema('file:save'),
    content: z.string().max(MAX_CONTENT),
    encoding: z.enum(['utf8', 'base64']),
    filters: z.array(fileFilterSchema('file:save')).max(20),
  }),
  'file:open': z.object({ filters: z.array(fileFilterSchema('file:open')).max(20) }),
  'pdf:save': z.object({
    suggestedName: suggestedNameSchema('pdf:save'),
    html: z.string().max(MAX_CONTENT),
    footer: z.string().max(500),
  }),
  'backup:writeAuto': z.object({
    json: z.string().max(MAX_CONTENT),
    fileName: z.string().regex(AUTO_BACKUP_NAME, 'must be named rapport-backup-YYYY-MM-DD-HHmm.json'),
    kind: z.enum(['auto', 'safety']),
  }),
  'backup:status': z.null(),
  'backup:chooseFolder': z.null(),
  'backup:openFolder': z.null(),
  'notify:show': z.object({ title: z.string().min(1).max(200), body: z.string().max(2000) }),
  'shortcut:set': z.object({ accelerator: z.string().min(1).max(100) }),
} satisfies { [K in CommandName]: z.ZodType<CommandArgs<K>> };
