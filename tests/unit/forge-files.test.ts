import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const root = path.resolve(import.meta.dirname, "../..");
const providerIds = readdirSync(path.join(root, "content/providers"))
  .filter((name) => name.endsWith(".md"))
  .map((name) => name.replace(/\.md$/, ""));

const MAINTAINERS = "@nw-course-finder/maintainers";

describe("CODEOWNERS", () => {
  const owners = readFileSync(path.join(root, ".github/CODEOWNERS"), "utf8")
    .split("\n")
    .filter((line) => line.trim() && !line.startsWith("#"))
    .map((line) => line.trim().split(/\s+/));

  it("gives every provider's file and course folder to its team and the maintainers, so both review", () => {
    for (const id of providerIds) {
      for (const pattern of [`/content/providers/${id}.md`, `/content/courses/${id}/`]) {
        const teams = owners.find(([candidate]) => candidate === pattern)?.slice(1) ?? [];
        expect(
          teams.filter((team) => team !== MAINTAINERS),
          pattern,
        ).toHaveLength(1);
        // GitHub applies only the last matching line, so the maintainers must be named on each.
        expect(teams, pattern).toContain(MAINTAINERS);
      }
    }
  });

  it("names no provider the catalogue does not have", () => {
    for (const [pattern] of owners) {
      const id = /^\/content\/(?:providers\/([^/]+)\.md|courses\/([^/]+)\/)$/.exec(pattern!);
      if (id) expect(providerIds).toContain(id[1] ?? id[2]);
    }
  });
});

describe("issue templates", () => {
  const folder = path.join(root, ".github/ISSUE_TEMPLATE");
  const forms = readdirSync(folder).filter((name) => name !== "config.yml");

  it("offer the two forms the catalogue's users need", () => {
    const names = forms.map((name) => parse(readFileSync(path.join(folder, name), "utf8")).name);
    expect(names).toEqual(expect.arrayContaining(["Report an outdated course", "Request a credit rating"]));
  });

  // GitHub silently drops an issue form that breaks its schema, so these are the rules it enforces.
  it.each(forms)("%s is an issue form GitHub will accept", (name) => {
    const form = parse(readFileSync(path.join(folder, name), "utf8"));
    expect(form.name).toBeTruthy();
    expect(form.description).toBeTruthy();
    const ids = form.body.filter((item: { id?: string }) => item.id).map((item: { id: string }) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of form.body) {
      expect(["markdown", "input", "textarea", "dropdown", "checkboxes"]).toContain(item.type);
      if (item.type === "markdown") expect(item.attributes.value).toBeTruthy();
      else expect(item.attributes.label).toBeTruthy();
      if (item.type === "dropdown") expect(item.attributes.options.length).toBeGreaterThan(0);
    }
  });
});
