/**
 * The 1-based line on which each element of the arrays at a nesting depth begins (depth 1:
 * the elements of a top-level array; depth 2: those of an array inside a top-level object),
 * so rows read with `JSON.parse` can still be reported by line.
 */
export function jsonElementLines(text: string, depth: number): number[] {
  const lines: number[] = [];
  const containers: string[] = [];
  let line = 1;
  let expecting = false;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? '';
    if (char === '\n') line++;
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
      continue;
    }
    if (/\s/.test(char)) continue;
    if (expecting && char !== ']') {
      lines.push(line);
      expecting = false;
    }
    if (char === '"') inString = true;
    else if (char === '{' || char === '[') {
      containers.push(char);
      expecting = char === '[' && containers.length === depth;
    } else if (char === '}' || char === ']') containers.pop();
    else if (char === ',') expecting = containers.length === depth && containers.at(-1) === '[';
  }
  return lines;
}

/**
 * The line a `JSON.parse` error points at. V8 names the line, or a position, or (for an
 * unexpected token) quotes the text around it, `...` marking a cut: `Unexpected token '}',
 * ...", "size": }" is not valid JSON`; the quoted text is then found in the text.
 */
export function jsonErrorLine(text: string, message: string): number {
  const lineAt = (offset: number) => text.slice(0, offset).split('\n').length;
  const named = /line (\d+)/.exec(message);
  if (named) return Number(named[1]);
  const position = /position (\d+)/.exec(message);
  if (position) return lineAt(Number(position[1]));
  if (/Unexpected end of JSON input/.test(message)) return lineAt(text.length);
  const quoted = /Unexpected token '(.+?)', (\.\.\.)?"([\s\S]*)"(?:\.\.\.)? is not valid JSON$/.exec(message);
  if (!quoted) return 1;
  const [, token = '', left, context = ''] = quoted;
  const at = text.indexOf(context);
  if (at < 0) return 1;
  const within = context.indexOf(token, left === '...' ? 9 : 0);
  return lineAt(at + Math.max(0, within));
}
