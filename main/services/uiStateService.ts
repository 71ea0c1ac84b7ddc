import { ApiError, type ApiParsedRequest } from '../../shared/api.ts';
import { uiStateMaxKeys, type UiState } from '../../shared/uiState.ts';
import type { UiStateRepository } from '../store/uiStateRepository.ts';

/** Reads and writes the renderer's remembered state; `null` forgets a key, new keys are capped. */
export class UiStateService {
  readonly #repository: UiStateRepository;
  constructor(repository: UiStateRepository) {
    this.#repository = repository;
  }

  get(): UiState {
    return this.#repository.all();
  }

  set(request: ApiParsedRequest<'setUiState'>, now: string): { key: string } {
    if (request.value === null) this.#repository.delete(request.key);
    else {
      if (!this.#repository.has(request.key) && this.#repository.count() >= uiStateMaxKeys) {
        throw new ApiError('invalid-input', `setUiState: at most ${uiStateMaxKeys} keys are kept; "${request.key}" was not saved`);
      }
      this.#repository.set(request.key, request.value, now);
    }
    return { key: request.key };
  }
}
