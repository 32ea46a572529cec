/**
 * The work of one worker thread of `opdm score` over many files: scores its share of the files
 * and posts each outcome back. Structured cloning hands the main thread fresh strings, so a kept
 * city name no longer pins the whole YAML text it was cut from.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { RubricCache } from '../io/load.js';
import { scoreCityFile, type ScoreJob } from './score-city.js';

export async function scoreShare(): Promise<void> {
  const { files, job } = workerData as { files: string[]; job: ScoreJob };
  const cache = new RubricCache();
  for (const file of files) parentPort?.postMessage(await scoreCityFile(file, job, cache));
}
