/**
 * Runs `astro build` on a scratch catalogue and measures it: wall time, the
 * time of each phase (read from the build's own log lines as they arrive),
 * and peak memory, found by polling /proc for the whole process tree every
 * 250 ms. The Pagefind indexer runs as its own process, so its memory is
 * reported apart from Astro's.
 */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

export interface BuildMeasurement {
  readonly ok: boolean;
  readonly wallSeconds: number;
  /**
   * Seconds per phase: start-up to the first page (validation included); validation alone; page
   * rendering; writing the search index (as the build logs it; it is written before the pages render).
   */
  readonly phases: { startUp: number; validate: number; renderPages: number; searchIndex: number };
  /** Peak resident memory in MB: the sum over the process tree, and the largest single process of each kind. */
  readonly peakMemoryMb: { tree: number; astro: number; pagefind: number };
  readonly log: string;
}

interface ProcessInfo {
  readonly pid: number;
  readonly ppid: number;
  readonly rssKb: number;
  readonly name: string;
}

function readProcesses(): ProcessInfo[] {
  const processes: ProcessInfo[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, "utf8");
      const field = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, "m").exec(status)?.[1] ?? "";
      processes.push({
        pid: Number(entry),
        ppid: Number(field("PPid")),
        rssKb: Number.parseInt(field("VmRSS"), 10) || 0,
        name: field("Name"),
      });
    } catch {
      // The process ended while we looked.
    }
  }
  return processes;
}

/** The processes descended from `root`, `root` included. */
export function descendants(processes: readonly { pid: number; ppid: number }[], root: number): Set<number> {
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const { pid, ppid } of processes)
      if (!tree.has(pid) && tree.has(ppid)) {
        tree.add(pid);
        grew = true;
      }
  }
  return tree;
}

/**
 * Runs the site build as the README does (`npm run build`, whose settings count: it tells the
 * bundlers' allocator not to use huge pages), with `env` added, writing to `outDir`.
 */
export async function measureBuild(options: {
  cwd: string;
  outDir: string;
  env: Record<string, string>;
}): Promise<BuildMeasurement> {
  const started = performance.now();
  const marks: Record<string, number> = {};
  const timed: Record<string, number> = {};
  let log = "";
  const child = spawn("npm", ["run", "--silent", "build", "--", "--outDir", options.outDir], {
    cwd: options.cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const peak = { tree: 0, astro: 0, pagefind: 0 };
  const poll = setInterval(() => {
    const processes = readProcesses();
    const tree = descendants(processes, child.pid!);
    let total = 0;
    for (const info of processes) {
      if (!tree.has(info.pid)) continue;
      total += info.rssKb;
      if (/pagefind/i.test(info.name)) peak.pagefind = Math.max(peak.pagefind, info.rssKb);
      else peak.astro = Math.max(peak.astro, info.rssKb);
    }
    peak.tree = Math.max(peak.tree, total);
  }, 250);
  const onLine = (chunk: Buffer) => {
    const now = (performance.now() - started) / 1000;
    const text = chunk.toString();
    log += text;
    const mark = (name: string, pattern: RegExp, after?: string) => {
      if (marks[name] === undefined && (after === undefined || marks[after] !== undefined) && pattern.test(text))
        marks[name] = now;
    };
    mark("routesStart", /generating static routes/);
    // The first "✓ Completed" after the routes began closes page rendering (an earlier one closes "Collecting build info").
    mark("routesDone", /\[build\] ✓ Completed in/, "routesStart");
    const seconds = (pattern: RegExp) => {
      const found = pattern.exec(text);
      if (found) timed[found[1]!] = Number(found[2]);
    };
    // The build's own timings (see src/integrations/catalogue-guard.ts).
    seconds(/(Validated) \d+ files in ([\d.]+) s/);
    seconds(/(Search index): \d+ active courses, written in ([\d.]+) s/);
  };
  child.stdout.on("data", onLine);
  child.stderr.on("data", onLine);
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  clearInterval(poll);
  const wallSeconds = (performance.now() - started) / 1000;
  const span = (from?: number, to?: number) =>
    from === undefined || to === undefined ? Number.NaN : Math.round((to - from) * 10) / 10;
  const toMb = (kb: number) => Math.round(kb / 1024);
  return {
    ok: code === 0,
    wallSeconds: Math.round(wallSeconds * 10) / 10,
    phases: {
      startUp: span(0, marks.routesStart),
      validate: timed.Validated ?? Number.NaN,
      renderPages: span(marks.routesStart, marks.routesDone),
      searchIndex: timed["Search index"] ?? Number.NaN,
    },
    peakMemoryMb: { tree: toMb(peak.tree), astro: toMb(peak.astro), pagefind: toMb(peak.pagefind) },
    log,
  };
}
