/** Lines shown on every page. Numbers are from the Canadian resource list in the sources. */
export type CrisisLine = {
  name: string;
  description: string;
  phone: string;
  /** E.164 form for the tel: link. */
  dial: string;
};

export const emergencyLine: CrisisLine = {
  name: "Emergency",
  description: "Police, fire or ambulance, any time",
  phone: "911",
  dial: "911",
};

export const footerCrisisLines: readonly CrisisLine[] = [
  {
    name: "Assaulted Women's Helpline",
    description: "Free, 24 hours, for women who have experienced violence",
    phone: "1-866-863-0511",
    dial: "+18668630511",
  },
  {
    name: "Fem'aide",
    description: "Free, 24 hours, in French",
    phone: "1-877-336-2433",
    dial: "+18773362433",
  },
  {
    name: "Kids Help Phone",
    description: "Free, 24 hours, for children and young people",
    phone: "1-800-668-6868",
    dial: "+18006686868",
  },
];
