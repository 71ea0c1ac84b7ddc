import { ApiError, type ApiParsedRequest } from '../../shared/api.ts';
import type { VersionedEntry } from '../../shared/libraryView.ts';
import type { ScenarioComparison } from '../../shared/scenarioComparison.ts';
import type { ScenarioSet } from '../../shared/scenarioSet.ts';
import { validateScenarioSet } from '../../shared/validateScenarioSet.ts';
import type { InputIssue } from '../../shared/validationError.ts';
import type { Store } from '../store/openStore.ts';
import type { StressComparisonJobPayload } from '../worker/computeStressComparison.ts';
import type { WorkerHost } from '../worker/workerHost.ts';
import type { EventHub } from './eventHub.ts';

type SetRef = { id: string; version?: number | undefined };

/**
 * The scenario library's use-cases: save (always a new version), duplicate, soft-delete (every
 * version stays readable; lists hide the set), version history, import from a
 * `scanline.scenarios/1` file, and the comparison of two sets on one book version in the
 * worker. Every change publishes `scenariosChanged` so open views refresh by themselves.
 */
export class ScenarioLibrary {
  readonly #store: Store;
  readonly #host: WorkerHost;
  readonly #events: EventHub;
  readonly #now: () => Date;

  constructor(store: Store, host: WorkerHost, events: EventHub, now: () => Date = () => new Date()) {
    this.#store = store;
    this.#host = host;
    this.#events = events;
    this.#now = now;
  }

  /** Validates and saves `document` as the next version of its id; `baseVersion` guards against overwriting a newer save. */
  save(document: unknown, baseVersion?: number): VersionedEntry {
    return this.#saveChecked(checked('document', document), baseVersion);
  }

  /** Reads a scenario-set file and saves it as the next version of its id. */
  importFile(fileName: string, text: string): VersionedEntry {
    let value: unknown;
    try {
      value = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      throw new ApiError('invalid-input', `${fileName}: not a JSON document (${(error as Error).message})`);
    }
    return this.#saveChecked(checked(fileName, value));
  }

  /** Copies a set (its latest or a given version) under a new id as that id's version 1. */
  duplicate(request: ApiParsedRequest<'duplicateScenarioSet'>): VersionedEntry {
    const source = this.get(request);
    const document = { ...(source.document as ScenarioSet), id: request.newId, name: request.name };
    return this.#saveChecked(checked('document', document), 0);
  }

  /** Soft delete: every version is kept (history, comparisons, old runs); lists no longer show the set. */
  delete(id: string): { id: string; versions: number } {
    const latest = this.get({ id });
    const versions = this.#store.scenarioSets.softDelete(id);
    this.#events.emit('scenariosChanged', { id, version: latest.version, deleted: true });
    return { id, versions };
  }

  /** Every version of a set, newest first, including those of a deleted set. */
  versions(id: string): VersionedEntry[] {
    const all = this.#store.scenarioSets.versions(id);
    if (all.length === 0) throw new ApiError('not-found', `scenario set "${id}" is not in the library`);
    return all;
  }

  /** One version (the latest live one without `version`); what export writes to a file. */
  get(ref: SetRef): VersionedEntry {
    const entry = this.#store.scenarioSets.get(ref.id, ref.version);
    if (!entry) throw new ApiError('not-found', `scenario set "${ref.id}"${ref.version === undefined ? '' : ` v${ref.version}`} is not in the library`);
    return entry;
  }

  /** Both sets on one book snapshot in the worker; P&L per scenario (matched by id) and account, right − left. */
  async compare(left: SetRef, right: SetRef): Promise<ScenarioComparison> {
    const resolve = (ref: SetRef) => ({ scenarioSetId: ref.id, version: this.get(ref).version });
    const payload: StressComparisonJobPayload = { left: resolve(left), right: resolve(right) };
    return this.#host.run<ScenarioComparison>('compareStress', payload);
  }

  #saveChecked(document: ScenarioSet, baseVersion?: number): VersionedEntry {
    const repo = this.#store.scenarioSets;
    const entry = this.#store.transaction(() => {
      const history = repo.versions(document.id);
      const live = repo.get(document.id);
      if (baseVersion === 0 && history.length > 0) {
        throw new ApiError('invalid-input', `id: scenario set "${document.id}" already exists${live ? '' : ' (deleted; its versions keep the id)'}; choose another id`);
      }
      if (baseVersion !== undefined && baseVersion > 0) {
        if (!live) throw new ApiError('not-found', `scenario set "${document.id}" was deleted; save it under another id`);
        if (live.version !== baseVersion) throw new ApiError('invalid-input', `scenario set "${document.id}" was saved as v${live.version} after v${baseVersion} was opened; reopen it and edit again`);
      }
      return repo.save({ id: document.id, kind: 'scenarios', name: document.name, effectiveDate: null, document }, this.#now().toISOString());
    });
    this.#events.emit('scenariosChanged', { id: entry.id, version: entry.version, deleted: false });
    return entry;
  }
}

function checked(source: string, value: unknown): ScenarioSet {
  const result = validateScenarioSet(value);
  if (!result.ok) throw new ApiError('invalid-input', `${source}: ${describe(result.issues)}`);
  return result.value;
}

const describe = (issues: InputIssue[]) => issues.map((i) => `${i.path}: ${i.message}`).join('; ');
