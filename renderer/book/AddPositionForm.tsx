import { useState, type FormEvent } from 'react';
import { parseNumberInput } from '../../shared/parseNumberInput.ts';

interface Props {
  accounts: readonly string[];
  instruments: readonly string[];
  onAdd: (account: string, instrument: string, quantity: number) => void;
  onRefused: (message: string) => void;
}

/** Adds a position: account, an instrument of the book (suggested as you type) and a quantity. */
export function AddPositionForm({ accounts, instruments, onAdd, onRefused }: Props) {
  const [account, setAccount] = useState(accounts[0] ?? '');
  const [instrument, setInstrument] = useState('');
  const [quantity, setQuantity] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = parseNumberInput(quantity, 'Quantity');
    if (!parsed.ok) return onRefused(`Add refused: ${parsed.message}`);
    if (instrument.trim() === '') return onRefused('Add refused: an instrument is required');
    onAdd(account, instrument.trim(), parsed.value);
    setInstrument('');
    setQuantity('');
  };
  return (
    <form className="add-position" onSubmit={submit} aria-label="Add a position">
      <select aria-label="Account of the new position" value={account} onChange={(e) => setAccount(e.target.value)}>
        {accounts.map((a) => (
          <option key={a}>{a}</option>
        ))}
      </select>
      <input aria-label="Instrument of the new position" list="book-instruments" placeholder="Instrument" value={instrument} onChange={(e) => setInstrument(e.target.value)} />
      <datalist id="book-instruments">
        {instruments.map((i) => (
          <option key={i} value={i} />
        ))}
      </datalist>
      <input aria-label="Quantity of the new position" placeholder="Quantity" size={8} value={quantity} onChange={(e) => setQuantity(e.target.value)} />
      <button type="submit">Add</button>
    </form>
  );
}
