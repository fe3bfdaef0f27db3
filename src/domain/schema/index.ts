/** The content model: one schema per collection (providers, courses, pathways), built from one module per concept. */
export * from "./course.ts";
export * from "./provider.ts";
export * from "./pathway.ts";
export * from "./presentation.ts";
export * from "./session.ts";
export * from "./credit.ts";
export * from "./contact.ts";
export * from "./cost.ts";
export * from "./venue.ts";
export * from "./partner.ts";
export * from "./framework-alignment.ts";
export * from "./service-user-involvement.ts";
export * from "./evaluation.ts";
export * from "./import-provenance.ts";
export * from "./primitives.ts";
export * from "./wording.ts";
