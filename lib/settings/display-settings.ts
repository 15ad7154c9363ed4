import { z } from "zod";
import {
  ADDRESS_MAX,
  FOLLOW_BROWSER,
  neutralSites,
  OWN_SITE,
  siteChoices,
  TAB_TITLE_MAX,
  USUAL_SITE,
} from "./neutral-sites";
import { isTimeZone } from "../site/describe-time";

/**
 * What a signed-in person can change about how the site shows itself: the title in the browser
 * tab, and the site quick exit leaves for. Absent means the operator's choice (SITE_NAME,
 * QUICK_EXIT_URL). Stored only encrypted, as the person's "display-settings" record. Messages are
 * keys into messages/<locale>/account.json (errors), said by `accountRefusal`.
 */

// Letters and numbers of any language, spaces and plain punctuation: no "%", which Next's title
// template reads as a placeholder, and nothing a browser might draw strangely.
const TITLE_CHARACTERS = /^[\p{L}\p{M}\p{N} .,'’&()!?:-]*$/u;

export const tabTitleSchema = z
  .string()
  .trim()
  .max(TAB_TITLE_MAX, { message: `titleTooLong?max=${TAB_TITLE_MAX}` })
  .regex(TITLE_CHARACTERS, { message: "titleCharacters" });

const ADDRESS_MESSAGE = "wholeAddress";

/** A site quick exit may leave for: https only, a real host name, no user name or password in it. */
export const exitAddressSchema = z
  .string()
  .trim()
  .max(ADDRESS_MAX, { message: `addressTooLong?max=${ADDRESS_MAX}` })
  .transform((value, context) => {
    const url = URL.canParse(value) ? new URL(value) : undefined;
    const host = url?.hostname ?? "";
    const isIpAddress = /^\d+(\.\d+){3}$/.test(host) || host.startsWith("[");
    if (!url || url.protocol !== "https:" || url.username || url.password || !host.includes(".") || isIpAddress) {
      context.addIssue({ code: "custom", message: ADDRESS_MESSAGE });
      return z.NEVER;
    }
    return url.href;
  })
  .pipe(z.string().max(ADDRESS_MAX, { message: `addressTooLong?max=${ADDRESS_MAX}` }));

/** An IANA time zone name that this server's Intl can format in, such as "America/Toronto". */
export const timeZoneNameSchema = z
  .string()
  .max(64)
  .regex(/^[A-Za-z][A-Za-z0-9_+\-/]*$/)
  .refine(isTimeZone, { message: "chooseZone" });

/**
 * The zone times are shown in: the one the person chose in their display settings, or (`chosen`
 * false) the one their browser last reported, which follows the browser when it moves.
 */
export const timeZoneSettingSchema = z.object({ name: timeZoneNameSchema, chosen: z.boolean() }).strict();

/** The record as it is stored. */
export const displaySettingsSchema = z
  .object({
    tabTitle: tabTitleSchema.pipe(z.string().min(1)).optional(),
    exitUrl: exitAddressSchema.optional(),
    timeZone: timeZoneSettingSchema.optional(),
  })
  .strict();

export type DisplaySettings = z.infer<typeof displaySettingsSchema>;
export type TimeZoneSetting = z.infer<typeof timeZoneSettingSchema>;

/** The time-zone form: a zone from the list, or to follow what the browser reports. */
export const timeZoneForm = z.object({
  timeZone: z.union([z.literal(FOLLOW_BROWSER), timeZoneNameSchema], {
    message: "chooseZone",
  }),
});

/**
 * The settings form. `ownHosts` are this site's own host names: quick exit must never lead back
 * here. Each problem is reported on its own field.
 */
export function displaySettingsForm(ownHosts: readonly string[]) {
  return z
    .object({
      tabTitle: z.string().optional().default(""),
      exitSite: z.string().optional().default(USUAL_SITE),
      ownAddress: z.string().optional().default(""),
    })
    .transform((form, context): DisplaySettings => {
      const settings: DisplaySettings = {};
      const title = tabTitleSchema.safeParse(form.tabTitle);
      if (!title.success)
        context.addIssue({ code: "custom", path: ["tabTitle"], message: title.error.issues[0]?.message ?? "" });
      else if (title.data) settings.tabTitle = title.data;

      const choice = siteChoices.find((candidate) => candidate === form.exitSite);
      if (!choice) {
        context.addIssue({ code: "custom", path: ["exitSite"], message: "chooseSite" });
      } else if (choice === OWN_SITE) {
        const address = form.ownAddress.trim() ? exitAddressSchema.safeParse(form.ownAddress) : undefined;
        if (!address)
          context.addIssue({
            code: "custom",
            path: ["ownAddress"],
            message: "addressMissing",
          });
        else if (!address.success)
          context.addIssue({ code: "custom", path: ["ownAddress"], message: address.error.issues[0]?.message ?? "" });
        else if (ownHosts.includes(new URL(address.data).hostname)) {
          context.addIssue({
            code: "custom",
            path: ["ownAddress"],
            message: "ownSiteAddress",
          });
        } else settings.exitUrl = address.data;
      } else if (choice !== USUAL_SITE) {
        settings.exitUrl = neutralSites.find((site) => site.id === choice)?.url;
      }
      return settings;
    });
}
