/**
 * How many results to show at first, and how many more each "Show more"
 * adds. Each result's details are a download of their own (Pagefind's
 * fragment file), so a page of results is what a visitor pays for before
 * reading any: ten fill a desktop screen and a half, about three phone
 * screens, and "Show more" is one press away.
 */
export const PAGE = 10;

/**
 * How many results are drawn as soon as their details arrive, before the
 * rest of the page of results is even asked for: the first screenful is
 * what the user reads first, and asking for the rest at the same time made
 * it wait for a share of the same connections.
 */
export const FIRST_DRAW = 5;
