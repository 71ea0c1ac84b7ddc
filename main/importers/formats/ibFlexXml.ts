import { XMLParser } from 'fast-xml-parser';
import type { ImportedAccount, ImportOptions } from '../../../shared/importResult.ts';
import { mergeLots, type DetailedRow } from '../mergeLots.ts';
import { emptyOutput, type ReaderOutput } from '../readerOutput.ts';
import { lineIndex } from '../text/lineIndex.ts';
import { parseDate } from '../text/parseDate.ts';
import { parseNumber } from '../text/parseNumber.ts';
import { resolveDateOrder } from '../text/resolveDateOrder.ts';
import { validateXml } from '../text/validateXml.ts';
import { ibInstrument } from './ibInstrument.ts';

type XmlNode = Record<string, unknown>;

const repeated = new Set(['FlexStatement', 'OpenPosition', 'SecurityInfo', 'EquitySummaryByReportDateInBase', 'ChangeInNAV', 'AccountInformation']);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
  captureMetaData: true,
  isArray: (name) => repeated.has(name),
});
const metaData = XMLParser.getMetaDataSymbol() as unknown as symbol;

/** Whether a text is an IB Flex Query statement. */
export function isIbFlexXml(text: string): boolean {
  return /^\s*</.test(text) && /<(FlexQueryResponse|FlexStatements?)\b/.test(text.slice(0, 4096));
}

/**
 * Reads an Interactive Brokers Flex Query XML statement: every `<OpenPosition>` of every
 * `<FlexStatement>`, SUMMARY rows (or the sum of the LOT rows where a position has no
 * SUMMARY), account equity from the equity summary (or ChangeInNAV's ending value). A file
 * with several daily statements of one account (a backfill) imports the latest; the earlier
 * ones are named in the warnings.
 */
export function readIbFlexXml(source: string, options: ImportOptions): ReaderOutput {
  const output = emptyOutput();
  const { text, warnings, error } = validateXml(source);
  output.warnings.push(...warnings);
  if (error) {
    output.errors.push(error);
    return output;
  }
  const lineOf = lineIndex(text);
  const lineOfNode = (node: XmlNode) => lineOf(((node as Record<symbol, unknown>)[metaData] as { startIndex?: number } | undefined)?.startIndex ?? 0);
  const root = parser.parse(text) as XmlNode;
  const response = (child(root, 'FlexQueryResponse') ?? root) as XmlNode;
  const statements = list(child(child(response, 'FlexStatements') ?? response, 'FlexStatement'));
  if (statements.length === 0) {
    output.errors.push({ line: 1, message: 'no <FlexStatement> in this Flex Query response (did the query fail or return nothing?)' });
    return output;
  }
  const latest = new Map<string, XmlNode>();
  for (const statement of statements) {
    const account = attr(statement, 'accountId');
    const known = latest.get(account);
    if (known === undefined || statementDate(statement) >= statementDate(known)) latest.set(account, statement);
  }
  for (const statement of statements) {
    if (latest.get(attr(statement, 'accountId')) === statement) continue;
    const positions = list(child(child(statement, 'OpenPositions'), 'OpenPosition'));
    output.warnings.push({
      line: lineOfNode(statement),
      message: `statement of ${attr(statement, 'accountId')} for ${statementDate(statement)} (${positions.length} positions) is superseded by the later one in this file and not imported`,
    });
  }
  // Flex queries can be set to write dates as MM/dd/yyyy or dd/MM/yyyy: settle the order from every expiry read.
  const expiries = [...latest.values()]
    .flatMap((statement) => [...list(child(child(statement, 'OpenPositions'), 'OpenPosition')), ...list(child(child(statement, 'SecuritiesInfo'), 'SecurityInfo'))])
    .map((node) => ({ line: lineOfNode(node), value: attr(node, 'expiry') }))
    .filter((cell) => cell.value !== '');
  const dateOrder = resolveDateOrder('expiry', expiries, options, 'mdy', output);
  const detailed: DetailedRow[] = [];
  for (const statement of latest.values()) {
    const date = statementDate(statement);
    if (date && (output.statementDate === undefined || date > output.statementDate)) output.statementDate = date;
    const referenceYear = date ? Number(date.slice(0, 4)) : undefined;
    output.accounts.push(accountOf(statement));
    const securities = new Map(list(child(child(statement, 'SecuritiesInfo'), 'SecurityInfo')).map((info) => [attr(info, 'conid'), info]));
    const positions = list(child(child(statement, 'OpenPositions'), 'OpenPosition'));
    const symbolOfConid = new Map([...securities.values(), ...positions].map((node) => [attr(node, 'conid'), attr(node, 'symbol')]));
    for (const position of positions) {
      const line = lineOfNode(position);
      const info = securities.get(attr(position, 'conid'));
      const field = (name: string) => attr(position, name) || (info ? attr(info, name) : '');
      const account = field('accountId') || attr(statement, 'accountId');
      const symbol = field('symbol');
      const quantity = parseNumber(field('position'));
      if (!symbol) {
        output.errors.push({ line, field: 'symbol', message: 'position without a symbol' });
        continue;
      }
      if (quantity === undefined) {
        output.errors.push({ line, field: 'position', message: `${symbol}: position "${field('position')}" is not a number` });
        continue;
      }
      const optional = (name: string) => parseNumber(field(name));
      const expiryText = field('expiry');
      const read = ibInstrument({
        category: field('assetCategory').toUpperCase(),
        symbol,
        description: field('description'),
        subCategory: field('subCategory'),
        currency: field('currency'),
        multiplier: optional('multiplier'),
        strike: optional('strike'),
        expiry: expiryText ? parseDate(expiryText, dateOrder) : undefined,
        putCall: field('putCall').toUpperCase(),
        underlyingSymbol: field('underlyingSymbol'),
        underlyingFuture: symbolOfConid.get(field('underlyingConid')),
        price: optional('markPrice'),
        referenceYear,
      });
      if ('message' in read) {
        output.errors.push({ line, field: read.field, message: read.message });
        continue;
      }
      if (expiryText && read.reading.instrument.expiry === undefined) {
        output.errors.push({ line, field: 'expiry', message: `${symbol}: expiry "${expiryText}" is not a date` });
        continue;
      }
      const ids: Record<string, string> = {};
      for (const name of ['conid', 'isin', 'cusip', 'figi', 'securityID', 'underlyingConid']) if (field(name)) ids[name] = field(name);
      detailed.push({
        row: { line, account, quantity, rawSymbol: symbol, description: field('description') || undefined, ids, ...read.reading },
        detail: field('levelOfDetail').toUpperCase() === 'LOT' ? 'lot' : 'summary',
        key: `${account}\u0000${field('conid') || read.reading.instrument.id}`,
      });
    }
  }
  for (const row of mergeLots(detailed, output.warnings)) {
    if (row.quantity === 0) output.warnings.push({ line: row.line, message: `${row.rawSymbol}: position is 0 (flat); not imported` });
    else output.rows.push(row);
  }
  return output;
}

function accountOf(statement: XmlNode): ImportedAccount {
  const id = attr(statement, 'accountId');
  const information = list(child(statement, 'AccountInformation'))[0];
  const summaries = list(child(child(statement, 'EquitySummaryInBase'), 'EquitySummaryByReportDateInBase'));
  const summary = summaries.sort((a, b) => dateOf(attr(a, 'reportDate')).localeCompare(dateOf(attr(b, 'reportDate')))).at(-1);
  const nav = list(child(statement, 'ChangeInNAV')).at(-1);
  const equity = (summary ? parseNumber(attr(summary, 'total')) : undefined) ?? (nav ? parseNumber(attr(nav, 'endingValue')) : undefined);
  const currency = (information && attr(information, 'currency')) || (summary && attr(summary, 'currency')) || (nav && attr(nav, 'currency')) || undefined;
  return { id, ...(equity === undefined ? {} : { equity }), ...(currency ? { currency } : {}) };
}

function statementDate(statement: XmlNode): string {
  return dateOf(attr(statement, 'toDate') || attr(statement, 'whenGenerated'));
}

function dateOf(text: string): string {
  return (text && parseDate(text, 'mdy')) || '';
}

function child(node: unknown, name: string): unknown {
  return node !== null && typeof node === 'object' ? (node as XmlNode)[name] : undefined;
}

function list(value: unknown): XmlNode[] {
  if (Array.isArray(value)) return value.filter((item): item is XmlNode => item !== null && typeof item === 'object');
  return value !== null && typeof value === 'object' ? [value as XmlNode] : [];
}

function attr(node: XmlNode, name: string): string {
  const value = node[name];
  return typeof value === 'string' ? value.trim() : '';
}
