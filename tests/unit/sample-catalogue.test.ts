import path from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURE_AS_OF } from "../helpers/catalogue.ts";
import { currentRuns } from "../../src/domain/runs.ts";
import {
  creditStatuses,
  learnerMixes,
  learningForms,
  providerTypes,
  serviceUserInvolvementModes,
  themes,
  workforceLevels,
} from "../../src/domain/vocabularies/index.ts";
import { validateCatalogue } from "../../src/validator/node/validate-catalogue.ts";

const projectRoot = path.resolve(import.meta.dirname, "../..");
// Judged as of the day the sample was written, so the test does not age; pages use the build date.
const asOf = FIXTURE_AS_OF;
const result = await validateCatalogue({ projectRoot, contentDir: path.join(projectRoot, "content"), asOf });
const courses = result.courses.map((entry) => entry.data);
const providers = result.providers.map((entry) => entry.data);
const used = (values: Iterable<string>) => new Set(values);

describe("the sample catalogue", () => {
  it("has no validation errors", () => {
    expect(result.findings.filter((finding) => finding.severity === "error")).toEqual([]);
  });

  it("has at least 40 courses from at least 12 providers, every file valid", () => {
    expect(courses.length).toBeGreaterThanOrEqual(40);
    expect(providers.length).toBeGreaterThanOrEqual(12);
    expect(courses.length + providers.length + result.pathways.length).toBe(result.fileCount);
  });

  it("has pathways to awards that in-house and university courses count toward, with no warnings", () => {
    expect(result.pathways.length).toBeGreaterThanOrEqual(2);
    expect(result.findings.filter((finding) => finding.file.startsWith("content/pathways/"))).toEqual([]);
    const onPathways = new Set(result.pathways.flatMap(({ data }) => data.steps.map((step) => step.course)));
    const creditRatedOnPathway = courses.filter(
      (course) => onPathways.has(course.id) && course.creditStatus === "credit-rated",
    );
    expect(creditRatedOnPathway.length).toBeGreaterThan(0);
  });

  it("covers every theme, credit status, involvement mode, learner mix, workforce level and form of learning", () => {
    const ids = (terms: readonly { id: string }[]) => terms.map((term) => term.id).sort();
    expect([...used(courses.flatMap((c) => c.themes))].sort()).toEqual(ids(themes));
    expect([...used(courses.map((c) => c.creditStatus))].sort()).toEqual(ids(creditStatuses));
    expect([...used(courses.flatMap((c) => c.serviceUserInvolvement.modes))].sort()).toEqual(
      ids(serviceUserInvolvementModes),
    );
    expect([...used(courses.flatMap((c) => c.learnerMix))].sort()).toEqual(ids(learnerMixes));
    expect([...used(courses.flatMap((c) => c.workforceLevels))].sort()).toEqual(ids(workforceLevels));
    expect([...used(courses.flatMap((c) => c.learningForms))].sort()).toEqual(ids(learningForms));
  });

  it("is open to at least 10 professions and comes from HEIs, colleges, trusts, a council and voluntary groups", () => {
    expect(used(courses.flatMap((c) => c.professions)).size).toBeGreaterThanOrEqual(10);
    const types = used(providers.map((p) => p.type));
    for (const type of ["hei", "fe-college", "nhs-trust", "local-authority", "voluntary-sector", "service-user-led"]) {
      expect(providerTypes.map((t) => t.id)).toContain(type);
      expect(types.has(type), type).toBe(true);
    }
  });

  it("has online and in-person runs to come, and some past runs", () => {
    const upcoming = courses.flatMap((course) => currentRuns(course, asOf));
    expect(upcoming.some((run) => run.online)).toBe(true);
    expect(upcoming.some((run) => run.venue)).toBe(true);
    expect(courses.some((course) => course.presentations.some((run) => (run.end ?? run.start ?? "9999") < asOf))).toBe(
      true,
    );
  });
});
