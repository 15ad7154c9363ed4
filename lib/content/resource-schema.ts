import { z } from "zod";
import { audienceIds } from "./audiences";
import { sourceSchema } from "./guidance-schema";
import { NATIONWIDE, provinceCodes, regionCodes } from "./regions";
import { serviceGroupIds } from "./service-groups";

// Alberta's and BC's 310- numbers have seven digits and are dialled as written, free, province-wide.
const phoneNumber = z.string().regex(/^(?:(\d-)?\d{3}(-\d{3}-\d{4})?|310-\d{4})$/, {
  message: "must be written like 1-866-863-0511, 416-408-4357, 310-1818 or 911",
});
const textNumber = z.string().regex(/^(?:\d{3,6}|(\d-)?\d{3}-\d{3}-\d{4}|310-\d{4})$/, {
  message: "must be a short code like 686868, or written like 647-694-4275 or 1-888-505-1010",
});
const provinceCode = z.enum(provinceCodes, { message: `must be one of ${provinceCodes.join(", ")}` });
const unique = (list: readonly string[]) => new Set(list).size === list.length;

/** One service in the resource directory (content/resources/directory.<language>.yaml). */
export const resourceSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string().min(2),
    offers: z.string().min(10),
    for: z.array(z.enum(audienceIds)).min(1),
    phone: phoneNumber.optional(),
    tty: phoneNumber.optional(),
    text: z.object({ number: textNumber, body: z.string().optional() }).strict().optional(),
    url: z.url({ protocol: /^https$/, message: "must be a full https:// address" }).optional(),
    hours: z.string({ message: "must say when the service answers" }).min(3, { message: "must say when the service answers" }),
    /** [CA] for all of Canada, or the provinces and territories the service answers for. */
    regions: z
      .array(z.enum(regionCodes, { message: `must be ${regionCodes.join(", ")}` }), { message: "must list where the service answers" })
      .min(1, { message: "must list where the service answers" })
      .refine(unique, { message: "lists a place twice" })
      .refine((list) => !list.includes(NATIONWIDE) || list.length === 1, { message: "CA (all of Canada) stands alone" }),
    /** For a service that answers across Canada except in a few places (911 does not reach Nunavut). */
    notIn: z.array(provinceCode).min(1).refine(unique, { message: "lists a place twice" }).optional(),
    /** A city or area within the regions, for a service that serves only part of them. */
    area: z.string().min(2).optional(),
    languages: z.array(z.string().min(2), { message: "must list the languages it answers in" }).min(1, { message: "must list the languages it answers in" }),
    /** The service can bring in an interpreter for languages its staff do not speak. */
    interpreters: z.boolean().optional(),
    /** The groups a service is made for, beyond everyone it helps (content/resources: "serves"). */
    serves: z.array(z.enum(serviceGroupIds)).min(1).refine(unique, { message: "lists a group twice" }).optional(),
    /**
     * A line to call in a hurry: it goes on the wallet card and the printed plan under this short,
     * plain label, which says nothing if the card is found.
     */
    cardLabel: z.string().min(2).max(24).optional(),
    traces: z.string({ message: "must say what contacting the service can leave behind" }).min(10, { message: "must say what contacting the service can leave behind" }),
    sources: z.array(sourceSchema, { message: "must list where its details come from" }).min(1, { message: "must list where its details come from" }),
  })
  .strict()
  .refine((value) => value.phone ?? value.text ?? value.url, { message: "needs a phone, text or url" })
  .refine((value) => !value.notIn || value.regions.includes(NATIONWIDE), { message: "only a service for all of Canada (CA) can name places it does not reach", path: ["notIn"] })
  .refine((value) => !value.cardLabel || (value.phone && /^Always open\b/.test(value.hours) && !value.area), {
    message: "a card line needs a phone, must always be open, and must serve whole provinces or the country",
    path: ["cardLabel"],
  });

export type Resource = z.infer<typeof resourceSchema>;

/** Digits for a tel: or sms: link, in E.164 where the number is a full North American one. */
export function dialable(number: string): string {
  const digits = number.replace(/\D/g, "");
  if (digits.length === 11) return `+${digits}`;
  if (digits.length === 10) return `+1${digits}`;
  return digits;
}
