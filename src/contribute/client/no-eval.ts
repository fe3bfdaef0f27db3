import { z } from "zod";

// The site's Content-Security-Policy allows no eval. Zod would probe for it with Function(""), which the
// browser reports as a policy violation (Lighthouse's best practices count it); without it Zod checks a
// little more slowly, which one form does not notice. Imported first, before any schema is used.
z.config({ jitless: true });
