/** One non-empty row of a delimited file or spreadsheet, with the 1-based line it starts on. */
export interface TableRow {
  line: number;
  cells: string[];
}

/** A file read as rows of cells: what every CSV-shaped format reader works on. */
export interface SourceTable {
  rows: TableRow[];
  /** The field delimiter (`,` `;` tab `|`); absent for spreadsheets. */
  delimiter?: string;
}
