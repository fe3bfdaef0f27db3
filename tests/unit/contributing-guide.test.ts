import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { lintInProcess } from "../../src/validator/core/body-lint.ts";
import { checkDraft } from "../../src/validator/core/check-draft.ts";
import { validateCatalogue } from "../../src/validator/node/validate-catalogue.ts";
import { FIXTURE_AS_OF } from "../helpers/catalogue.ts";

const root = path.resolve(import.meta.dirname, "../..");
const guide = readFileSync(path.join(root, "CONTRIBUTING.md"), "utf8");

describe("CONTRIBUTING.md", () => {
  const examples = [...guide.matchAll(/<!-- example: (\S+) -->\s*```markdown\n([\s\S]*?)```/g)];

  it("has worked examples", () => expect(examples.length).toBeGreaterThan(0));

  it.each(examples.map((match) => [match[1]!, match[2]!]))(
    "example %s passes the checks as written",
    async (file, text) => {
      const catalogue = await validateCatalogue({
        contentDir: path.join(root, "content"),
        projectRoot: root,
        asOf: FIXTURE_AS_OF,
      });
      const providers = new Map(catalogue.providers.map(({ data }) => [data.id, data]));
      const [, , folder, name] = file.split("/");
      const findings = await checkDraft(
        text,
        { collection: "courses", stem: name!.replace(/\.md$/, ""), folder: folder! },
        { providers, providerIds: new Set(providers.keys()), asOf: FIXTURE_AS_OF },
        lintInProcess,
      );
      expect(findings.map((finding) => `${finding.field}: ${finding.message}`)).toEqual([]);
    },
  );

  it("quotes only messages the checks really give", async () => {
    const fixture = path.join(root, "tests/fixtures/broken-catalogue");
    const { findings } = await validateCatalogue({ contentDir: fixture, projectRoot: root, asOf: FIXTURE_AS_OF });
    const table = guide.slice(guide.indexOf("<!-- messages:"), guide.indexOf("## How a listing is reviewed"));
    const quoted = [...table.matchAll(/^\| `(.+?)`/gm)].map((match) => match[1]!);
    expect(quoted.length).toBeGreaterThanOrEqual(10);
    for (const message of quoted) {
      expect(
        findings.some((finding) => finding.message.startsWith(message)),
        message,
      ).toBe(true);
    }
  });
});
