/**
 * The tiny error set. User errors carry what to print; anything else that reaches the top-level
 * catch is a bug.
 */
import type { Issue } from './core/types.js';
import type { Params } from './i18n/index.js';

/** Invalid usage: a bad flag, a missing argument. Exit 2. `key` names a message in the CLI catalog. */
export class UsageError extends Error {
  constructor(
    readonly key: string,
    readonly params: Params = {},
  ) {
    super(key);
    this.name = 'UsageError';
  }
}

/** Invalid input files: every issue found, each with file:line:col. Exit 2. */
export class InvalidInputError extends Error {
  constructor(readonly issues: readonly Issue[]) {
    super(`${issues.length} issue(s)`);
    this.name = 'InvalidInputError';
  }
}

/** The user stopped (Ctrl-C). Exit 130. */
export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}
