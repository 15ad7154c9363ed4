import { z } from "zod";
import { audienceIds } from "./audiences";
import { sourceSchema } from "./guidance-schema";
import { regionNames } from "./regions";

const phoneNumber = z.string().regex(/^(\d-)?\d{3}(-\d{3}-\d{4})?$/, {
  message: "must be written like 1-866-863-0511, 416-408-4357 or 911",
});

/** One service in the resource directory (content/resources/directory.<language>.yaml). */
export const resourceSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string().min(2),
    offers: z.string().min(10),
    for: z.array(z.enum(audienceIds)).min(1),
    phone: phoneNumber.optional(),
    tty: phoneNumber.optional(),
    text: z.object({ number: z.string().regex(/^\d{3,6}$/), body: z.string().optional() }).strict().optional(),
    url: z.url({ protocol: /^https$/, message: "must be a full https:// address" }).optional(),
    hours: z.string().optional(),
    region: z.enum(regionNames, { message: `must be ${regionNames.join(", ")}` }),
    /** A city or area within the region, for a service that serves only part of it. */
    area: z.string().min(2).optional(),
    languages: z.array(z.string().min(2)).min(1),
    /** The service can bring in an interpreter for languages its staff do not speak. */
    interpreters: z.boolean().optional(),
    /**
     * A line to call in a hurry: it goes on the wallet card and the printed plan under this short,
     * plain label, which says nothing if the card is found.
     */
    cardLabel: z.string().min(2).max(24).optional(),
    traces: z.string().min(10, { message: "must say what contacting the service can leave behind" }),
    sources: z.array(sourceSchema).min(1, { message: "must list where its details come from" }),
  })
  .strict()
  .refine((value) => value.phone ?? value.text ?? value.url, { message: "needs a phone, text or url" })
  .refine((value) => !value.cardLabel || (value.phone && value.hours === "Always open" && !value.area), {
    message: "a card line needs a phone, must always be open, and must serve a whole province or the country",
    path: ["cardLabel"],
  });

export type Resource = z.infer<typeof resourceSchema>;

/** Where a service can be reached from, in words: "Greater Toronto, Ontario", "Ontario" or "Canada". */
export function whereServed(resource: Pick<Resource, "region" | "area">): string {
  return resource.area ? `${resource.area}, ${resource.region}` : resource.region;
}

/** Digits for a tel: link, in E.164 where the number is a full North American one. */
export function dialable(number: string): string {
  const digits = number.replace(/\D/g, "");
  if (digits.length === 11) return `+${digits}`;
  if (digits.length === 10) return `+1${digits}`;
  return digits;
}
