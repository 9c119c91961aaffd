// The XLSForm expression subset used by `relevant` ("show only if") and `constraint`:
//   ${field} or . (the answer itself), numbers, 'text' or "text";
//   comparisons = != > >= < <=; selected(${field}, 'value'); not(…); and, or; parentheses.
// An unanswered field reads as ''. Two numbers compare as numbers, anything else as text.
// Pure; runs on server (validation) and client (the field app shows and checks with the same rules).

export type Operand = { k: 'ref'; name: string } | { k: 'self' } | { k: 'lit'; v: string | number };
export type CompareOp = '=' | '!=' | '>' | '>=' | '<' | '<=';
export type Expr =
  | { k: 'or' | 'and'; a: Expr; b: Expr }
  | { k: 'not'; a: Expr }
  | { k: 'cmp'; op: CompareOp; a: Operand; b: Operand }
  | { k: 'selected'; of: Operand; value: string }
  | { k: 'value'; a: Operand };

/** An answer as the validator holds it. */
export type AnswerValue = string | number | boolean | string[] | { lat: number; lon: number } | undefined;

export type Compiled = { ok: true; expr: Expr; refs: string[] } | { ok: false; message: string };

const TOKEN =
  /\s*(\$\{[A-Za-z_][\w.-]*\}|\d+(?:\.\d+)?|'[^']*'|"[^"]*"|!=|>=|<=|=|>|<|\(|\)|,|\.|[A-Za-z_-]+)/y;

function tokenize(src: string): string[] | string {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  let at = 0;
  while (at < src.length) {
    if (/^\s*$/.test(src.slice(at))) break;
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(src);
    if (!m?.[1]) return `cannot read "${src.slice(at).trim().slice(0, 20)}"`;
    tokens.push(m[1]);
    at = TOKEN.lastIndex;
  }
  return tokens;
}

const COMPARE = new Set(['=', '!=', '>', '>=', '<', '<=']);

/** Parses an expression; `refs` lists the fields it reads (for "defined earlier" checks). */
export function compileExpr(src: string): Compiled {
  const tokens = tokenize(src);
  if (typeof tokens === 'string') return { ok: false, message: tokens };
  if (tokens.length === 0) return { ok: false, message: 'empty expression' };
  const refs = new Set<string>();
  let i = 0;
  const peek = () => tokens[i];
  const expect = (t: string) => {
    if (tokens[i] !== t) throw new Error(`expected "${t}" but found "${tokens[i] ?? 'end'}"`);
    i++;
  };
  const operand = (): Operand => {
    const t = tokens[i++];
    if (t === undefined) throw new Error('expression ends too early');
    if (t.startsWith('${')) {
      const name = t.slice(2, -1);
      refs.add(name);
      return { k: 'ref', name };
    }
    if (t === '.') return { k: 'self' };
    if (/^\d/.test(t)) return { k: 'lit', v: Number(t) };
    if (t.startsWith("'") || t.startsWith('"')) return { k: 'lit', v: t.slice(1, -1) };
    throw new Error(`unexpected "${t}"`);
  };
  const primary = (): Expr => {
    const t = peek();
    if (t === '(') {
      i++;
      const e = or();
      expect(')');
      return e;
    }
    if (t === 'not') {
      i++;
      expect('(');
      const e = or();
      expect(')');
      return { k: 'not', a: e };
    }
    if (t === 'selected') {
      i++;
      expect('(');
      const of = operand();
      expect(',');
      const v = operand();
      expect(')');
      if (v.k !== 'lit') throw new Error('selected() needs a quoted choice as its second argument');
      return { k: 'selected', of, value: String(v.v) };
    }
    const a = operand();
    const op = peek();
    if (op !== undefined && COMPARE.has(op)) {
      i++;
      return { k: 'cmp', op: op as CompareOp, a, b: operand() };
    }
    return { k: 'value', a };
  };
  const and = (): Expr => {
    let e = primary();
    while (peek() === 'and') {
      i++;
      e = { k: 'and', a: e, b: primary() };
    }
    return e;
  };
  const or = (): Expr => {
    let e = and();
    while (peek() === 'or') {
      i++;
      e = { k: 'or', a: e, b: and() };
    }
    return e;
  };
  try {
    const expr = or();
    if (i < tokens.length) throw new Error(`unexpected "${tokens[i]}"`);
    return { ok: true, expr, refs: [...refs] };
  } catch (e) {
    return { ok: false, message: (e as Error).message };
  }
}

function read(o: Operand, answers: Readonly<Record<string, AnswerValue>>, self: AnswerValue): AnswerValue {
  if (o.k === 'lit') return o.v;
  return o.k === 'self' ? self : answers[o.name];
}

/** A scalar for comparison: numbers stay numbers, booleans read 'yes'/'no', lists join by spaces. */
function scalar(v: AnswerValue): string | number {
  if (v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (Array.isArray(v)) return v.join(' ');
  if (typeof v === 'object') return `${v.lat} ${v.lon}`;
  return v;
}

function compare(op: CompareOp, x: string | number, y: string | number): boolean {
  const nx = typeof x === 'number' ? x : x.trim() !== '' ? Number(x) : Number.NaN;
  const ny = typeof y === 'number' ? y : y.trim() !== '' ? Number(y) : Number.NaN;
  const numeric = !Number.isNaN(nx) && !Number.isNaN(ny);
  const [a, b] = numeric ? [nx, ny] : [String(x), String(y)];
  switch (op) {
    case '=':
      return a === b;
    case '!=':
      return a !== b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
    case '<':
      return a < b;
    case '<=':
      return a <= b;
  }
}

/** Evaluates against the answers so far; `self` is the value `.` stands for. */
export function evalExpr(
  e: Expr,
  answers: Readonly<Record<string, AnswerValue>>,
  self?: AnswerValue,
): boolean {
  switch (e.k) {
    case 'or':
      return evalExpr(e.a, answers, self) || evalExpr(e.b, answers, self);
    case 'and':
      return evalExpr(e.a, answers, self) && evalExpr(e.b, answers, self);
    case 'not':
      return !evalExpr(e.a, answers, self);
    case 'cmp':
      return compare(e.op, scalar(read(e.a, answers, self)), scalar(read(e.b, answers, self)));
    case 'selected': {
      const v = read(e.of, answers, self);
      return Array.isArray(v) ? v.includes(e.value) : scalar(v) === e.value;
    }
    case 'value': {
      const v = scalar(read(e.a, answers, self));
      return v !== '' && v !== 0 && v !== 'no';
    }
  }
}
