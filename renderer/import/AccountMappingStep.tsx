import { useState } from 'react';
import { formatMoney } from '../../shared/formatNumber.ts';
import type { PlannedAccount } from '../../shared/importPreview.ts';

const newAccount = '__new__';

/** File account → book account: an existing account, the file's own name (a new account), or a new name. */
export function AccountMappingStep({ planned, bookAccounts, replacesBook, onMap }: { planned: PlannedAccount[]; bookAccounts: string[]; replacesBook: boolean; onMap: (fileAccount: string, bookAccount: string) => void }) {
  if (planned.length === 0) return null;
  return (
    <section className="wizard-step" aria-labelledby="accounts-title">
      <h2 id="accounts-title">Accounts</h2>
      <p className="muted">
        {replacesBook
          ? 'A portfolio document replaces the whole book.'
          : "Each book account below gets exactly the file's positions; its previous positions are kept in the import history. Other accounts are untouched."}
      </p>
      <table className="accounts-table">
        <thead>
          <tr>
            <th>In the file</th>
            <th>Book account</th>
            <th className="num">Positions now</th>
            <th className="num">After import</th>
            <th className="num">Equity from the statement</th>
          </tr>
        </thead>
        <tbody>
          {planned.flatMap((account) =>
            (account.fileAccounts.length > 0 ? account.fileAccounts : ['']).map((fileAccount) => (
              <tr key={`${account.id}:${fileAccount}`} data-account={account.id}>
                <td>{fileAccount || <span className="muted">(not in the file)</span>}</td>
                <td>
                  {replacesBook || fileAccount === '' ? (
                    account.id
                  ) : (
                    <AccountTarget fileAccount={fileAccount} current={account.id} bookAccounts={bookAccounts} onMap={onMap} />
                  )}
                </td>
                <td className="num">{account.positionsBefore}</td>
                <td className="num">{account.positionsAfter}</td>
                <td className="num">{account.equity === null ? <span className="muted">—</span> : formatMoney(account.equity, account.currency)}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </section>
  );
}

function AccountTarget({ fileAccount, current, bookAccounts, onMap }: { fileAccount: string; current: string; bookAccounts: string[]; onMap: (fileAccount: string, bookAccount: string) => void }) {
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const options = [...new Set([current, fileAccount, ...bookAccounts])];
  if (naming) {
    return (
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim() === '') return;
          onMap(fileAccount, name.trim());
          setNaming(false);
        }}
      >
        <input aria-label={`New book account for ${fileAccount}`} value={name} onChange={(e) => setName(e.target.value)} autoFocus placeholder="new account id" />
        <button type="submit">Use</button>
        <button type="button" className="link" onClick={() => setNaming(false)}>
          cancel
        </button>
      </form>
    );
  }
  return (
    <select
      aria-label={`Book account for ${fileAccount}`}
      value={current}
      onChange={(e) => (e.target.value === newAccount ? setNaming(true) : onMap(fileAccount, e.target.value))}
    >
      {options.map((id) => (
        <option key={id} value={id}>
          {bookAccounts.includes(id) ? id : `${id} (new account)`}
        </option>
      ))}
      <option value={newAccount}>New account…</option>
    </select>
  );
}
