/** The history cannot support the requested figure (too few common dates, nothing in a window). */
export class VarHistoryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'VarHistoryError';
  }
}
