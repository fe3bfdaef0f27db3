import { describe, expect, it } from "vitest";
import type { CourseEntry } from "../../src/catalogue/catalogue.ts";
import type { PathwayPlace } from "../../src/domain/pathways.ts";
import type { Provider } from "../../src/domain/schema/index.ts";
import { coursePageProps, pageCacheKey } from "../../src/site/course-page.ts";

const provider = (id: string, name: string) => ({ id, name }) as unknown as Provider;

/** A trust's course rated by a university and run with a council, which counts toward one pathway. */
function catalogue(names: Record<string, string> = {}, asOf = "2026-11-25") {
  const providers = new Map(
    ["trust", "university", "council", "college"].map((id) => [id, provider(id, names[id] ?? `The ${id}`)]),
  );
  const entry = {
    course: {
      id: "course",
      provider: "trust",
      creditRating: { ratedBy: "university" },
      partners: [{ provider: "council" }, { name: "A charity" }],
    },
    provider: providers.get("trust"),
    body: "A description.",
  } as unknown as CourseEntry;
  const place = {
    pathway: { id: "pathway", title: names.pathway ?? "A pathway" },
    step: {},
  } as unknown as PathwayPlace;
  return { entry, asOf, providers, pathwaysOfCourse: new Map([["course", [place]]]) };
}

const keyOf = (built: ReturnType<typeof catalogue>) => pageCacheKey(coursePageProps(built.entry, built));

describe("a course page's props and cache key", () => {
  it("gather what the page shows from other entries: its credit body, partners' names and pathways", () => {
    const built = catalogue();
    const props = coursePageProps(built.entry, built);
    expect(props.creditBody?.name).toBe("The university");
    expect(props.partnerNames).toEqual({ council: "The council" });
    expect(props.pathways.map(({ pathway }) => pathway.title)).toEqual(["A pathway"]);
  });

  it("change when anything the page shows changes, and only then", () => {
    const before = keyOf(catalogue());
    expect(keyOf(catalogue())).toBe(before);
    expect(keyOf(catalogue({ college: "A renamed college" }))).toBe(before);
    for (const changed of [
      catalogue({ university: "A renamed university" }),
      catalogue({ council: "A renamed council" }),
      catalogue({ pathway: "A renamed pathway" }),
      catalogue({}, "2026-11-26"),
    ])
      expect(keyOf(changed)).not.toBe(before);
    const edited = catalogue();
    expect(keyOf({ ...edited, entry: { ...edited.entry, body: "An edited description." } })).not.toBe(before);
  });
});
