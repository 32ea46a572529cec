import type { Issue } from '../core/types.js';
import type { Lang } from '../i18n/index.js';
import type { CliEnv } from './env.js';

/**
 * Warnings (and errors) on stderr, one line each. The message catalogs load only when there is
 * something to say: most runs have nothing, and start-up stays light.
 */
export async function printIssues(env: Pick<CliEnv, 'stderr'>, issues: readonly Issue[], lang: Lang): Promise<void> {
  if (issues.length === 0) return;
  const { formatIssues } = await import('./format-issues.js');
  env.stderr(formatIssues(issues, lang));
}
