import { createRequire } from 'node:module';

// require() reads JSON without the experimental-import warning that Node 20 prints.
const pkg = createRequire(import.meta.url)('../../package.json') as { name: string; version: string };

export const PACKAGE_NAME = pkg.name;
export const PACKAGE_VERSION = pkg.version;
/** SPEC report field `generator`. */
export const GENERATOR = `${pkg.name} ${pkg.version}`;
