import { z } from "zod";
import { audienceIds } from "./audiences";

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
    region: z.string().min(2),
    languages: z.array(z.string()).min(1),
    traces: z.string().min(10, { message: "must say what contacting the service can leave behind" }),
  })
  .strict()
  .refine((value) => value.phone ?? value.text ?? value.url, { message: "needs a phone, text or url" });

export type Resource = z.infer<typeof resourceSchema>;

/** Digits for a tel: link, in E.164 where the number is a full North American one. */
export function dialable(number: string): string {
  const digits = number.replace(/\D/g, "");
  if (digits.length === 11) return `+${digits}`;
  if (digits.length === 10) return `+1${digits}`;
  return digits;
}
