#!/usr/bin/env node
import module from 'node:module';

// Node 22.1+ keeps compiled code between runs (start-up); on Node 20 there is no such cache.
module.enableCompileCache?.();
const { main } = await import('../dist/cli/main.js');
process.exitCode = await main(process.argv.slice(2));
