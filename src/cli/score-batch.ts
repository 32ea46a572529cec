import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { RubricCache } from '../io/load.js';
import { scoreCityFile, type CityOutcome, type ScoreJob } from './score-city.js';

/** Below this many files a worker's start-up costs more than it saves. */
const PARALLEL_FROM = 8;
/** The command users run: a worker thread runs its bundle again (bin/opdm.cjs, runWorker). */
const BIN = new URL('../../bin/opdm.cjs', import.meta.url);
/** `true` in the bundle (scripts/build-bundle.mjs defines it); undefined in the modules of src/ and dist/. */
declare const OPDM_BUNDLE: boolean | undefined;
/**
 * A larger young generation for the workers: scoring a city makes many short-lived objects.
 * Measured on the national batch: 48 MB cut the CPU time by a tenth for 230 MB of peak memory;
 * 56 MB and more (semi-spaces double to 32 MB) saved a little more but passed 330 MB.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 48 };

/** Runs `files` in a worker thread, outcomes in the order of the files. */
async function inWorker(files: readonly string[], job: ScoreJob): Promise<CityOutcome[]> {
  // Loaded here, not at the top: one city, the common case, does not pay for node:worker_threads.
  const { Worker } = await import('node:worker_threads');
  return new Promise((resolve, reject) => {
    const outcomes: CityOutcome[] = [];
    // The bundle again (bin/opdm.cjs): a worker starts without loading modules one by one.
    const worker = new Worker(`require(${JSON.stringify(fileURLToPath(BIN))}).runWorker();`, {
      eval: true,
      workerData: { files, job },
      resourceLimits: WORKER_LIMITS,
    });
    worker.on('message', (outcome: CityOutcome) => outcomes.push(outcome));
    worker.on('error', reject);
    worker.on('exit', (code) =>
      code === 0 ? resolve(outcomes) : reject(new Error(`score worker exited with code ${code}`)),
    );
  });
}

async function inThisThread(files: readonly string[], job: ScoreJob, cache: RubricCache): Promise<CityOutcome[]> {
  const outcomes: CityOutcome[] = [];
  for (const file of files) {
    const outcome = await scoreCityFile(file, job, cache);
    // A fresh copy: the strings of a parsed file are slices of its whole text (see score-share).
    outcomes.push(job.keepFull ? outcome : structuredClone(outcome));
  }
  return outcomes;
}

/**
 * Scores every file, spreading a large batch over worker threads, one per core; outcomes come
 * back in the order of `files`. Workers run the bundle; from the sources (tests) or the modules
 * of dist/, the batch runs in this thread.
 */
export async function scoreBatch(
  files: readonly string[],
  job: ScoreJob,
  cache = new RubricCache(),
): Promise<CityOutcome[]> {
  const threads = Math.min(availableParallelism(), Math.ceil(files.length / PARALLEL_FROM));
  if (threads <= 1 || typeof OPDM_BUNDLE === 'undefined') return inThisThread(files, job, cache);
  // Interleaved shares: neighbouring files are often alike in size, so the threads finish together.
  // Every share goes to a worker (with its larger young generation); this thread only waits.
  const shares = Array.from({ length: threads }, (_, t) => files.filter((_, i) => i % threads === t));
  const results = await Promise.all(shares.map((share) => inWorker(share, job)));
  return files.map((_, i) => results[i % threads]![Math.floor(i / threads)]!);
}
