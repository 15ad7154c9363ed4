/**
 * Canada's provinces and territories, by the code the plan stores and the name people read. A
 * service in the resource directory serves "Canada" or one of these.
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

/** Where a service can be reached from: the whole country, or one province or territory. */
export const NATIONWIDE = "Canada";
export const regionNames = [NATIONWIDE, ...provinceNames] as const;
export type RegionName = (typeof regionNames)[number];
