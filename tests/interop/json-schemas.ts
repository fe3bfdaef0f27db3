/**
 * JSON Schema checks with ajv: Open Badges 3.0 Achievements against 1EdTech's official schema
 * (reference/openbadges/), and the site's JSON files against the JSON Schemas the site itself publishes.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2019 from "ajv/dist/2019.js";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const here = path.dirname(fileURLToPath(import.meta.url));
export const OPEN_BADGES_SCHEMA_FILE = path.join(
  here,
  "reference/openbadges/ob_v3p0_achievementcredential_schema.json",
);

/** One failure: the schema keyword that failed and where, so figures can be counted by rule. */
export interface SchemaFailure {
  readonly rule: string;
  readonly where: string;
}

type ValidateFunction = ((data: unknown) => boolean) & {
  errors?: readonly { keyword: string; instancePath: string; schemaPath: string; message?: string }[] | null;
};

const failuresOf = (validate: ValidateFunction): SchemaFailure[] =>
  (validate.errors ?? []).map((error) => ({
    rule: `${error.instancePath.replace(/\/\d+/g, "/*") || "/"}: ${error.message ?? error.keyword}`,
    where: error.instancePath || "/",
  }));

/**
 * A validator for the Achievement class of 1EdTech's AchievementCredential JSON Schema (draft 2019-09):
 * the schema is loaded whole and the Achievement definition referenced inside it, so every $ref it
 * makes (Alignment, Criteria, EndorsementCredential, Profile…) resolves in 1EdTech's own text.
 */
export function openBadgesAchievementValidator(): (achievement: unknown) => SchemaFailure[] {
  const schema = JSON.parse(readFileSync(OPEN_BADGES_SCHEMA_FILE, "utf8")) as { $id: string };
  const ajv = new Ajv2019({ allErrors: true, strict: false });
  addFormats.default(ajv);
  ajv.addSchema(schema);
  const validate = ajv.compile({ $ref: `${schema.$id}#/$defs/Achievement` }) as ValidateFunction;
  return (achievement) => (validate(achievement) ? [] : failuresOf(validate));
}

/** A validator for a JSON Schema (draft 2020-12) the site publishes, such as api/courses.schema.json. */
export function publishedSchemaValidator(schema: object): (data: unknown) => SchemaFailure[] {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const validate = ajv.compile(schema) as ValidateFunction;
  return (data) => (validate(data) ? [] : failuresOf(validate));
}
