/** Turns a backup validation problem into a sentence in the UI language. */
import type { TFunction } from 'i18next';
import type { BackupProblem, FieldIssue } from '../../../shared/backup/parse';

function issueText(t: TFunction<'backup'>, issue: FieldIssue): string {
  switch (issue.kind) {
    case 'type':
      return t('issue.type', { expected: issue.expected });
    case 'format':
      return t('issue.format', { format: issue.format });
    default:
      return t(`issue.${issue.kind}`);
  }
}

export function describeProblem(t: TFunction<'backup'>, problem: BackupProblem): string {
  switch (problem.code) {
    case 'empty':
    case 'notJson':
    case 'truncated':
    case 'notBackup':
    case 'checksumMismatch':
      return t(`problem.${problem.code}`);
    case 'futureFormat':
      return t('problem.futureFormat', { version: problem.formatVersion });
    case 'futureSchema':
    case 'noMigration':
      return t(`problem.${problem.code}`, { version: problem.schemaVersion });
    case 'badHeader':
    case 'badSettings':
      return t(`problem.${problem.code}`, { field: problem.field, issue: issueText(t, problem.issue) });
    case 'missingTable':
      return t('problem.missingTable', { table: t(`table.${problem.table}`) });
    case 'duplicateId':
      return t('problem.duplicateId', {
        table: t(`table.${problem.table}`),
        number: problem.index + 1,
        id: problem.id,
        first: problem.firstIndex + 1,
      });
    case 'idInTwoTables':
      return t('problem.idInTwoTables', {
        table: t(`table.${problem.table}`),
        number: problem.index + 1,
        id: problem.id,
        firstTable: t(`table.${problem.firstTable}`),
        first: problem.firstIndex + 1,
      });
    case 'invalidRecord':
      return t(problem.id ? 'problem.invalidRecord' : 'problem.invalidRecordNoId', {
        table: t(`table.${problem.table}`),
        number: problem.index + 1,
        id: problem.id ?? '',
        field: problem.field,
        issue: issueText(t, problem.issue),
      });
    case 'countMismatch':
      return t('problem.countMismatch', {
        table: t(`table.${problem.table}`),
        expected: problem.expected,
        actual: problem.actual,
      });
  }
}
