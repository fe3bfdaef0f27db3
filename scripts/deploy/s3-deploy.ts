/**
 * Publishes a built site (dist/) to an S3-compatible bucket, uploading only
 * what changed. Each object is stored with the Content-Type and Cache-Control
 * of src/site/caching.ts (the rules `_headers` and the nginx include are
 * written from), uncompressed: the CDN in front compresses (docs/deploy.md).
 *
 * What is in the bucket is read from a listing (which objects exist, and each
 * one's ETag, the MD5 of its bytes for a plain upload) and from a manifest the
 * last deploy left beside the site, `.deploy-manifest.json`, holding each
 * file's MD5 and the headers it was stored with. A file is uploaded when the
 * bucket lacks it, or its bytes or headers differ; removed files are deleted
 * only with `delete: true`. Scripts and styles go first and pages last, so a
 * page never links to a file not yet uploaded; deletions come after everything.
 */
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import {
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  type S3Client,
} from "@aws-sdk/client-s3";
import { cacheControlFor, contentTypeFor, IMMUTABLE } from "../../src/site/caching.ts";
import { HOST_FILES } from "../../src/site/security-headers.ts";
import { mapLimited } from "../../src/validator/node/map-limited.ts";

/** The object beside the site that records what the last deploy uploaded. */
export const MANIFEST_NAME = ".deploy-manifest.json";

/** Headers an object is stored with. */
export interface ObjectHeaders {
  readonly contentType: string;
  readonly cacheControl: string;
}

/** A file of the built site, as it should be in the bucket. */
export interface LocalFile extends ObjectHeaders {
  /** Path in dist/, with forward slashes. */
  readonly file: string;
  readonly absolutePath: string;
  /** MD5 of the bytes, hex: what S3 gives as the ETag of a plain upload. */
  readonly md5: string;
  readonly size: number;
}

interface Manifest {
  readonly version: 1;
  readonly files: Record<string, { readonly md5: string } & ObjectHeaders>;
}

export interface DeployPlan {
  /** Files to upload, in upload order, each with why. */
  readonly upload: readonly (LocalFile & { readonly reason: "new" | "changed" | "headers" })[];
  /** Keys in the bucket (under the prefix) that dist/ no longer has. */
  readonly remove: readonly string[];
  readonly unchanged: number;
}

export interface DeployOptions {
  readonly client: S3Client;
  readonly bucket: string;
  /** Folder in the bucket the site goes in ("" for the top, otherwise ending in "/"). */
  readonly prefix?: string;
  /** The built site. */
  readonly dir: string;
  /** Delete objects under the prefix that the site no longer has. */
  readonly delete?: boolean;
  /** Work out and return the plan, change nothing. */
  readonly dryRun?: boolean;
  /** Uploads at once. */
  readonly concurrency?: number;
  readonly log?: (line: string) => void;
}

export interface DeployResult extends DeployPlan {
  /** Whether removed files were deleted (only with `delete`, never on a dry run). */
  readonly deleted: boolean;
  readonly dryRun: boolean;
}

/** Host configuration the build writes beside the site (read by Netlify, Cloudflare Pages, nginx), not served. */
const NOT_PUBLISHED = new Set<string>([HOST_FILES.headers, HOST_FILES.nginx]);

/** Every file of the built site with its hash and headers, in upload order. */
export async function localFiles(dir: string): Promise<LocalFile[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const paths = entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .map((absolutePath) => ({ absolutePath, file: path.relative(dir, absolutePath).split(path.sep).join("/") }))
    .filter(({ file }) => !NOT_PUBLISHED.has(file));
  const files = await mapLimited(paths, 32, async ({ absolutePath, file }) => {
    const bytes = await readFile(absolutePath);
    return {
      file,
      absolutePath,
      md5: createHash("md5").update(bytes).digest("hex"),
      size: bytes.length,
      contentType: contentTypeFor(file),
      cacheControl: cacheControlFor(file),
    };
  });
  return files.sort((a, b) => uploadRank(a) - uploadRank(b) || a.file.localeCompare(b.file));
}

/** Long-lived assets first, then other files, then pages, so nothing links to a file not yet uploaded. */
function uploadRank(file: LocalFile): number {
  if (file.cacheControl === IMMUTABLE) return 0;
  return file.contentType.startsWith("text/html") ? 2 : 1;
}

/** What the bucket holds under the prefix: each key's ETag (without quotes). */
async function listBucket(client: S3Client, bucket: string, prefix: string): Promise<Map<string, string>> {
  const objects = new Map<string, string>();
  let token: string | undefined;
  do {
    const page = await client.send(
      new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix || undefined, ContinuationToken: token }),
    );
    for (const object of page.Contents ?? []) {
      if (object.Key) objects.set(object.Key, (object.ETag ?? "").replace(/"/g, ""));
    }
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return objects;
}

async function readManifest(client: S3Client, bucket: string, key: string): Promise<Manifest | undefined> {
  try {
    const response = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    const text = await response.Body?.transformToString();
    const manifest = text ? (JSON.parse(text) as Manifest) : undefined;
    return manifest?.version === 1 ? manifest : undefined;
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === "NoSuchKey" || name === "NotFound") return undefined;
    throw error;
  }
}

/** Compares dist/ with the bucket: what to upload, what to delete, how many are unchanged. */
export function planDeploy(
  files: readonly LocalFile[],
  remote: ReadonlyMap<string, string>,
  manifest: Manifest | undefined,
  prefix: string,
): DeployPlan {
  const upload: DeployPlan["upload"][number][] = [];
  let unchanged = 0;
  for (const file of files) {
    const key = `${prefix}${file.file}`;
    const etag = remote.get(key);
    const recorded = manifest?.files[file.file];
    if (etag === undefined) upload.push({ ...file, reason: "new" });
    // An ETag that is a plain MD5 must match; one that is not (an encrypted bucket) leaves the manifest to say.
    else if (!recorded || recorded.md5 !== file.md5 || (/^[0-9a-f]{32}$/.test(etag) && etag !== file.md5))
      upload.push({ ...file, reason: "changed" });
    else if (recorded.contentType !== file.contentType || recorded.cacheControl !== file.cacheControl)
      upload.push({ ...file, reason: "headers" });
    else unchanged++;
  }
  const wanted = new Set(files.map((file) => `${prefix}${file.file}`));
  wanted.add(`${prefix}${MANIFEST_NAME}`);
  const remove = [...remote.keys()].filter((key) => !wanted.has(key)).sort();
  return { upload, remove, unchanged };
}

/** Publishes `dir` to the bucket (see the module comment). */
export async function deploySite(options: DeployOptions): Promise<DeployResult> {
  const { client, bucket, dir } = options;
  const prefix = options.prefix ?? "";
  if (prefix !== "" && !prefix.endsWith("/")) throw new Error(`The prefix must end in "/": "${prefix}"`);
  const log = options.log ?? (() => undefined);
  const files = await localFiles(dir);
  if (files.length === 0) throw new Error(`There is nothing to publish in ${dir}: build the site first`);
  const [remote, manifest] = await Promise.all([
    listBucket(client, bucket, prefix),
    readManifest(client, bucket, `${prefix}${MANIFEST_NAME}`),
  ]);
  const plan = planDeploy(files, remote, manifest, prefix);
  const dryRun = options.dryRun ?? false;
  const deleting = (options.delete ?? false) && plan.remove.length > 0;
  log(
    `${files.length} files: ${plan.upload.length} to upload, ${plan.unchanged} unchanged, ${plan.remove.length} in the bucket but not in ${dir}${
      plan.remove.length > 0 && !options.delete ? " (kept; --delete removes them)" : ""
    }.`,
  );
  if (dryRun) {
    for (const file of plan.upload) log(`would upload ${file.file} (${file.reason})`);
    for (const key of plan.remove) log(`${options.delete ? "would delete" : "would keep"} ${key}`);
    return { ...plan, deleted: false, dryRun };
  }

  // One rank at a time, each finished before the next starts: uploads run side by side and finish in
  // any order, so only this keeps a page from going up before a file it links to.
  for (const rank of [...new Set(plan.upload.map(uploadRank))].sort((a, b) => a - b)) {
    const ofRank = plan.upload.filter((file) => uploadRank(file) === rank);
    await mapLimited(ofRank, options.concurrency ?? 8, async (file) => {
      await client.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: `${prefix}${file.file}`,
          Body: await readFile(file.absolutePath),
          ContentType: file.contentType,
          CacheControl: file.cacheControl,
        }),
      );
      log(`uploaded ${file.file} (${file.reason})`);
    });
  }
  // Written after every upload, so a deploy that stops half way is finished by the next one.
  const record: Manifest = {
    version: 1,
    files: Object.fromEntries(
      files.map(({ file, md5, contentType, cacheControl }) => [file, { md5, contentType, cacheControl }]),
    ),
  };
  await client.send(
    new PutObjectCommand({
      Bucket: bucket,
      Key: `${prefix}${MANIFEST_NAME}`,
      Body: JSON.stringify(record),
      ContentType: "application/json",
      CacheControl: "no-store",
    }),
  );
  if (deleting) {
    for (let start = 0; start < plan.remove.length; start += 1000) {
      const batch = plan.remove.slice(start, start + 1000);
      const response = await client.send(
        new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: batch.map((Key) => ({ Key })), Quiet: true } }),
      );
      if (response.Errors && response.Errors.length > 0) {
        throw new Error(`Could not delete ${response.Errors.map((error) => error.Key).join(", ")}`);
      }
      for (const key of batch) log(`deleted ${key}`);
    }
  }
  return { ...plan, deleted: deleting, dryRun };
}
