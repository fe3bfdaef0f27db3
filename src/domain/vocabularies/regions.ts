import type { Term } from "./term.ts";

/** UK nations and English regions, for where providers are and where runs take place. */
export const regions = [
  {
    id: "north-west",
    label: "North West",
    definition: "Cheshire, Cumbria, Greater Manchester, Lancashire and Merseyside.",
  },
  { id: "north-east", label: "North East", definition: "County Durham, Northumberland and Tyne and Wear." },
  {
    id: "yorkshire-and-the-humber",
    label: "Yorkshire and the Humber",
    definition: "North, South and West Yorkshire and the Humber.",
  },
  {
    id: "east-midlands",
    label: "East Midlands",
    definition: "Derbyshire, Leicestershire, Lincolnshire, Northamptonshire, Nottinghamshire and Rutland.",
  },
  {
    id: "west-midlands",
    label: "West Midlands",
    definition: "Birmingham and the West Midlands, Herefordshire, Shropshire, Staffordshire and Worcestershire.",
  },
  {
    id: "east-of-england",
    label: "East of England",
    definition: "Bedfordshire, Cambridgeshire, Essex, Hertfordshire, Norfolk and Suffolk.",
  },
  { id: "london", label: "London", definition: "Greater London." },
  {
    id: "south-east",
    label: "South East",
    definition: "Berkshire, Buckinghamshire, Hampshire, Kent, Oxfordshire, Surrey and Sussex.",
  },
  {
    id: "south-west",
    label: "South West",
    definition: "Bristol, Cornwall, Devon, Dorset, Gloucestershire, Somerset and Wiltshire.",
  },
  { id: "scotland", label: "Scotland", definition: "Scotland." },
  { id: "wales", label: "Wales", definition: "Wales." },
  { id: "northern-ireland", label: "Northern Ireland", definition: "Northern Ireland." },
] as const satisfies readonly Term[];

export type RegionId = (typeof regions)[number]["id"];

/**
 * Runs that can be followed online or at a distance, in whole or in part (wherever else they meet): used
 * beside the regions in "region or online". Not the attendance mode "Entirely online", which is one way of
 * learning among several, so the two labels differ as their counts do.
 */
export const onlineLocation = {
  id: "online",
  label: "Online (some or all of it)",
  definition:
    "Runs you can follow online or at a distance, in whole or in part: entirely online courses, distance learning, and runs at a venue that can also be joined online.",
} as const satisfies Term;
