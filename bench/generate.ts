/**
 * Synthetic catalogues for the benchmark: the sample catalogue's courses used
 * as templates and varied with the real vocabularies (professions, integrated
 * care areas, modes), new titles, shifted dates, other towns (each with its region) and
 * fresh description text. Each template keeps the shape that makes it valid
 * (credit rules, learner mix, themes), so every generated entry validates.
 * Output goes to a scratch folder; `content/` is only read.
 */
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import yaml from "js-yaml";
import {
  attendancePatterns,
  integratedCareAreas,
  professions,
  studyModes,
  type RegionId,
  themes,
  subThemes,
} from "../src/domain/vocabularies/index.ts";

/** One content file: path relative to the content folder, and its text. */
export interface GeneratedFile {
  readonly file: string;
  readonly text: string;
}

interface Entry {
  readonly data: Record<string, unknown>;
  readonly body: string;
}

/** A small deterministic random generator (mulberry32), so a size always gives the same catalogue. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rand: () => number, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
function sample<T>(rand: () => number, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const chosen: T[] = [];
  while (chosen.length < count && pool.length > 0) chosen.push(pool.splice(Math.floor(rand() * pool.length), 1)[0]!);
  return chosen;
}

function splitEntry(text: string): Entry {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error("Expected front matter");
  return { data: yaml.load(match[1]!, { schema: yaml.JSON_SCHEMA }) as Record<string, unknown>, body: match[2]! };
}

function toMarkdown(data: Record<string, unknown>, body: string): string {
  return `---\n${yaml.dump(data, { lineWidth: -1 })}---\n\n${body.trim()}\n`;
}

/** Reads the sample catalogue's providers and courses as templates. */
export async function readTemplates(contentDir: string): Promise<{ providers: Entry[]; courses: Entry[] }> {
  const providersDir = path.join(contentDir, "providers");
  const providers = await Promise.all(
    (await readdir(providersDir))
      .filter((name) => name.endsWith(".md"))
      .sort()
      .map(async (name) => splitEntry(await readFile(path.join(providersDir, name), "utf8"))),
  );
  const courses: Entry[] = [];
  const coursesDir = path.join(contentDir, "courses");
  for (const folder of (await readdir(coursesDir)).sort()) {
    for (const name of (await readdir(path.join(coursesDir, folder))).sort()) {
      if (name.endsWith(".md")) courses.push(splitEntry(await readFile(path.join(coursesDir, folder, name), "utf8")));
    }
  }
  return { providers, courses };
}

/** Towns, a real postcode in each and its region, so generated venues pass the validator's place checks. */
const TOWNS: readonly (readonly [town: string, postcode: string, region: RegionId])[] = [
  ["Bolton", "BL1 1RU", "north-west"],
  ["Salford", "M5 4WT", "north-west"],
  ["Preston", "PR1 2HE", "north-west"],
  ["Leeds", "LS1 4DY", "yorkshire-and-the-humber"],
  ["Sheffield", "S1 2HE", "yorkshire-and-the-humber"],
  ["Newcastle upon Tyne", "NE1 7RU", "north-east"],
  ["Birmingham", "B1 1BB", "west-midlands"],
  ["Nottingham", "NG1 5FW", "east-midlands"],
  ["Norwich", "NR1 3JU", "east-of-england"],
  ["Bristol", "BS1 4DJ", "south-west"],
  ["Exeter", "EX1 1HS", "south-west"],
  ["Brighton", "BN1 1EE", "south-east"],
  ["Reading", "RG1 1JX", "south-east"],
  ["Cardiff", "CF10 1EP", "wales"],
  ["Glasgow", "G1 1XQ", "scotland"],
  ["Belfast", "BT1 5GS", "northern-ireland"],
  ["Carlisle", "CA3 8QG", "north-west"],
  ["Stoke-on-Trent", "ST4 1HP", "west-midlands"],
  ["Lincoln", "LN1 1YL", "east-midlands"],
  ["Hull", "HU1 2AA", "yorkshire-and-the-humber"],
];
const TITLE_VARIANTS = [
  "",
  "",
  ": an introduction",
  ": refresher",
  " for new starters",
  " in practice",
  ": advanced practice",
  " (short course)",
  " for team leaders",
  " in the community",
];
const BRANCHES = ["North", "South", "East", "West", "Central", "Coastal", "Valley", "City", "Rural", "Borough"];

/** Sentences from every sample body and every vocabulary definition: the stuff new descriptions are made of. */
function sentencePool(courses: readonly Entry[]): string[] {
  const fromBodies = courses.flatMap(({ body }) =>
    body
      .split(/\n\s*\n/)
      .filter((block) => /^[A-Z]/.test(block.trim()))
      .flatMap((block) => block.replace(/\s+/g, " ").split(/(?<=[.!?])\s+(?=[A-Z])/)),
  );
  const fromTerms = [...themes, ...subThemes, ...professions, ...integratedCareAreas].map(
    (term) => `${term.label}: ${term.definition.replace(/\.?$/, ".")}`,
  );
  return [...fromBodies, ...fromTerms].filter((sentence) => sentence.length > 20 && !/[<>[\]`*_|#]/.test(sentence));
}

function shiftDate(date: unknown, days: number): unknown {
  if (typeof date !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  const shifted = new Date(`${date}T00:00:00Z`);
  shifted.setUTCDate(shifted.getUTCDate() + days);
  return shifted.toISOString().slice(0, 10);
}

/** Adds professions from groups already on the course, so the learner-mix rules still hold. */
function moreProfessions(rand: () => number, current: readonly string[], mix: readonly string[]): string[] {
  if (mix.includes("uni-professional") || rand() < 0.5) return [...current];
  const groups = new Set(current.map((id) => professions.find((term) => term.id === id)?.group));
  const candidates = professions.filter((term) => groups.has(term.group) && !current.includes(term.id));
  return [...current, ...sample(rand, candidates, 1 + Math.floor(rand() * 2)).map((term) => term.id)];
}

function varyPresentations(rand: () => number, runs: unknown, days: number): unknown {
  if (!Array.isArray(runs)) return runs;
  return runs.map((run: Record<string, unknown>) => {
    const varied: Record<string, unknown> = { ...run };
    for (const key of ["start", "end", "applyBy"]) if (key in varied) varied[key] = shiftDate(varied[key], days);
    if (Array.isArray(varied.sessions))
      varied.sessions = varied.sessions.map((session: Record<string, unknown>) => ({
        ...session,
        date: shiftDate(session.date, days),
      }));
    if (varied.venue && typeof varied.venue === "object") {
      const [town, postcode, region] = pick(rand, TOWNS);
      varied.venue = { ...(varied.venue as object), town, postcode, region };
    }
    if (rand() < 0.3) varied.studyMode = pick(rand, studyModes).id;
    if (rand() < 0.3) varied.attendancePattern = pick(rand, attendancePatterns).id;
    const cost = varied.cost as Record<string, unknown> | undefined;
    if (cost && typeof cost.amount === "number" && cost.amount > 0)
      varied.cost = { ...cost, amount: Math.max(1, Math.round(cost.amount * (0.6 + rand() * 0.8))) };
    return varied;
  });
}

/**
 * A catalogue of `size` courses: the sample providers (kept, since courses
 * name them as raters, awarding bodies and partners) plus branch copies that
 * run the generated courses, about one provider per 33 courses.
 */
export async function generateCatalogue(
  size: number,
  options: { templatesDir: string; seed?: number },
): Promise<GeneratedFile[]> {
  const rand = random(options.seed ?? size);
  const templates = await readTemplates(options.templatesDir);
  const sentences = sentencePool(templates.courses);
  const branchesPerProvider = Math.max(1, Math.ceil(size / (templates.providers.length * 33)));
  const files: GeneratedFile[] = [];
  const providerById = new Map(templates.providers.map((entry) => [String(entry.data.id), entry]));
  for (const provider of templates.providers) {
    files.push({ file: `providers/${String(provider.data.id)}.md`, text: toMarkdown(provider.data, provider.body) });
    for (let branch = 1; branch <= branchesPerProvider; branch++) {
      const { ukprn: _ukprn, ...data } = provider.data;
      const id = `${String(data.id)}-b${branch}`;
      const name = `${String(data.name)}, ${BRANCHES[(branch - 1) % BRANCHES.length]} ${Math.ceil(branch / BRANCHES.length)}`;
      files.push({ file: `providers/${id}.md`, text: toMarkdown({ ...data, id, name }, provider.body) });
    }
  }
  for (let index = 0; index < size; index++) {
    const template = templates.courses[index % templates.courses.length]!;
    const data = structuredClone(template.data);
    const id = `${String(data.id).slice(0, 64).replace(/-$/, "")}-${index + 1}`;
    const templateProvider = String(data.provider);
    if (!providerById.has(templateProvider)) throw new Error(`Template names unknown provider ${templateProvider}`);
    const provider = `${templateProvider}-b${1 + Math.floor(rand() * branchesPerProvider)}`;
    const days = Math.floor(rand() * 365);
    const title = `${String(data.title)}${pick(rand, TITLE_VARIANTS)}`.slice(0, 150);
    const varied: Record<string, unknown> = {
      ...data,
      id,
      title,
      provider,
      professions: moreProfessions(rand, data.professions as string[], data.learnerMix as string[]),
      integratedCareAreas: sample(rand, integratedCareAreas, Math.floor(rand() * 3)).map((term) => term.id),
      presentations: varyPresentations(rand, data.presentations, days),
    };
    if (Array.isArray(data.partners))
      varied.partners = (data.partners as Record<string, unknown>[]).filter((partner) => partner.provider !== provider);
    const extra = Array.from({ length: 1 + Math.floor(rand() * 3) }, () =>
      sample(rand, sentences, 3 + Math.floor(rand() * 4)).join(" "),
    );
    const body = [template.body.trim(), ...extra].join("\n\n");
    files.push({ file: `courses/${provider}/${id}.md`, text: toMarkdown(varied, body) });
  }
  return files;
}

/** Writes a generated catalogue into `contentDir`, replacing whatever was there. */
export async function writeCatalogueFiles(contentDir: string, files: readonly GeneratedFile[]): Promise<void> {
  await rm(contentDir, { recursive: true, force: true });
  const folders = new Set(files.map(({ file }) => path.dirname(path.join(contentDir, file))));
  await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
  for (let start = 0; start < files.length; start += 200) {
    await Promise.all(
      files.slice(start, start + 200).map(({ file, text }) => writeFile(path.join(contentDir, file), text)),
    );
  }
}
