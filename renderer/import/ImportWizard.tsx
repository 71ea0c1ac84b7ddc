import { useMemo } from 'react';
import { getApi } from '../api/getApi.ts';
import { useApiData } from '../api/useApiData.ts';
import { AccountMappingStep } from './AccountMappingStep.tsx';
import { AmbiguityStep } from './AmbiguityStep.tsx';
import { ColumnMappingStep } from './ColumnMappingStep.tsx';
import { CommitBar } from './CommitBar.tsx';
import { FileStep } from './FileStep.tsx';
import { PreviewGrid } from './PreviewGrid.tsx';
import { previewGridRows } from './previewGridRows.ts';
import { RowErrorList } from './RowErrorList.tsx';
import { SeriesTable } from './SeriesTable.tsx';
import { useImportWizard } from './useImportWizard.ts';
import './importWizard.css';

const bookEvents = ['bookChanged'] as const;
const noEvents = [] as const;

/**
 * The import wizard: choose a file → see what it was recognised as → map its columns (generic
 * CSV) → answer what it leaves open → map its accounts → check every row in the preview, fix
 * or skip the rows in error → commit. Nothing is written before the commit.
 */
export function ImportWizard() {
  const wizard = useImportWizard();
  const { preview, answers } = wizard;
  const book = useApiData(() => getApi().getBook({}), bookEvents);
  const profiles = useApiData(() => getApi().listMappingProfiles({}), noEvents);
  const rows = useMemo(() => (preview ? previewGridRows(preview) : []), [preview]);
  const bookAccounts = useMemo(() => book.data?.accounts.map((a) => a.id) ?? [], [book.data]);

  return (
    <div className="import-wizard">
      <FileStep file={wizard.file} preview={preview} busy={wizard.busy} onChoose={wizard.choose} />
      {wizard.failure && (
        <p role="alert" className="error">
          {wizard.failure}
        </p>
      )}
      {preview && (
        <>
          {preview.mappingRequest && (
            <ColumnMappingStep
              key={preview.mappingRequest.columns.join('\u0000')}
              request={preview.mappingRequest}
              saved={profiles.data ?? []}
              onApply={(profile, save) => {
                const read = () => wizard.answer({ mappingProfile: profile });
                if (!save) return read();
                getApi()
                  .saveMappingProfile(profile)
                  .then(() => {
                    profiles.reload();
                    read();
                  }, read);
              }}
            />
          )}
          {preview.mappingProfile && !preview.mappingRequest && (
            <p className="muted" data-testid="mapping-profile">
              Columns read with the mapping profile “{preview.mappingProfile.name}”.
            </p>
          )}
          <AmbiguityStep
            questions={wizard.questions}
            overrides={answers.overrides}
            dateOrder={answers.dateOrder}
            remembered={preview.rememberedOverrides}
            onOverride={wizard.override}
            onDateOrder={(dateOrder) => wizard.answer({ dateOrder })}
            onForget={(rawSymbol) => {
              void getApi()
                .saveInstrumentOverride({ rawSymbol, override: null })
                .then(() => wizard.answer({}));
            }}
          />
          <AccountMappingStep
            planned={preview.accounts}
            bookAccounts={bookAccounts}
            replacesBook={preview.kind === 'portfolio'}
            onMap={(fileAccount, bookAccount) => wizard.answer({ accountMapping: { ...answers.accountMapping, [fileAccount]: bookAccount } })}
          />
          {preview.underlyingsCreated.length > 0 && (
            <p className="muted" data-testid="underlyings-created">
              Underlyings the rows refer to and the book lacks, created by the import: {preview.underlyingsCreated.join(', ')}.
            </p>
          )}
          <RowErrorList errorRows={preview.errorRows} warnings={preview.warnings} onFix={wizard.override} />
          <CommitBar preview={preview} skipInvalid={answers.skipInvalid} busy={wizard.busy} committed={wizard.committed} onSkipInvalid={(skipInvalid) => wizard.answer({ skipInvalid })} onCommit={wizard.commit} />
          {preview.kind === 'prices' ? <SeriesTable series={preview.series} /> : <PreviewGrid rows={rows} kind={preview.kind} />}
        </>
      )}
    </div>
  );
}
