import { useCallback, useEffect, useRef, useState } from 'react';
import type { InstrumentOverride } from '../../shared/importOptions.ts';
import type { ImportOutcome, ImportPreview } from '../../shared/importPreview.ts';
import type { ImportRequest } from '../../shared/importRequest.ts';
import type { Ambiguity, DateOrder, MappingProfile } from '../../shared/importResult.ts';
import { getApi } from '../api/getApi.ts';
import { readFileForImport, type ChosenFile } from './readFileForImport.ts';

/** Everything the user has decided about the chosen file; each change reads the file again. */
export interface WizardAnswers {
  overrides: Record<string, InstrumentOverride>;
  dateOrder?: DateOrder;
  mappingProfile?: MappingProfile;
  accountMapping: Record<string, string>;
  skipInvalid: boolean;
}

const noAnswers: WizardAnswers = { overrides: {}, accountMapping: {}, skipInvalid: false };

export interface ImportWizard {
  file: ChosenFile | null;
  answers: WizardAnswers;
  preview: ImportPreview | null;
  /** Every question asked about this file so far: an answered one is no longer in the preview, but stays on screen. */
  questions: Ambiguity[];
  /** The outcome of the last commit (cleared when another file is chosen). */
  committed: ImportOutcome | null;
  busy: boolean;
  failure: string | null;
  choose(file: File): void;
  answer(change: Partial<WizardAnswers>): void;
  /** Adds one remembered-on-commit answer for a raw symbol. */
  override(rawSymbol: string, override: InstrumentOverride): void;
  commit(): void;
}

/**
 * The import wizard's state: the chosen file, the user's answers, the preview of the last read
 * (a newer read supersedes an older one still in flight) and the commit.
 */
export function useImportWizard(): ImportWizard {
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [answers, setAnswers] = useState<WizardAnswers>(noAnswers);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [questions, setQuestions] = useState<Ambiguity[]>([]);
  const [committed, setCommitted] = useState<ImportOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const reads = useRef(0);

  const request = useCallback((chosen: ChosenFile, given: WizardAnswers): ImportRequest => {
    const { overrides, dateOrder, mappingProfile } = given;
    return {
      fileName: chosen.fileName,
      base64: chosen.base64,
      options: { overrides, ...(dateOrder ? { dateOrder } : {}), ...(mappingProfile ? { mappingProfile } : {}) },
      accountMapping: given.accountMapping,
      skipInvalid: given.skipInvalid,
    };
  }, []);

  useEffect(() => {
    if (!file) return;
    const read = ++reads.current;
    setBusy(true);
    getApi()
      .previewImport(request(file, answers))
      .then(
        (p) => {
          if (read !== reads.current) return;
          setPreview(p);
          setQuestions((asked) => [...asked, ...p.ambiguities.filter((a) => !asked.some((b) => questionKey(a) === questionKey(b)))]);
          setFailure(null);
        },
        (e: unknown) => read === reads.current && setFailure((e as Error).message),
      )
      .finally(() => read === reads.current && setBusy(false));
  }, [file, answers, request]);

  const choose = useCallback((chosen: File) => {
    setCommitted(null);
    setPreview(null);
    setQuestions([]);
    setFailure(null);
    readFileForImport(chosen).then(
      (read) => {
        setAnswers(noAnswers);
        setFile(read);
      },
      (e: unknown) => setFailure((e as Error).message),
    );
  }, []);

  const answer = useCallback((change: Partial<WizardAnswers>) => {
    setCommitted(null);
    setAnswers((current) => ({ ...current, ...change }));
  }, []);
  const override = useCallback((rawSymbol: string, given: InstrumentOverride) => {
    setCommitted(null);
    setAnswers((current) => ({ ...current, overrides: { ...current.overrides, [rawSymbol]: { ...current.overrides[rawSymbol], ...given } } }));
  }, []);

  const commit = useCallback(() => {
    if (!file) return;
    setBusy(true);
    getApi()
      .commitImport(request(file, answers))
      .then(
        (outcome) => {
          setCommitted(outcome);
          setFailure(outcome.written ? null : `Nothing was written: ${outcome.errors.length} row(s) in error`);
        },
        (e: unknown) => setFailure((e as Error).message),
      )
      .finally(() => setBusy(false));
  }, [file, answers, request]);

  return { file, answers, preview, questions, committed, busy, failure, choose, answer, override, commit };
}

function questionKey(a: Ambiguity): string {
  return a.kind === 'instrument' ? `${a.rawSymbol}\u0000${a.field}` : `\u0000${a.column}`;
}
