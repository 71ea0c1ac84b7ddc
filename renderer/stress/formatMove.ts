/** A relative move as a signed percentage: −0.3 → "−30%", 0.05 → "+5%", 0 → "0%". */
export function formatMove(move: number): string {
  const percent = Math.round(move * 1000) / 10;
  return percent === 0 ? '0%' : `${percent > 0 ? '+' : '−'}${Math.abs(percent)}%`;
}
