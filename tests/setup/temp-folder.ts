import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * Vitest's global set-up: the whole run gets one temporary folder, which
 * os.tmpdir() gives every test and every process a test starts (Astro builds,
 * the CLI), and which is removed when the run ends. Tests make hundreds of
 * fixture catalogues and sites with mkdtemp; without this each run left them
 * all behind. KEEP_TEST_FILES=1 keeps the folder, to look at after a failure.
 */
export default function setup(): () => void {
  const folder = mkdtempSync(path.join(tmpdir(), "nw-course-finder-tests-"));
  process.env.TMPDIR = folder;
  return () => {
    if (process.env.KEEP_TEST_FILES === "1") console.log(`Test files kept in ${folder}`);
    else rmSync(folder, { recursive: true, force: true, maxRetries: 3 });
  };
}
