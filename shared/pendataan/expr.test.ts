// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm expressions write fields as ${name}.
import { describe, expect, it } from 'vitest';
import { compileExpr, evalExpr } from './expr.ts';

const run = (src: string, answers: Record<string, unknown>, self?: unknown) => {
  const c = compileExpr(src);
  if (!c.ok) throw new Error(c.message);
  return evalExpr(c.expr, answers as never, self as never);
};

describe('expressions', () => {
  it('compares numbers as numbers and text as text', () => {
    expect(run('${a} > 5', { a: 10 })).toBe(true);
    expect(run('${a} > 5', { a: 3 })).toBe(false);
    expect(run("${b} = 'ya'", { b: 'ya' })).toBe(true);
    expect(run("${b} != 'ya'", { b: 'tidak' })).toBe(true);
    expect(run('${a} >= 10', { a: '10' })).toBe(true);
  });
  it('reads unanswered as empty text, so comparisons with numbers fail', () => {
    expect(run('${a} > 5', {})).toBe(false);
    expect(run("${a} = ''", {})).toBe(true);
  });
  it('combines with and / or (and binds tighter), not() and parentheses', () => {
    expect(run('${a} > 1 or ${a} < 0 and ${b} = 1', { a: 5, b: 0 })).toBe(true);
    expect(run('(${a} > 1 or ${a} < 0) and ${b} = 1', { a: 5, b: 0 })).toBe(false);
    expect(run('not(${a} = 1)', { a: 2 })).toBe(true);
  });
  it('checks the answer itself as `.`, and selected() on lists', () => {
    expect(run('. >= 1 and . <= 30', {}, 31)).toBe(false);
    expect(run('. >= 1 and . <= 30', {}, 4)).toBe(true);
    expect(run("selected(${s}, 'pip')", { s: ['bpnt', 'pip'] })).toBe(true);
    expect(run("selected(${s}, 'kis')", { s: ['bpnt'] })).toBe(false);
  });
  it('lists the fields it reads', () => {
    const c = compileExpr("${a} > 1 and selected(${b}, 'x')");
    expect(c.ok && c.refs).toEqual(['a', 'b']);
  });
  it('rejects what it cannot read', () => {
    for (const bad of [
      '',
      '${a} >',
      '${a} > 1 and',
      'count(${a}) > 1',
      '${a} ~ 3',
      '(${a} = 1',
      'selected(${a}, ${b})',
      '${a} = 1 1',
    ])
      expect(compileExpr(bad).ok, bad).toBe(false);
  });
});
