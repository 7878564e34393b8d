import { parse as parseYaml } from 'yaml';
import { overrideErrors } from '../../messages.ts';
import { OverrideError } from './applyOverrides.ts';

/** Reads `claims.lock.yaml`: published claim id -> its sentences (`article#anchor`), in file order. */
export function parseIdLock(lock: { file: string; text: string }): Map<string, Set<string>> {
  let raw: unknown;
  try {
    raw = parseYaml(lock.text) ?? {};
  } catch (error) {
    throw new OverrideError(overrideErrors.invalid(lock.file, '(file)', `is not valid YAML (${String(error).split('\n')[0]})`));
  }
  if (
    typeof raw !== 'object' ||
    raw === null ||
    Array.isArray(raw) ||
    Object.values(raw).some((v) => !Array.isArray(v) || v.some((s) => typeof s !== 'string'))
  ) {
    throw new OverrideError(
      overrideErrors.invalid(
        lock.file,
        '(top level)',
        'must map each claim id to a list of "article#anchor" sentences; regenerate it with npm run claims:lock',
      ),
    );
  }
  return new Map(Object.entries(raw as Record<string, string[]>).map(([id, sentences]) => [id, new Set(sentences)]));
}
