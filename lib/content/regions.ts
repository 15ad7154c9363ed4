/**
 * Canada's provinces and territories, by the code the plan stores and the name people read. A
 * service in the resource directory answers in Canada ("CA") or in one or more of these.
 */
export const provinces = {
  AB: "Alberta",
  BC: "British Columbia",
  MB: "Manitoba",
  NB: "New Brunswick",
  NL: "Newfoundland and Labrador",
  NS: "Nova Scotia",
  NT: "Northwest Territories",
  NU: "Nunavut",
  ON: "Ontario",
  PE: "Prince Edward Island",
  QC: "Quebec",
  SK: "Saskatchewan",
  YT: "Yukon",
} as const;

export type ProvinceCode = keyof typeof provinces;
export type ProvinceName = (typeof provinces)[ProvinceCode];

export const provinceCodes = Object.keys(provinces) as [ProvinceCode, ...ProvinceCode[]];
export const provinceNames = Object.values(provinces) as [ProvinceName, ...ProvinceName[]];

/** The whole country: a service listed under it answers from anywhere in Canada. */
export const NATIONWIDE = "CA";
export const NATIONWIDE_NAME = "Canada";
export const regionCodes = [NATIONWIDE, ...provinceCodes] as const;
export type RegionCode = (typeof regionCodes)[number];

/** The code from an address's query (?r=ON), or undefined for anything else. */
export function provinceFromQuery(value: string | string[] | undefined): ProvinceCode | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return provinceCodes.find((code) => code === first);
}
