import { type ImportField, type ImportFieldKey, type ImportKind, importFields } from '../../shared/imports';
import { looseKey } from './cell-values';

const fieldsByName = (kind: ImportKind) => {
  const byName = new Map<string, ImportField>();
  for (const field of importFields[kind] as readonly ImportField[]) {
    for (const name of [field.label, field.key, ...field.aliases]) {
      if (!byName.has(looseKey(name))) byName.set(looseKey(name), field);
    }
  }
  return byName;
};

/**
 * The field each header most likely means, matched ignoring case, accents, spaces and punctuation;
 * a single-value field goes to the first column that names it only.
 */
export const suggestMapping = (kind: ImportKind, headers: readonly string[]): (ImportFieldKey | null)[] => {
  const byName = fieldsByName(kind);
  const taken = new Set<string>();
  return headers.map((header) => {
    const field = byName.get(looseKey(header));
    if (!field || (taken.has(field.key) && !field.list)) return null;
    taken.add(field.key);
    return field.key as ImportFieldKey;
  });
};
