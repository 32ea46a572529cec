/**
 * What a command asks of a path before it reads or writes it: the CLI never touches the file
 * system itself. Synchronous, like every read of opdm's: node:fs/promises alone costs a CLI a
 * millisecond to load.
 */
import { existsSync, lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { dirname, join } from 'node:path';
import { UsageError } from '../errors.js';

/** Whether anything (a file, a folder, a device) is at `path`; a broken symlink counts as nothing. */
export function pathExists(path: string): boolean {
  return existsSync(path);
}

/** Whether the folder a file at `path` goes into exists (a file can be created there). */
export function isFolderThere(path: string): boolean {
  try {
    return statSync(dirname(path)).isDirectory();
  } catch {
    return false; // missing, or not reachable: either way no file can be made there
  }
}

/**
 * What is at `path` itself, not following a symlink: a dangling symlink is taken too, so a
 * command that creates a file refuses it as it refuses any other taken name.
 */
export function takenBy(path: string): 'nothing' | 'folder' | 'other' {
  let info: Stats;
  try {
    info = lstatSync(path);
  } catch {
    return 'nothing';
  }
  return info.isDirectory() ? 'folder' : 'other';
}

/** The path with every symlink resolved; a path that does not exist yet (a new file) as given. */
export function realPathOf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

const isYaml = (name: string) => /\.ya?ml$/i.test(name);

/** Arguments -> answers files: a folder stands for its *.yaml / *.yml files, sorted. */
export function expandAnswerFiles(args: readonly string[]): string[] {
  const files: string[] = [];
  for (const arg of args) {
    const info = statOrUndefined(arg);
    if (info === undefined && /[\\/]$/.test(arg)) throw new UsageError('usage.folder-missing', { folder: arg });
    if (!info?.isDirectory()) {
      files.push(arg);
      continue;
    }
    const names = readdirSync(arg).filter(isYaml).sort();
    if (names.length === 0) throw new UsageError('usage.no-answers-in-folder', { folder: arg });
    files.push(...names.map((n) => join(arg, n)));
  }
  return files;
}
