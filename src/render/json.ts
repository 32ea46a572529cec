/**
 * JSON output: two-space indent and keys in the order the report was built, so that two runs
 * diff line by line; a final newline as POSIX tools expect.
 */
export function renderJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}
