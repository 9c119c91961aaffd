// One check for a form definition arriving as data (the staff form designer's JSON): the shape
// (FormDefinition) and then the structural rules (checkDefinition, with the OPD's KPIs) — the same two
// checks an uploaded XLSForm passes through. Errors name a path: `title`, `fields.2.label`,
// `aggregates.0`…; a rule broken by a field names it `fields.<index>`. Pure; runs on server and client.
import { checkDefinition, FormDefinition } from './form.ts';

export type FormError = { field: string; message: string };
export type FormCheck = { ok: true; form: FormDefinition } | { ok: false; errors: FormError[] };

export function validateFormDefinition(candidate: unknown, kpis?: ReadonlySet<string>): FormCheck {
  const shaped = FormDefinition.safeParse(candidate);
  if (!shaped.success)
    return {
      ok: false,
      errors: shaped.error.issues.slice(0, 20).map((issue) => ({
        field: issue.path.map(String).join('.') || 'body',
        message: issue.message,
      })),
    };
  const form = shaped.data;
  const semantic = checkDefinition(form, kpis);
  if (semantic.length === 0) return { ok: true, form };
  const indexOf = new Map(form.fields.map((f, i) => [f.name, i] as const));
  return {
    ok: false,
    errors: semantic.map((e) => {
      const index = indexOf.get(e.field);
      return { field: index === undefined ? e.field : `fields.${index}`, message: e.message };
    }),
  };
}
