import { parse as parseYaml } from 'yaml';
import { overrideErrors } from '../../messages.ts';
import type { IdLock } from '../types.ts';
import { OverrideError } from './applyOverrides.ts';

/** The key under which the lock file keeps retired ids: `_` never starts a slug. */
export const RETIRED_KEY = '_retired';

const isSentenceMap = (value: unknown): value is Record<string, string[]> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.values(value).every((v) => Array.isArray(v) && v.every((s) => typeof s === 'string'));

/** Reads `claims.lock.yaml`: published claim ids with their sentences (`article#anchor`), and the retired ones under `_retired`. */
export function parseIdLock(lock: { file: string; text: string }): IdLock {
  let raw: unknown;
  try {
    raw = parseYaml(lock.text) ?? {};
  } catch (error) {
    throw new OverrideError(overrideErrors.invalid(lock.file, '(file)', `is not valid YAML (${String(error).split('\n')[0]})`));
  }
  const { [RETIRED_KEY]: retired = {}, ...claims } = (
    typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : { '': raw }
  ) as Record<string, unknown>;
  if (!isSentenceMap(claims)) {
    throw new OverrideError(
      overrideErrors.invalid(
        lock.file,
        '(top level)',
        'must map each claim id to a list of "article#anchor" sentences; regenerate it with npm run claims:lock',
      ),
    );
  }
  if (!isSentenceMap(retired)) {
    throw new OverrideError(
      overrideErrors.invalid(
        lock.file,
        RETIRED_KEY,
        'must map each retired claim id to a list of "article#anchor" sentences; regenerate it with npm run claims:lock',
      ),
    );
  }
  const toMap = (entries: Record<string, string[]>) => new Map(Object.entries(entries).map(([id, sentences]) => [id, new Set(sentences)]));
  return { claims: toMap(claims), retired: toMap(retired) };
}
