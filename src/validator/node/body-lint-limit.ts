import { Worker } from "node:worker_threads";
import type { BodyLinter, BodyProblem } from "../core/body-lint.ts";

/**
 * Time allowed to lint one description. A real description takes a few
 * milliseconds; the Markdown parser is quadratic or worse in some shapes
 * (a paragraph of 100,000 short lines, quotes nested 20,000 deep), so a
 * 256 KB file could otherwise hold a build for many minutes.
 */
export const BODY_TIME_LIMIT_MS = 10_000;

/** Memory the lint thread may use, so a hostile description cannot exhaust the machine's. */
const WORKER_HEAP_MB = 512;

/**
 * One lint thread shared by every call, started on first use and not
 * keeping the process alive. Calls are queued so that each time limit
 * covers only its own body.
 */
interface LintThread {
  readonly thread: Worker;
  /** Settles once the thread has loaded the parser; starting a thread can take seconds on a busy machine. */
  readonly ready: Promise<void>;
}

let worker: LintThread | undefined;
let queue: Promise<unknown> = Promise.resolve();
let nextId = 0;

/** How long a new lint thread may take to load the parser before the check gives up as a machine fault. */
const START_LIMIT_MS = 60_000;

function startWorker(): LintThread {
  const thread = new Worker(new URL("./body-lint-worker.ts", import.meta.url), {
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
  thread.unref();
  // The start timer keeps the process waiting for the thread; afterwards each lint's own timer does.
  const ready = new Promise<void>((resolve, reject) => {
    const settle = (outcome: () => void) => {
      clearTimeout(timer);
      thread.off("message", onReady).off("error", onError).off("exit", onExit);
      outcome();
    };
    const onReady = (message: unknown) => {
      if (message === "ready") settle(resolve);
    };
    const onError = (error: Error) => settle(() => reject(error));
    const onExit = (code: number) =>
      settle(() => reject(new Error(`The description check could not start (exit code ${code})`)));
    const timer = setTimeout(
      () => settle(() => reject(new Error(`The description check did not start within ${START_LIMIT_MS / 1000} s`))),
      START_LIMIT_MS,
    );
    thread.on("message", onReady).on("error", onError).on("exit", onExit);
  });
  const started: LintThread = { thread, ready };
  // A thread that dies between descriptions is replaced at the next one, not blamed on it.
  thread.once("exit", () => {
    if (worker === started) worker = undefined;
  });
  return started;
}

/** Ends the lint thread (the next lint starts a new one). */
async function stopWorker(): Promise<void> {
  const stopping = worker;
  worker = undefined;
  await stopping?.thread.terminate();
}

/** Problems that say a limit was reached, which depends on the machine as well as the text. */
const limitProblems = new WeakSet<BodyProblem>();
const limit = (problem: BodyProblem): BodyProblem => {
  limitProblems.add(problem);
  return problem;
};

/** Whether a problem says the check ran out of time or memory (so the result is not kept; see validation-cache.ts). */
export const isLimitProblem = (problem: BodyProblem): boolean => limitProblems.has(problem);

const tooSlow = (limitMs: number): BodyProblem =>
  limit({
    line: 1,
    column: 1,
    message: `The description took more than ${limitMs / 1000} ${limitMs === 1000 ? "second" : "seconds"} to check, so it was not accepted`,
    fix: "Simplify it: shorter paragraphs, and quotes and lists at most a few levels deep (a normal description takes a fraction of a second)",
  });

const tooBig: BodyProblem = limit({
  line: 1,
  column: 1,
  message: "The description needed too much memory to check, so it was not accepted",
  fix: "Simplify it: shorter paragraphs, and quotes and lists at most a few levels deep",
});

/** Lints one body in the shared thread, giving up after `limitMs` of checking. */
async function lintInWorker(body: string, limitMs: number): Promise<readonly BodyProblem[]> {
  const current = (worker ??= startWorker());
  try {
    await current.ready;
  } catch (error) {
    if (worker === current) worker = undefined;
    throw error;
  }
  const { thread } = current;
  const id = nextId++;
  return new Promise<readonly BodyProblem[]>((resolve, reject) => {
    const finish = (outcome: () => void) => {
      clearTimeout(timer);
      thread.off("message", onMessage);
      thread.off("error", onError);
      thread.off("exit", onExit);
      outcome();
    };
    const onMessage = (reply: { id: number; problems: BodyProblem[] }) => {
      if (reply.id === id) finish(() => resolve(reply.problems));
    };
    const onError = (error: Error & { code?: string }) => {
      if (worker === current) worker = undefined;
      finish(() => (error.code === "ERR_WORKER_OUT_OF_MEMORY" ? resolve([tooBig]) : reject(error)));
    };
    const onExit = (code: number) => {
      if (worker === current) worker = undefined;
      finish(() => reject(new Error(`The description check stopped unexpectedly (exit code ${code})`)));
    };
    // The timer is the one thing keeping the process alive while the unref'd thread works.
    const timer = setTimeout(() => {
      finish(() => resolve([tooSlow(limitMs)]));
      if (worker === current) void stopWorker();
    }, limitMs);
    thread.on("message", onMessage);
    thread.on("error", onError);
    thread.on("exit", onExit);
    thread.postMessage({ id, body });
  });
}

/** Checks under way that lint in the thread (see whileLinting). */
let linting = 0;
/** Ends the thread once no check has used it for a while. */
let idleTimer: NodeJS.Timeout | undefined;
/** How long the lint thread outlives the last check, so checks run one after another share it. */
const IDLE_MS = 2_000;

/**
 * Runs `check`, which lints with lintWithTimeLimit, and ends the lint thread
 * soon after no check is under way: a build keeps it little longer than
 * validation takes, as the thread holds 60 MB (at 10,000 descriptions) that
 * the pages and the search index need next. The next check starts a new one.
 */
export async function whileLinting<T>(check: () => Promise<T>): Promise<T> {
  linting++;
  clearTimeout(idleTimer);
  try {
    return await check();
  } finally {
    if (--linting === 0) {
      idleTimer = setTimeout(() => {
        const lastLint = queue;
        // Not if a check has started since, or lints have been queued: the thread is theirs.
        void lastLint.then(() => {
          if (linting === 0 && queue === lastLint) void stopWorker();
        });
      }, IDLE_MS);
      idleTimer.unref();
    }
  }
}

/**
 * A linter that runs each body in a separate thread and refuses it, with a
 * finding, when it takes longer than `limitMs` or too much memory. A thread
 * that cannot start is a fault of the machine, not the content, and throws.
 */
export function lintWithTimeLimit(limitMs = BODY_TIME_LIMIT_MS): BodyLinter {
  return (body) => {
    const result = queue.then(() => lintInWorker(body, limitMs));
    queue = result.catch(() => undefined);
    return result;
  };
}
