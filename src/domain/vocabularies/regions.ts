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

/** Where a run takes place when it is not at a venue: used beside the regions in "region or online". */
export const onlineLocation = {
  id: "online",
  label: "Online",
  definition: "Runs held online or by distance learning, with no venue to attend.",
} as const satisfies Term;
