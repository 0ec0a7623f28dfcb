/** `near` as the SDK takes it: coordinates from "lat,lon", otherwise a postcode; undefined when empty. */
export function parseNear(value: string): { latitude: number; longitude: number } | { postcode: string } | undefined {
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  const match = /^(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)$/.exec(trimmed);
  if (match) {
    const latitude = Number(match[1]);
    const longitude = Number(match[2]);
    if (Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180) return { latitude, longitude };
  }
  return { postcode: trimmed };
}


/** True when `near` holds coordinates (from "Use my location") rather than a place the visitor typed. */
export const nearIsPosition = (near: string): boolean => 'latitude' in (parseNear(near) ?? {});
