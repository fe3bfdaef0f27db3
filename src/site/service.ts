/** The service's name, in the header, titles and Open Graph data. */
export const serviceName = "Find health and social care learning";

/** Where the code lives, for "List your course" and footer links. Set SITE_REPOSITORY when forking. */
export const repositoryUrl = process.env.SITE_REPOSITORY ?? "https://github.com/nw-course-finder/course-finder";

/**
 * Where people without a GitHub account send an entry they downloaded from the List your course
 * form. Set SITE_CONTACT_EMAIL to the maintainers' shared inbox when deploying.
 */
export const maintainerEmail = process.env.SITE_CONTACT_EMAIL ?? "course-finder@example.org";
