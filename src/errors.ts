/**
 * The tiny error set. User errors carry what to print; anything else that reaches the top-level
 * catch is a bug.
 */
import type { Issue } from './core/types.js';
import type { AssessMessageKey } from './i18n/assess-messages.js';
import type { CliMessageKey } from './i18n/cli-messages.js';
import type { CompareMessageKey } from './i18n/compare-messages.js';
import type { Params } from './i18n/index.js';
import type { InitMessageKey } from './i18n/init-messages.js';
import type { MigrateMessageKey } from './i18n/migrate-messages.js';
import type { WorkbookMessageKey } from './i18n/workbook-messages.js';

/** A usage message: a key of the CLI's catalog or of a command's own; a key nobody wrote does not compile. */
export type UsageKey =
  CliMessageKey | CompareMessageKey | InitMessageKey | AssessMessageKey | WorkbookMessageKey | MigrateMessageKey;

/** Invalid usage: a bad flag, a missing argument. Exit 2. `key` names a message in the CLI catalog. */
export class UsageError extends Error {
  constructor(
    readonly key: UsageKey,
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
