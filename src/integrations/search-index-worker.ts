import { parentPort, workerData } from "node:worker_threads";
import { writeCatalogueIndex, type IndexJob } from "./search-index.ts";

/** Builds the search records and writes the index off the main thread (see writeCatalogueIndexInThread). */
const { catalogue, outputDir, options } = workerData as IndexJob;
parentPort!.postMessage(await writeCatalogueIndex(catalogue, outputDir, options));
