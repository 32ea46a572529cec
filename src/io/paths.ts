/**
 * Whether a path names something, asked before a file is created or continued: the CLI never
 * touches the file system itself.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

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
