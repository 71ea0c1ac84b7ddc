import type { BrokerFormat, ImportOptions } from '../../shared/importResult.ts';
import type { ReaderOutput } from './readerOutput.ts';
import type { SourceTable } from './sourceTable.ts';

/** A CSV-shaped format (also read from spreadsheets): how to recognise it and how to read it. */
export interface TableFormat {
  format: BrokerFormat;
  /** Index into `table.rows` of the header row when the table is in this format. */
  detect(table: SourceTable): number | undefined;
  read(table: SourceTable, headerIndex: number, options: ImportOptions): ReaderOutput;
}
