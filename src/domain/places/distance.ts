/** A point on the Earth, in decimal degrees (WGS84, as GPS and web maps use). */
export interface Coordinates {
  readonly latitude: number;
  readonly longitude: number;
}

/** The Earth's mean radius in miles (6,371 km). */
const EARTH_RADIUS_MILES = 3958.8;

const radians = (degrees: number) => (degrees * Math.PI) / 180;

/**
 * The distance between two points in miles, as the crow flies over a spherical Earth (the
 * haversine formula): within 0.5% of the true distance, which is far closer than a postcode
 * district's centre stands for the places in it.
 */
export function milesBetween(a: Coordinates, b: Coordinates): number {
  const dLat = radians(b.latitude - a.latitude);
  const dLon = radians(b.longitude - a.longitude);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
}
