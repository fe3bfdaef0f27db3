/** A course page's one script: its "Back to results" and its "Print CPD record", in one small module. */
import "./back-to-results.ts";
import "./print-cpd-record.ts";
