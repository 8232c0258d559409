/**
 * zod schemas for every stored record and for settings. Used to validate IPC payloads
 * in main, backups before restore, and imports.
 */
import { z } from 'zod';
import {
  CHANNELS,
  CRITERIA,
  CRITERION_MARKS,
  DECISION_STATUSES,
  DIRECTIONS,
  DISPUTE_STATUSES,
  OUTCOMES,
  ROOT_CAUSES,
  SEVERITIES,
} from './types';
import { LANGUAGES, MAX_CADENCE_DAYS, MIN_CADENCE_DAYS, THEMES } from './settings';

/** ISO 8601 instant (date, time, optional offset or Z). */
export const instantSchema = z.iso.datetime({ offset: true, local: false });
export const calendarDateSchema = z.iso.date();
const uuid = z.string().min(1);

const baseRecord = {
  id: uuid,
  createdAt: instantSchema,
  updatedAt: instantSchema,
  deletedAt: instantSchema.nullable(),
};

export const cadenceDaysSchema = z.number().int().min(MIN_CADENCE_DAYS).max(MAX_CADENCE_DAYS);

export const clientSchema = z.object({
  ...baseRecord,
  name: z.string().trim().min(1),
  organization: z.string(),
  role: z.string(),
  phone: z.string(),
  email: z.string(),
  tags: z.array(z.string()),
  vip: z.boolean(),
  problem: z.boolean(),
  notes: z.string(),
  archivedAt: instantSchema.nullable(),
  lastContactAt: instantSchema.nullable(),
  lastOutcome: z.enum(OUTCOMES).nullable(),
  /** Absent: follow the keep-in-touch defaults. */
  cadenceDays: z.union([cadenceDaysSchema, z.literal('off')]).optional(),
});

export const feedbackSchema = z.object({
  whyStay: z.string(),
  likes: z.string(),
  dislikes: z.string(),
  incognito: z.boolean(),
  criteria: z.partialRecord(z.enum(CRITERIA), z.enum(CRITERION_MARKS)),
});

export const conversationSchema = z.object({
  ...baseRecord,
  clientId: uuid,
  at: instantSchema,
  channel: z.enum(CHANNELS),
  direction: z.enum(DIRECTIONS),
  outcome: z.enum(OUTCOMES),
  summary: z.string(),
  notes: z.string(),
  private: z.boolean(),
  feedback: feedbackSchema,
});

export const planStepSchema = z.object({
  id: uuid,
  text: z.string(),
  owner: z.string(),
  due: calendarDateSchema.nullable(),
  done: z.boolean(),
});

export const disputeSchema = z.object({
  ...baseRecord,
  clientId: uuid,
  title: z.string().trim().min(1),
  openedOn: calendarDateSchema,
  rootCause: z.enum(ROOT_CAUSES),
  severity: z.enum(SEVERITIES),
  whatWentWrong: z.string(),
  resolution: z.string(),
  notes: z.string(),
  private: z.boolean(),
  status: z.enum(DISPUTE_STATUSES),
  statusHistory: z.array(z.object({ status: z.enum(DISPUTE_STATUSES), at: instantSchema })),
  conversationIds: z.array(uuid),
  plan: z.array(planStepSchema),
});

export const decisionSchema = z.object({
  ...baseRecord,
  clientId: uuid,
  conversationId: uuid.nullable(),
  disputeId: uuid.nullable(),
  decidedOn: calendarDateSchema,
  decision: z.string().trim().min(1),
  promised: z.string(),
  owner: z.string(),
  due: calendarDateSchema.nullable(),
  status: z.enum(DECISION_STATUSES),
  statusHistory: z.array(z.object({ status: z.enum(DECISION_STATUSES), at: instantSchema })),
  note: z.string(),
});

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

export const settingsSchema = z.object({
  language: z.enum(LANGUAGES).nullable(),
  theme: z.enum(THEMES),
  targetRatio: z.number().int().min(1).max(50),
  weekStartsOn: z.union([z.literal(0), z.literal(1)]),
  nudgesEnabled: z.boolean(),
  nudgeAfterDays: z.number().int().min(1).max(60),
  quietHoursStart: hhmm,
  quietHoursEnd: hhmm,
  lastNudgeOn: calendarDateSchema.nullable(),
  quickLogShortcut: z.string().min(1).max(100),
  backupFolder: z.string().min(1).nullable(),
  lastBackupAt: instantSchema.nullable(),
  summaryLanguage: z.enum(LANGUAGES).nullable(),
  keepInTouch: z.object({
    vipDays: cadenceDaysSchema.nullable(),
    tagDays: z.array(z.object({ tag: z.string().trim().min(1).max(100), days: cadenceDaysSchema })).max(200),
  }),
  dismissedOnThisDay: z.array(z.string().min(1).max(200)).max(2000),
  eraseDeletedAfterDays: z.number().int().min(1).max(365),
});

export const settingsPatchSchema = settingsSchema.partial();
