/** State of the import dialog: the file, separator, column mapping, plan and duplicate choices. */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { decodeText, type DecodedText } from '../../../shared/import/decode';
import { parseCsv, type CsvDelimiter } from '../../../shared/import/csv';
import { looksLikeVCard, parseVCards } from '../../../shared/import/vcard';
import { guessMapping, type ColumnMapping, type ImportField } from '../../../shared/import/mapping';
import {
  planImport,
  resolveImport,
  type DuplicateChoice,
  type ExistingClient,
  type PlannedRow,
} from '../../../shared/import/plan';
import type { ImportTable } from '../../../shared/import/table';
import { loadClientsForImport } from '../../db/importClients';

export type DelimiterChoice = 'auto' | CsvDelimiter;

export interface LoadedFile {
  name: string;
  decoded: DecodedText;
  isVCard: boolean;
}

export function useClientImport() {
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [delimiter, setDelimiter] = useState<DelimiterChoice>('auto');
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
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

  const table: ImportTable | null = useMemo(() => {
    if (!file) return null;
    return file.isVCard
      ? parseVCards(file.decoded.text)
      : parseCsv(file.decoded.text, delimiter === 'auto' ? null : delimiter);
  }, [file, delimiter]);

  // A new file or separator gives new headers: guess the mapping again.
  useEffect(() => {
    setMapping(table ? guessMapping(table.headers) : null);
    setRowChoices(new Map());
  }, [table]);

  const plan = useMemo(
    () => (table && mapping && existing ? planImport(table, mapping, existing) : null),
    [table, mapping, existing],
  );

  const choiceFor = useCallback(
    (row: PlannedRow) => rowChoices.get(row.line) ?? globalChoice,
    [rowChoices, globalChoice],
  );
  const resolved = useMemo(() => (plan ? resolveImport(plan, choiceFor) : null), [plan, choiceFor]);

  const loadBytes = useCallback((name: string, bytes: Uint8Array) => {
    const decoded = decodeText(bytes);
    setFile({ name, decoded, isVCard: name.toLowerCase().endsWith('.vcf') || looksLikeVCard(decoded.text) });
    setDelimiter('auto');
  }, []);

  const mapColumn = useCallback((column: number, field: ImportField | null) => {
    setMapping((current) => {
      if (!current) return current;
      const next = { ...current };
      for (const key of Object.keys(next) as ImportField[]) if (next[key] === column) next[key] = null;
      if (field) next[field] = column;
      return next;
    });
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
    mapping,
    mapColumn,
    plan,
    resolved,
    globalChoice,
    chooseForAll,
    choiceFor,
    chooseForRow,
    loadBytes,
    isReady: existing !== null,
  };
}
