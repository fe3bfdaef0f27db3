import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import {
  districtOfPostcode,
  findPlace,
  isGazetteer,
  isUkPostcode,
  milesBetween,
  normaliseDistrict,
  normalisePostcode,
  placeKey,
  repairedPostcode,
  suggestPlaces,
  type Coordinates,
} from "../../src/domain/places.ts";
import { gazetteerFile, placeDataAttribution, placeOfPostcode } from "../../src/domain/places/place-data.ts";
import {
  areaNames,
  centreNames,
  compareDistricts,
  DEFAULT_SOURCE,
  derivePlaces,
  isQuarterOf,
  OUTPUT,
  placeFileText,
  readRows,
  regionOf,
} from "../../scripts/refresh-places.ts";

const gazetteer = gazetteerFile();
const at = (latitude: number, longitude: number): Coordinates => ({ latitude, longitude });

describe("UK postcodes", () => {
  it("accepts full postcodes of every shape, in any case and spacing", () => {
    for (const postcode of [
      "M1 1AE",
      "B33 8TH",
      "CR2 6XH",
      "DN55 1PT",
      "W1A 0AX",
      "EC1A 1BB",
      "bl11aa",
      " bl1  1aa ",
    ]) {
      expect(isUkPostcode(postcode), postcode).toBe(true);
    }
  });

  it("refuses districts, part postcodes, town names and other shapes", () => {
    for (const text of ["", "BL1", "BL1 1", "XX1", "MANCHESTER", "BL1 1AAA", "1BL 1AA", "BL1 IAA", "12345"]) {
      expect(isUkPostcode(text), text).toBe(false);
    }
  });

  it("writes postcodes and districts as Royal Mail does", () => {
    expect(normalisePostcode("bl11aa")).toBe("BL1 1AA");
    expect(normalisePostcode(" ec1a  1bb ")).toBe("EC1A 1BB");
    expect(normalisePostcode("BL1")).toBeUndefined();
    expect(districtOfPostcode("wa28wa")).toBe("WA2");
    expect(districtOfPostcode("WA2")).toBeUndefined();
    expect(normaliseDistrict("m1")).toBe("M1");
    expect(normaliseDistrict("ec1a")).toBe("EC1A");
    expect(normaliseDistrict("Bolton")).toBeUndefined();
  });

  it("suggests the postcode meant when O or I was typed for 0 or 1", () => {
    expect(repairedPostcode("BL1 IAA")).toBe("BL1 1AA");
    expect(repairedPostcode("SW1A 2A0")).toBe("SW1A 2AO");
    expect(repairedPostcode("BL1 1AA")).toBeUndefined();
    expect(repairedPostcode("MANCHESTER")).toBeUndefined();
  });
});

describe("miles between two places", () => {
  const manchester = at(53.4808, -2.2426);
  const liverpool = at(53.4084, -2.9916);
  const london = at(51.5074, -0.1278);
  const edinburgh = at(55.9533, -3.1883);

  it("measures known distances as the crow flies", () => {
    expect(milesBetween(manchester, liverpool)).toBeCloseTo(31.2, 0);
    expect(milesBetween(london, edinburgh)).toBeCloseTo(331.8, 0);
  });

  it("is zero from a place to itself and the same both ways", () => {
    expect(milesBetween(manchester, manchester)).toBe(0);
    expect(milesBetween(liverpool, london)).toBeCloseTo(milesBetween(london, liverpool), 9);
  });
});

describe("finding the place a visitor types", () => {
  it("reads a full postcode, in any case or spacing, as its district's centre", () => {
    const place = findPlace("bl11aa", gazetteer);
    expect(place).toMatchObject({ name: "BL1 1AA", kind: "postcode" });
    expect(findPlace("BL1 1AA", gazetteer)).toEqual(place);
    expect(place && milesBetween(place, at(...(gazetteer.districts.BL1!.slice(0, 2) as [number, number])))).toBe(0);
  });

  it("reads a postcode district, or a district and the start of the rest", () => {
    expect(findPlace("WA2", gazetteer)).toMatchObject({ name: "WA2", kind: "district" });
    expect(findPlace(" m1 ", gazetteer)).toMatchObject({ name: "M1", kind: "district" });
    expect(findPlace("BL1 1", gazetteer)).toMatchObject({ name: "BL1", kind: "district" });
  });

  it("reads a town's name in any case, punctuation and spacing", () => {
    expect(findPlace("bolton", gazetteer)).toMatchObject({ name: "Bolton", kind: "town" });
    for (const text of ["Newcastle upon Tyne", "newcastle-upon-tyne", "  NEWCASTLE   upon tyne "]) {
      expect(findPlace(text, gazetteer), text).toMatchObject({ name: "Newcastle upon Tyne", kind: "town" });
    }
    expect(findPlace("Saint Helens", gazetteer)?.name).toBe(findPlace("st helens", gazetteer)?.name);
    expect(findPlace("St. Helens", gazetteer)).toMatchObject({ kind: "town" });
  });

  it("finds areas within towns, and reads 'Town, County' as the town", () => {
    expect(findPlace("Smithills", gazetteer)).toMatchObject({ name: "Smithills", kind: "town" });
    expect(findPlace("Bolton, Greater Manchester", gazetteer)).toMatchObject({ name: "Bolton", kind: "town" });
  });

  it("finds nothing for unknown places, districts and postcodes", () => {
    for (const text of ["", "   ", "Atlantis", "ZZ9", "ZZ9 9ZZ", "x".repeat(5000)]) {
      expect(findPlace(text, gazetteer), text.slice(0, 20)).toBeUndefined();
    }
  });

  it("puts towns near where they are", () => {
    const known: [string, number, number][] = [
      ["Manchester", 53.4808, -2.2426],
      ["Bolton", 53.578, -2.429],
      ["Preston", 53.7632, -2.7031],
      ["Warrington", 53.39, -2.597],
      ["Liverpool", 53.4084, -2.9916],
      ["Chester", 53.1934, -2.8931],
      ["Newcastle upon Tyne", 54.978, -1.6178],
      ["Leeds", 53.8008, -1.5491],
      ["Birmingham", 52.4862, -1.8904],
      ["Newport", 51.5842, -2.9977],
      ["Cardiff", 51.4816, -3.1791],
      ["Glasgow", 55.8642, -4.2518],
      ["Edinburgh", 55.9533, -3.1883],
      ["Belfast", 54.5973, -5.9301],
      ["London", 51.5074, -0.1278],
    ];
    for (const [name, latitude, longitude] of known) {
      const place = findPlace(name, gazetteer);
      expect(place && milesBetween(place, at(latitude, longitude)), name).toBeLessThan(1.5);
    }
  });

  it("suggests names close to a misspelt one", () => {
    expect(suggestPlaces("Bolten", gazetteer)).toContain("Bolton");
    expect(suggestPlaces("Manchster", gazetteer)).toContain("Manchester");
    expect(suggestPlaces("warringt", gazetteer)).toContain("Warrington");
    expect(suggestPlaces("BL1", gazetteer)).toEqual([]);
    expect(suggestPlaces("bo", gazetteer)).toEqual([]);
  });

  it("compares names by their key", () => {
    expect(placeKey("Newcastle-upon-Tyne")).toBe("newcastle upon tyne");
    expect(placeKey("Saint Helen's")).toBe("st helens");
    expect(placeKey("Ynys Môn")).toBe("ynys mon");
    expect(placeKey("East & West Boldon")).toBe("east and west boldon");
  });
});

describe("the gazetteer file the search page loads", () => {
  const text = JSON.stringify(gazetteer);

  it("has the gazetteer's shape and carries the data's attribution", () => {
    expect(isGazetteer(JSON.parse(text))).toBe(true);
    expect(isGazetteer({ districts: {} })).toBe(false);
    expect(gazetteer.attribution).toBe(placeDataAttribution);
    expect(placeDataAttribution).toContain("Contains OS data © Crown copyright and database right");
  });

  it("stays small: under 200 KB, and 80 KB gzipped", () => {
    expect(text.length).toBeLessThan(200_000);
    expect(gzipSync(text).length).toBeLessThan(80_000);
  });

  it("is what the site publishes at search/places.json", async () => {
    const { GET } = await import("../../src/pages/search/places.json.ts");
    const response = (GET as () => Response)();
    expect(response.headers.get("Content-Type")).toBe("application/json");
    expect(await response.json()).toEqual(JSON.parse(text));
  });
});

describe("where a venue's postcode is", () => {
  it("gives its district's centre, region and post town", () => {
    expect(placeOfPostcode("BL1 2EG")).toEqual({
      district: "BL1",
      latitude: 53.5889,
      longitude: -2.4406,
      region: "north-west",
      town: "Bolton",
    });
  });

  it("puts the districts the source's README checks in their regions", () => {
    for (const district of ["BL1", "PR1", "OL1", "WA2", "M1", "L1", "CH1"]) {
      expect(placeOfPostcode(`${district} 1AA`)?.region, district).toBe("north-west");
    }
    expect(placeOfPostcode("KY1 1AA")?.region).toBe("scotland");
  });

  it("has no region for the Channel Islands and the Isle of Man, and nothing for unknown districts", () => {
    expect(placeOfPostcode("GY1 1AA")).toMatchObject({ district: "GY1" });
    expect(placeOfPostcode("GY1 1AA")?.region).toBeUndefined();
    expect(placeOfPostcode("ZZ9 9ZZ")).toBeUndefined();
    expect(placeOfPostcode("not a postcode")).toBeUndefined();
  });
});

describe("refreshing the place data", () => {
  it("maps the source's region names to the regions vocabulary, and stops on any other", () => {
    expect(regionOf("Yorkshire and The Humber")).toBe("yorkshire-and-the-humber");
    expect(regionOf("East of England")).toBe("east-of-england");
    expect(regionOf("")).toBeNull();
    expect(() => regionOf("Mercia")).toThrow('Unknown UK region "Mercia"');
  });

  it("keeps place names from doogal's Town/Area column and drops what is not one", () => {
    expect(areaNames("Bolton, Smithills, Halliwell, Heaton")).toEqual(["Bolton", "Smithills", "Halliwell", "Heaton"]);
    expect(areaNames("Luton (North), Hendy (Carmarthenshire), Inverness (East, north)")).toEqual([
      "Luton",
      "Hendy",
      "Inverness",
    ]);
    expect(areaNames("Glenariff/Waterfoot, North/South Hykeham")).toEqual(["Glenariff", "Waterfoot", "South Hykeham"]);
    expect(areaNames("Non-geographic, Large user and PO Box, Tower 42, East & West Boldon, University")).toEqual([]);
    expect(
      areaNames("Manchester City Centre, City Centre, including Caerleon, Shotley Peninsula: Capel St Mary"),
    ).toEqual(["Caerleon", "Capel St Mary"]);
    expect(areaNames("the Houses of Parliament")).toEqual([]);
  });

  it("reads which districts are a town's centre", () => {
    expect(centreNames("Piccadilly, Manchester City Centre", ["Manchester"])).toEqual(["Manchester"]);
    expect(centreNames("City Centre, Avenham", ["Preston"])).toEqual(["Preston"]);
    expect(centreNames("Torquay (centre), Irvine Centre, Paisley (Central", [])).toEqual([
      "Torquay",
      "Irvine",
      "Paisley",
    ]);
    expect(areaNames("Torquay (centre), Irvine Centre, Paisley (Central")).toEqual([]);
  });

  it("drops compass quarters of post towns but keeps towns named so", () => {
    const postTowns = new Set(["shrewsbury", "chesterfield", "east kilbride", "kilbride"]);
    expect(isQuarterOf("east shrewsbury", postTowns)).toBe(true);
    expect(isQuarterOf("central and west chesterfield", postTowns)).toBe(true);
    expect(isQuarterOf("east kilbride", postTowns)).toBe(false);
    expect(isQuarterOf("west malling", postTowns)).toBe(false);
  });

  it("orders districts as people read them", () => {
    expect(["BL11", "BL2", "BB1", "BL1", "EC1A", "E1W", "E1"].sort(compareDistricts)).toEqual([
      "BB1",
      "BL1",
      "BL2",
      "BL11",
      "E1",
      "E1W",
      "EC1A",
    ]);
  });

  const haveSource = existsSync(DEFAULT_SOURCE);
  it.skipIf(!haveSource)(
    haveSource
      ? "gives the committed file from the shared postcode-district file"
      : `gives the committed file from the shared postcode-district file (skipped: ${DEFAULT_SOURCE} is absent)`,
    async () => {
      const { file, notes } = derivePlaces(readRows(await readFile(DEFAULT_SOURCE, "utf8")));
      expect(await placeFileText(file)).toBe(await readFile(OUTPUT, "utf8"));
      expect(notes.join("\n")).toContain("3095 districts with a centre");
    },
    30_000,
  );

  it("refuses a file without the columns it reads, and a cut-off file", () => {
    expect(() => readRows("Postcode,Latitude\nBL1,53.5\n")).toThrow("lacks the columns");
    const header = "Postcode,Latitude,Longitude,Town/Area,UK region,Post Town,Active postcodes,Population\n";
    expect(() => derivePlaces(readRows(`${header}BL1,53.5889,-2.4406,Bolton,North West,Bolton,1862,63209\n`))).toThrow(
      "Only 1 districts have a centre",
    );
  });
});
