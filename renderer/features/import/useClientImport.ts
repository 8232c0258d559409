/** State of the import dialog: the file, separator or sheet, column mapping, plan and duplicate choices. */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { decodeText, type DecodedText } from '../../../shared/import/decode';
import { parseCsv, type CsvSplit } from '../../../shared/import/csv';
import { detectFileKind, type BinaryFormat } from '../../../shared/import/fileKind';
import { looksLikeVCard, parseVCards } from '../../../shared/import/vcard';
import {
  guessTableMapping,
  mapColumn as withColumn,
  type ColumnMapping,
  type ColumnTarget,
  type LayoutId,
} from '../../../shared/import/mapping';
import { nameOrderFor } from '../../../shared/import/names';
import {
  planImport,
  resolveImport,
  type DuplicateChoice,
  type ExistingClient,
  type NoteLabels,
  type PlannedRow,
} from '../../../shared/import/plan';
import type { ImportTable } from '../../../shared/import/table';
import { readWorkbook, sheetTable, type WorkbookSheet } from '../../../shared/import/xlsx';
import { loadClientsForImport } from '../../db/importClients';

export type DelimiterChoice = 'auto' | CsvSplit;

/** vCard TEL/EMAIL types with a word in the app's language (the others are shown as written). */
const PHONE_TYPES = ['cell', 'work', 'home', 'fax', 'pager', 'main', 'other', 'video'] as const;

export type FileContent =
  | { kind: 'text'; decoded: DecodedText; isVCard: boolean }
  | { kind: 'sheet'; sheets: WorkbookSheet[] }
  | { kind: 'binary'; format: BinaryFormat };

export interface LoadedFile {
  name: string;
  content: FileContent;
}

export function useClientImport() {
  const { t, i18n } = useTranslation('backup');
  const { t: tClients } = useTranslation('clients');
  const order = nameOrderFor(i18n.language);
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [isReading, setReading] = useState(false);
  const [readError, setReadError] = useState<string | null>(null);
  const [delimiter, setDelimiter] = useState<DelimiterChoice>('auto');
  const [sheetIndex, setSheetIndex] = useState(0);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [layout, setLayout] = useState<LayoutId | null>(null);
  const [existing, setExisting] = useState<ExistingClient[] | null>(null);
  const [globalChoice, setGlobalChoice] = useState<DuplicateChoice>('skip');
  const [rowChoices, setRowChoices] = useState<ReadonlyMap<number, DuplicateChoice>>(new Map());

  useEffect(() => {
    let live = true;
    void loadClientsForImport().then((clients) => live && setExisting(clients));
    return () => {
      live = false;
    };
  }, []);

  const typeLabels = useMemo(
    () => Object.fromEntries(PHONE_TYPES.map((type) => [type, t(`import.phoneTypes.${type}`)])),
    [t],
  );
  const noteLabels: NoteLabels = useMemo(
    // The words the client's page uses for these fields.
    () => ({
      phone: tClients('fields.phone'),
      email: tClients('fields.email'),
      department: t('import.field.department'),
    }),
    [t, tClients],
  );

  const table: ImportTable | null = useMemo(() => {
    if (!file) return null;
    const { content } = file;
    if (content.kind === 'binary') return null;
    if (content.kind === 'sheet') {
      const sheet = content.sheets[sheetIndex] ?? content.sheets[0];
      return sheet ? sheetTable(sheet) : { kind: 'sheet', headers: [], rows: [], delimiter: null };
    }
    return content.isVCard
      ? parseVCards(content.decoded.text, { nameOrder: order, typeLabels })
      : parseCsv(content.decoded.text, delimiter === 'auto' ? null : delimiter);
  }, [file, delimiter, sheetIndex, order, typeLabels]);

  // A new file, separator or sheet gives new headers: guess the mapping again.
  useEffect(() => {
    const guessed = table ? guessTableMapping(table, order) : null;
    setMapping(guessed?.mapping ?? null);
    setLayout(guessed?.layout ?? null);
    setRowChoices(new Map());
  }, [table, order]);

  const plan = useMemo(
    () => (table && mapping && existing ? planImport(table, mapping, existing, { noteLabels }) : null),
    [table, mapping, existing, noteLabels],
  );

  const choiceFor = useCallback(
    (row: PlannedRow) => rowChoices.get(row.line) ?? globalChoice,
    [rowChoices, globalChoice],
  );
  const resolved = useMemo(() => (plan ? resolveImport(plan, choiceFor) : null), [plan, choiceFor]);

  const loadBytes = useCallback(async (name: string, bytes: Uint8Array) => {
    setReadError(null);
    setDelimiter('auto');
    setSheetIndex(0);
    const kind = detectFileKind(bytes);
    if (kind.kind === 'binary') {
      setFile({ name, content: kind });
      return;
    }
    if (kind.kind === 'xlsx') {
      setFile(null);
      setReading(true);
      try {
        setFile({ name, content: { kind: 'sheet', sheets: await readWorkbook(bytes) } });
      } catch (e) {
        setReadError(e instanceof Error ? e.message : String(e));
      } finally {
        setReading(false);
      }
      return;
    }
    const decoded = decodeText(bytes);
    setFile({
      name,
      content: { kind: 'text', decoded, isVCard: name.toLowerCase().endsWith('.vcf') || looksLikeVCard(decoded.text) },
    });
  }, []);

  const mapColumn = useCallback((column: number, target: ColumnTarget | null) => {
    setMapping((current) => (current ? withColumn(current, column, target) : current));
  }, []);

  const chooseForRow = useCallback((line: number, choice: DuplicateChoice) => {
    setRowChoices((current) => new Map(current).set(line, choice));
  }, []);

  const chooseForAll = useCallback((choice: DuplicateChoice) => {
    setGlobalChoice(choice);
    setRowChoices(new Map());
  }, []);

  return {
    file,
    table,
    delimiter,
    setDelimiter,
    sheetIndex,
    setSheetIndex,
    mapping,
    layout,
    mapColumn,
    plan,
    resolved,
    globalChoice,
    chooseForAll,
    choiceFor,
    chooseForRow,
    loadBytes,
    isReading,
    readError,
    isReady: existing !== null,
  };
}
