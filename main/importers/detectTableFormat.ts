import type { SourceTable } from './sourceTable.ts';
import type { TableFormat } from './tableFormat.ts';
import { binanceOptions } from './formats/binanceOptions.ts';
import { binanceTradeHistory } from './formats/binanceTradeHistory.ts';
import { bybitPositions } from './formats/bybitPositions.ts';
import { bybitTransactionLog } from './formats/bybitTransactionLog.ts';
import { deribitTransactionLog } from './formats/deribitTransactionLog.ts';
import { exchangePositionFormats } from './formats/exchangePositions.ts';
import { genericCsv, osiCsv } from './formats/genericCsv.ts';
import { ibActivityCsv } from './formats/ibActivityCsv.ts';
import { okxPositions } from './formats/okxPositions.ts';
import { okxTradeHistory } from './formats/okxTradeHistory.ts';

/** Most specific first: the generic reader takes whatever no other format recognises. */
const tableFormats: TableFormat[] = [
  ibActivityCsv,
  deribitTransactionLog,
  bybitTransactionLog,
  bybitPositions,
  okxTradeHistory,
  okxPositions,
  binanceTradeHistory,
  binanceOptions,
  ...exchangePositionFormats,
  osiCsv,
  genericCsv,
];

/** The format of a table, recognised from its content (never from the file name), and its header row. */
export function detectTableFormat(table: SourceTable): { format: TableFormat; headerIndex: number } {
  for (const format of tableFormats) {
    const headerIndex = format.detect(table);
    if (headerIndex !== undefined) return { format, headerIndex };
  }
  return { format: genericCsv, headerIndex: 0 };
}
