import type { ImportFormat } from '../../shared/importRequest.ts';

const labels: Record<ImportFormat | 'unknown', string> = {
  'ib-flex-xml': 'Interactive Brokers Flex Query (XML)',
  'ib-activity-csv': 'Interactive Brokers Activity Statement (CSV)',
  'deribit-positions-json': 'Deribit positions (JSON)',
  'deribit-transaction-log': 'Deribit transaction log (CSV)',
  'okx-positions': 'OKX positions',
  'okx-trade-history': 'OKX trade history (positions from fills)',
  'binance-options': 'Binance options positions',
  'binance-trade-history': 'Binance trade history (positions from fills)',
  'bybit-transaction-log': 'Bybit transaction log',
  'bybit-positions': 'Bybit positions',
  'cme-spanposconv': 'CME SpanPosConv',
  'cme-core': 'CME CORE upload',
  'eurex-etd': 'Eurex ETD positions',
  'osi-csv': 'OSI option symbols (CSV)',
  'generic-csv': 'Generic CSV / spreadsheet',
  'scanline-portfolio': 'Scanline portfolio document (replaces the whole book)',
  'price-history': 'Price history (daily closes)',
  'option-chain': 'Option chain (marks and vols)',
  unknown: 'Not recognised',
};

/** How the wizard names a detected format. */
export function formatLabel(format: ImportFormat | 'unknown'): string {
  return labels[format];
}
