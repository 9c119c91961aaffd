// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm expressions write fields as ${name}.
import { describe, expect, it } from 'vitest';
import { compileExpr, evalExpr } from '../../shared/pendataan/expr.ts';
import type { FormDefinition } from '../../shared/pendataan/form.ts';
import { validateFormDefinition } from '../../shared/pendataan/validateForm.ts';
import {
  emptyDraft,
  figureFields,
  fitFigure,
  fromDefinition,
  newField,
  toDefinition,
} from './designerDraft.ts';

const def: FormDefinition = {
  key: 'rumah',
  title: 'Rumah',
  unit: 'rumah_tangga',
  fields: [
    {
      name: 'nik',
      type: 'text',
      label: 'NIK',
      required: true,
      personal: true,
      check: 'nik',
      hint: '16 digit',
    },
    {
      name: 'bantuan',
      type: 'select_multiple',
      label: 'Bantuan',
      required: false,
      personal: false,
      choices: [
        { value: 'pkh', label: 'PKH' },
        { value: 'bpnt', label: 'BPNT' },
      ],
    },
    {
      name: 'n',
      type: 'integer',
      label: 'Jumlah',
      required: false,
      personal: false,
      min: 0,
      max: 9,
      relevant: "selected(${bantuan}, 'pkh')",
    },
    {
      name: 'x',
      type: 'decimal',
      label: 'Luas',
      required: false,
      personal: false,
      relevant: '${n} >= 2',
      constraint: '. > 0',
    },
    {
      name: 'y',
      type: 'note',
      label: 'Catatan',
      required: false,
      personal: false,
      relevant: '${n} > 1 or ${x} < 3',
    },
  ],
  aggregates: [{ kpi: 'k', op: 'share', field: 'bantuan', choice: 'pkh' }],
};

describe('form designer draft', () => {
  it('round-trips a definition, keeping what the designer does not edit', () => {
    const draft = fromDefinition(def);
    expect(draft.fields[2]?.showIf).toEqual({ on: 'bantuan', op: '=', value: 'pkh' });
    expect(draft.fields[3]?.showIf).toEqual({ on: 'n', op: '>=', value: '2' });
    expect(draft.fields[4]?.rawRelevant).toBe('${n} > 1 or ${x} < 3');
    expect(toDefinition(draft)).toEqual(def);
  });

  it('writes choices, quotes text comparisons and makes codes from labels', () => {
    const d = emptyDraft();
    d.key = 'usaha';
    d.title = 'Usaha';
    d.fields = [
      {
        ...newField(0),
        name: 'jenis',
        type: 'select_one',
        label: 'Jenis',
        choices: 'Warung Makan\nb = Bengkel',
      },
      {
        ...newField(1),
        name: 'pekerja',
        type: 'integer',
        label: 'Pekerja',
        min: '1',
        showIf: { on: 'jenis', op: '!=', value: 'b' },
      },
    ];
    const out = toDefinition(d);
    expect(out.fields[0]?.choices).toEqual([
      { value: 'warung_makan', label: 'Warung Makan' },
      { value: 'b', label: 'Bengkel' },
    ]);
    expect(out.fields[1]).toMatchObject({ min: 1, relevant: "${jenis} != 'b'" });
    expect(out.fields[1]?.max).toBeUndefined();
  });

  it('a "show only if" on a yes/no question matches the stored answer', () => {
    const d = emptyDraft();
    d.key = 'rt';
    d.title = 'RT';
    d.fields = [
      { ...newField(0), name: 'posyandu', type: 'yes_no', label: 'Ada posyandu?' },
      {
        ...newField(1),
        name: 'kader',
        type: 'integer',
        label: 'Kader',
        showIf: { on: 'posyandu', op: '=', value: 'yes' },
      },
    ];
    const relevant = toDefinition(d).fields[1]?.relevant ?? '';
    expect(relevant).toBe("${posyandu} = 'yes'");
    const compiled = compileExpr(relevant);
    if (!compiled.ok) throw new Error(compiled.message);
    expect(evalExpr(compiled.expr, { posyandu: true })).toBe(true);
    expect(evalExpr(compiled.expr, { posyandu: false })).toBe(false);
    const tidak = {
      ...d,
      fields: [d.fields[0], { ...d.fields[1], showIf: { on: 'posyandu', op: '=', value: 'Tidak' } }],
    };
    expect(toDefinition(tidak as typeof d).fields[1]?.relevant).toBe("${posyandu} = 'no'");
  });
});

describe('booth figures in the designer', () => {
  const fields = fromDefinition(def).fields;

  it('offers no personal question, numbers for sums and means, answers for shares', () => {
    expect(figureFields('sum', fields).map((f) => f.name)).toEqual(['n', 'x']);
    expect(figureFields('share', fields).map((f) => f.name)).toEqual(['bantuan']);
    expect(figureFields('count', fields).map((f) => f.name)).toEqual(['bantuan']);
  });

  it('keeps what fits when the operation changes, and picks what is needed', () => {
    expect(fitFigure({ kpi: 'k', op: 'count' }, fields)).toEqual({ kpi: 'k', op: 'count' });
    expect(fitFigure({ kpi: 'k', op: 'share' }, fields)).toEqual({
      kpi: 'k',
      op: 'share',
      field: 'bantuan',
      choice: 'pkh',
    });
    expect(fitFigure({ kpi: 'k', op: 'mean', field: 'bantuan', choice: 'pkh' }, fields)).toEqual({
      kpi: 'k',
      op: 'mean',
      field: 'n',
    });
    expect(fitFigure({ kpi: 'k', op: 'share', field: 'bantuan', choice: 'bpnt' }, fields).choice).toBe(
      'bpnt',
    );
    expect(fitFigure({ kpi: 'k', op: 'share', field: 'nik' }, fields).field).toBe('bantuan');
  });

  it('sends the figures with the definition, checked by the shared validation', () => {
    const draft = fromDefinition(def);
    draft.aggregates = [fitFigure({ kpi: 'kpm-pkh', op: 'share' }, draft.fields)];
    const out = toDefinition(draft);
    expect(out.aggregates).toEqual([{ kpi: 'kpm-pkh', op: 'share', field: 'bantuan', choice: 'pkh' }]);
    expect(validateFormDefinition(out, new Set(['kpm-pkh'])).ok).toBe(true);
  });
});
