// KPI labels and units in the visitor's language: the registry's Indonesian text, or its English
// name from shared/data/kpi-en.json. Staff-facing and API text stays Indonesian (the registry's).
// Pure; runs on server and client.
import data from './data/kpi-en.json' with { type: 'json' };

const LABELS: Readonly<Record<string, string>> = data.labels;
const UNITS: Readonly<Record<string, string>> = data.units;

/** A KPI label (as in shared/data/opds.json) in `language`; the Indonesian text when untranslated. */
export function kpiLabel(label: string, language: string): string {
  return language === 'en' ? (LABELS[label] ?? label) : label;
}

/** A KPI unit (as in shared/data/opds.json) in `language`; the Indonesian text when untranslated. */
export function kpiUnit(unit: string, language: string): string {
  return language === 'en' ? (UNITS[unit] ?? unit) : unit;
}
