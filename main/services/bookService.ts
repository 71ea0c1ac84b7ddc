import { ApiError, type ApiParsedRequest, type ImportSummary, type PositionChangesOutcome } from '../../shared/api.ts';
import type { AccountRow, BookView, PositionRow } from '../../shared/bookView.ts';
import { readPortfolioDocument } from '../../shared/portfolioDocument.ts';
import { InputError } from '../../shared/validationError.ts';
import { bumpBookVersion, readBookVersion, readMeta } from '../store/bookVersion.ts';
import type { Store } from '../store/openStore.ts';
import type { EventHub } from './eventHub.ts';
import { replaceBook } from './replaceBook.ts';
import { applyPositionChanges } from './applyPositionChanges.ts';

/** The book's use-cases: read it, edit a cell, replace it from a portfolio document. */
export class BookService {
  readonly #store: Store;
  readonly #events: EventHub;
  constructor(store: Store, events: EventHub) {
    this.#store = store;
    this.#events = events;
  }

  getBook(): BookView {
    const s = this.#store;
    return s.transaction(() => ({
      asOf: readMeta(s.db, 'as_of') ?? '',
      baseCurrency: readMeta(s.db, 'base_currency') ?? 'USD',
      version: readBookVersion(s.db),
      accounts: s.accounts.list(),
      positions: s.positions.list(),
    }));
  }

  /** Sets a position's quantity or its instrument's price; one transaction with the version bump. */
  updatePosition(request: ApiParsedRequest<'updatePosition'>): PositionRow {
    if (request.field === 'vol') return this.applyPositionChanges({ changes: [{ op: 'change', ...request }] }).positions[0]!;
    const s = this.#store;
    const { row, version } = s.transaction(() => {
      const before = s.positions.get(request.positionId);
      if (!before) throw new ApiError('not-found', `position ${request.positionId} is not in the book`);
      if (request.field === 'quantity') s.positions.setQuantity(before.id, request.value);
      else {
        if (before.kind === 'option' && request.value < 0) throw new ApiError('invalid-input', `price: an option price cannot be negative (${request.value})`);
        s.instruments.setPrice(before.instrument, request.value);
      }
      return { row: s.positions.get(before.id)!, version: bumpBookVersion(s.db) };
    });
    this.#events.emit('bookChanged', { version });
    return row;
  }

  /** Applies a batch (a paste, a what-if commit) as one write; any refused change refuses them all. */
  applyPositionChanges(request: ApiParsedRequest<'applyPositionChanges'>): PositionChangesOutcome {
    const outcome = applyPositionChanges(this.#store, request.changes);
    this.#events.emit('bookChanged', { version: outcome.version });
    return outcome;
  }

  addPosition(request: ApiParsedRequest<'addPosition'>): PositionRow {
    return this.applyPositionChanges({ changes: [{ op: 'add', ...request }] }).positions[0]!;
  }

  deletePosition(request: ApiParsedRequest<'deletePosition'>): { positionId: number; version: number } {
    return { positionId: request.positionId, version: this.applyPositionChanges({ changes: [{ op: 'remove', positionId: request.positionId }] }).version };
  }

  /** Assigns the method an account is margined by; its figure follows on the next run. */
  setAccountMarginMethod(request: ApiParsedRequest<'setAccountMarginMethod'>): AccountRow {
    const s = this.#store;
    const { row, version } = s.transaction(() => {
      if (!s.accounts.setMarginMethod(request.account, request.method)) throw new ApiError('not-found', `account "${request.account}" is not in the book`);
      return { row: s.accounts.list().find((a) => a.id === request.account)!, version: bumpBookVersion(s.db) };
    });
    this.#events.emit('bookChanged', { version });
    return row;
  }

  /** Replaces the book with a portfolio document; a document with any error changes nothing. */
  importPortfolio(request: ApiParsedRequest<'importPortfolio'>): ImportSummary {
    let doc;
    try {
      doc = readPortfolioDocument(request.text, request.fileName);
    } catch (error) {
      if (error instanceof InputError) throw new ApiError('invalid-input', error.message);
      throw error;
    }
    const version = replaceBook(this.#store, doc);
    this.#events.emit('bookChanged', { version });
    return { accounts: doc.accounts.map((a) => a.id), positions: doc.positions.length, instruments: doc.instruments.length, bookVersion: version };
  }
}
