#!/usr/bin/env node
/**
 * npm run deploy:s3 -- --bucket NAME [--prefix FOLDER/] [--dir dist] [--delete] [--dry-run] [--concurrency 8]
 * Publishes the built site to an S3-compatible bucket, uploading only the files that changed, each
 * with the content type and cache lifetime of src/site/caching.ts. See docs/deploy.md.
 *
 * Credentials and the endpoint come from the environment, as for any AWS SDK tool:
 * AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY (or a profile, or a CI role), AWS_REGION; and for
 * another S3-compatible store, S3_ENDPOINT (such as https://<account>.r2.cloudflarestorage.com)
 * and S3_FORCE_PATH_STYLE=1 where the store needs it (MinIO). DEPLOY_BUCKET and DEPLOY_PREFIX may
 * stand for --bucket and --prefix.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { S3Client } from "@aws-sdk/client-s3";
import { deploySite } from "./deploy/s3-deploy.ts";

const usage =
  "Usage: npm run deploy:s3 -- --bucket NAME [--prefix FOLDER/] [--dir dist] [--delete] [--dry-run] [--concurrency 8]";

function fail(message: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    bucket: { type: "string", default: process.env.DEPLOY_BUCKET },
    prefix: { type: "string", default: process.env.DEPLOY_PREFIX ?? "" },
    dir: { type: "string", default: "dist" },
    delete: { type: "boolean", default: false },
    "dry-run": { type: "boolean", default: false },
    concurrency: { type: "string", default: "8" },
  },
});
if (!values.bucket) fail("Name the bucket with --bucket (or DEPLOY_BUCKET).");
const dir = path.resolve(values.dir);
if (!existsSync(path.join(dir, "index.html"))) fail(`There is no built site in ${dir}: run npm run build first.`);
const concurrency = Number(values.concurrency);
if (!Number.isInteger(concurrency) || concurrency < 1) fail("--concurrency must be a whole number of at least 1.");

// Another S3-compatible store (R2, MinIO…) is named by its endpoint; R2 takes the region "auto".
const endpoint = process.env.S3_ENDPOINT;
const region = process.env.AWS_REGION ?? (endpoint ? "auto" : undefined);
const client = new S3Client({
  ...(region ? { region } : {}),
  ...(endpoint ? { endpoint } : {}),
  forcePathStyle: process.env.S3_FORCE_PATH_STYLE === "1",
});
const started = Date.now();
const result = await deploySite({
  client,
  bucket: values.bucket,
  prefix: values.prefix,
  dir,
  delete: values.delete,
  dryRun: values["dry-run"],
  concurrency,
  log: (line) => console.log(line),
}).catch((error: unknown) => {
  // What the store said (no credentials, no such bucket, access denied), without a stack trace.
  console.error(`The deploy stopped: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
  console.error("Files uploaded so far stay; run the deploy again to finish (it uploads only what is still missing).");
  process.exit(1);
});
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(
  result.dryRun
    ? `Dry run: nothing changed in ${values.bucket} (${seconds} s).`
    : `Published to ${values.bucket}/${values.prefix}: ${result.upload.length} uploaded, ${result.unchanged} unchanged, ${result.deleted ? `${result.remove.length} deleted` : "none deleted"} (${seconds} s).`,
);
